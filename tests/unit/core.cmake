bb_add_test(tst_userextraction SOURCES core/tst_userextraction.cpp LIBS bellboard_core)
bb_add_test(tst_searchquery SOURCES core/tst_searchquery.cpp LIBS bellboard_core)
