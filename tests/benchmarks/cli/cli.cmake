# The command line's start-up (run.sh): the baseline `bellboard --version` is compared with.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Sql WebSockets DBus)
add_executable(bench_minimal_coreapp ${CMAKE_CURRENT_LIST_DIR}/minimal_coreapp.cpp)
target_link_libraries(bench_minimal_coreapp PRIVATE Qt6::Core Qt6::Network Qt6::Sql Qt6::WebSockets Qt6::DBus)
