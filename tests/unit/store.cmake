# Event store tests: real SQLite files in temporary folders.
set(_store_tests ${CMAKE_CURRENT_LIST_DIR}/store)
bb_add_test(tst_eventstore
  SOURCES ${_store_tests}/tst_eventstore.cpp ${_store_tests}/storetesthelpers.h
  LIBS bellboard_store)
bb_add_test(tst_eventreader
  SOURCES ${_store_tests}/tst_eventreader.cpp ${_store_tests}/storetesthelpers.h
  LIBS bellboard_store)
bb_add_test(tst_searchsql
  SOURCES ${_store_tests}/tst_searchsql.cpp ${_store_tests}/storetesthelpers.h
  LIBS bellboard_store)
bb_add_test(tst_externalevents
  SOURCES ${_store_tests}/tst_externalevents.cpp ${_store_tests}/storetesthelpers.h
  LIBS bellboard_store)
bb_add_test(tst_eventedits
  SOURCES ${_store_tests}/tst_eventedits.cpp ${_store_tests}/storetesthelpers.h
  LIBS bellboard_store)
