# Alerts: the pure policy, the bundled sounds, and real playback into a PulseAudio null sink.
bb_add_test(tst_alertpolicy SOURCES alerts/tst_alertpolicy.cpp LIBS bellboard_alerts)
bb_add_test(tst_soundlibrary SOURCES alerts/tst_soundlibrary.cpp LIBS bellboard_alerts)
bb_add_test(tst_alertconfig SOURCES alerts/tst_alertconfig.cpp LIBS bellboard_app)

# A private PulseAudio server with a null sink, and a live recorder of its monitor.
add_library(bb_test_audio STATIC alerts/nullsink.h alerts/nullsink.cpp)
target_link_libraries(bb_test_audio PUBLIC Qt6::Core)
bb_add_test(tst_soundplayback SOURCES alerts/tst_soundplayback.cpp LIBS bb_test_instance bb_test_audio)
