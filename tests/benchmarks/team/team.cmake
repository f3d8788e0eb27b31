# A team server's consoles: 50 RemoteStream clients at 1,000 events/s, and a 100,000-event
# catch-up (see README, Benchmarks).
add_executable(bench_remotestream ${CMAKE_CURRENT_LIST_DIR}/bench_remotestream.cpp)
target_include_directories(bench_remotestream PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
target_link_libraries(bench_remotestream PRIVATE bellboard_remote bb_test_instance)
