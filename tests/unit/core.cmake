# The core layer: users in text, the query language, rendering (mrkdwn, Block Kit, emoji) and export.
bb_add_test(tst_userextraction SOURCES core/tst_userextraction.cpp LIBS bellboard_core)
bb_add_test(tst_searchquery SOURCES core/tst_searchquery.cpp LIBS bellboard_core)
bb_add_test(tst_money SOURCES core/tst_money.cpp LIBS bellboard_core)
bb_add_test(tst_units SOURCES core/tst_units.cpp LIBS bellboard_core)
bb_add_test(tst_moneytext SOURCES core/tst_moneytext.cpp LIBS bellboard_core)
bb_add_test(tst_walltiles SOURCES core/tst_walltiles.cpp LIBS bellboard_core)
bb_add_test(tst_eventexport SOURCES core/tst_eventexport.cpp core/csvparse.h LIBS bellboard_core)
# Rendering tests load the HTML into QTextDocument, which lives in QtGui (src/core does not link it).
find_package(Qt6 REQUIRED COMPONENTS Gui)
bb_add_test(tst_emoji SOURCES core/tst_emoji.cpp LIBS bellboard_core)
bb_add_test(tst_mrkdwn SOURCES core/tst_mrkdwn.cpp core/rendereddocument.h LIBS bellboard_core Qt6::Gui)
bb_add_test(tst_messagehtml SOURCES core/tst_messagehtml.cpp core/messagefixtures.h core/rendereddocument.h
            LIBS bellboard_core Qt6::Gui)
