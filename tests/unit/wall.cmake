# Wall mode: the office screen's columns, sparklines and clock (offscreen).
set(_wall_tests ${CMAKE_CURRENT_LIST_DIR}/wall)
bb_add_test(tst_wall
  SOURCES ${_wall_tests}/tst_wall.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
