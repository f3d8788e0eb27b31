# The window: the store's asynchronous reader, the models, delegates and views (offscreen).
set(_ui_tests ${CMAKE_CURRENT_LIST_DIR}/ui)
bb_add_test(tst_asynceventreader
  SOURCES ${_ui_tests}/tst_asynceventreader.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_store)
bb_add_test(tst_channellistmodel
  SOURCES ${_ui_tests}/tst_channellistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_feedmodel
  SOURCES ${_ui_tests}/tst_feedmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_feedthreads
  SOURCES ${_ui_tests}/tst_feedthreads.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_panes
  SOURCES ${_ui_tests}/tst_panes.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_theme
  SOURCES ${_ui_tests}/tst_theme.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_sendericons
  SOURCES ${_ui_tests}/tst_sendericons.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_mainwindow
  SOURCES ${_ui_tests}/tst_mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
bb_add_test(tst_demofeed SOURCES ${_ui_tests}/tst_demofeed.cpp LIBS bellboard_app)

# Not run by CTest: the GUI-thread stall and first-page figures (see the file's comment).
add_executable(bench_feedstall ${_ui_tests}/bench_feedstall.cpp)
target_link_libraries(bench_feedstall PRIVATE bellboard_ui)

# Hostile payloads over HTTP into the open window (hostilepayloads.h, shared with bench_hostile).
bb_add_test(tst_hostilecontent
  SOURCES ${_ui_tests}/tst_hostilecontent.cpp ${_ui_tests}/hostilepayloads.h ${_ui_tests}/inprocessconsole.h
  LIBS bellboard_ui bellboard_ingest Qt6::Network)
bb_add_test(tst_unnamedsender SOURCES ${_ui_tests}/tst_unnamedsender.cpp LIBS bellboard_ui)
