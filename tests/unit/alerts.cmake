# Alerts: the pure policy, the bundled sounds, and real playback into a PulseAudio null sink.
bb_add_test(tst_alertpolicy SOURCES alerts/tst_alertpolicy.cpp LIBS bellboard_alerts)
bb_add_test(tst_soundlibrary SOURCES alerts/tst_soundlibrary.cpp LIBS bellboard_alerts)
