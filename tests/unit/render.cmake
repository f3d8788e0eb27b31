# Rendering tests load the HTML into QTextDocument, which lives in QtGui (src/core does not link it).
find_package(Qt6 REQUIRED COMPONENTS Gui)
bb_add_test(tst_emoji SOURCES render/tst_emoji.cpp LIBS bellboard_core)
bb_add_test(tst_mrkdwn SOURCES render/tst_mrkdwn.cpp render/rendereddocument.h LIBS bellboard_core Qt6::Gui)
bb_add_test(tst_messagehtml SOURCES render/tst_messagehtml.cpp render/messagefixtures.h render/rendereddocument.h LIBS bellboard_core Qt6::Gui)
