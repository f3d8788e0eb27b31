# The GUI half of alerts: the config file editor behind the channel settings dialog, the
# dialog itself, tray notifications and the "make it rain" overlay.
bb_add_test(tst_configeditor SOURCES alertsui/tst_configeditor.cpp LIBS bellboard_app)
bb_add_test(tst_channelsettingsdialog SOURCES alertsui/tst_channelsettingsdialog.cpp LIBS bellboard_app)
bb_add_test(tst_traynotifier SOURCES alertsui/tst_traynotifier.cpp LIBS bellboard_ui)
bb_add_test(tst_celebrationoverlay SOURCES alertsui/tst_celebrationoverlay.cpp LIBS bellboard_ui)
bb_add_test(tst_windowalerts
  SOURCES alertsui/tst_windowalerts.cpp ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h
  LIBS bellboard_ui)
