# The GUI half of alerts: the config file editor behind the channel settings dialog, the
# dialog itself, tray notifications and the "make it rain" overlay.
bb_add_test(tst_configeditor SOURCES alertsui/tst_configeditor.cpp LIBS bellboard_app)
