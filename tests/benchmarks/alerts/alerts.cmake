# From an acknowledged request to the alert sound starting at the speaker (target ≤ 150 ms).
# Uses the test helpers of tests/unit (a private PulseAudio null sink, the real binary).
add_executable(bench_alertlatency ${CMAKE_CURRENT_LIST_DIR}/bench_alertlatency.cpp)
target_link_libraries(bench_alertlatency PRIVATE bb_test_instance bb_test_audio Qt6::Network)
