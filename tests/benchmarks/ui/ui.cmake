# The window over a big store: time to the first page, GUI stalls under load, RSS.
#   bench_window DB_PATH [SECONDS [RATE [PANES]]]
add_executable(bench_window ${CMAKE_CURRENT_LIST_DIR}/bench_window.cpp)
target_link_libraries(bench_window PRIVATE bellboard_ui)
