# Search and the user timeline: export formats (core), the search panel and timeline (offscreen).
set(_search_tests ${CMAKE_CURRENT_LIST_DIR}/search)
bb_add_test(tst_eventexport
  SOURCES ${_search_tests}/tst_eventexport.cpp ${_search_tests}/csvparse.h
  LIBS bellboard_core)
bb_add_test(tst_searchpanel
  SOURCES ${_search_tests}/tst_searchpanel.cpp ${_search_tests}/csvparse.h ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_windowsearch
  SOURCES ${_search_tests}/tst_windowsearch.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
