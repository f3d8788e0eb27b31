# Event store benchmark: an executable, not a CTest test (it writes a ~250 MB file).
#   bench_store [--events N] [--batch N] [--in-flight N] [--durability full|normal] [--keep] [--dir DIR] [EXISTING_DB]
add_executable(bench_store ${CMAKE_CURRENT_LIST_DIR}/store/bench_store.cpp)
target_link_libraries(bench_store PRIVATE bellboard_store)

# The wall's tiles and a person's story at 1M events (README, "Wall screen").
#   bench_glance [--events N] [--story-events N] [--keep] [--dir DIR] [EXISTING_DB]
add_executable(bench_glance ${CMAKE_CURRENT_LIST_DIR}/store/bench_glance.cpp)
target_link_libraries(bench_glance PRIVATE bellboard_store)
