# A team server's consoles: 50 RemoteStream clients at 1,000 events/s, and a 100,000-event
# catch-up (see README, Benchmarks).
add_executable(bench_remotestream ${CMAKE_CURRENT_LIST_DIR}/bench_remotestream.cpp)
target_include_directories(bench_remotestream PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
target_link_libraries(bench_remotestream PRIVATE bellboard_remote bb_test_instance)

# Two servers on one PostgreSQL database: POST to A → B's /api/stream, p50/p90/p99 (issue 17).
add_executable(bench_fanout ${CMAKE_CURRENT_LIST_DIR}/bench_fanout.cpp)
target_include_directories(bench_fanout PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
target_link_libraries(bench_fanout PRIVATE bb_test_instance bb_postgres_fixture Qt6::WebSockets)
