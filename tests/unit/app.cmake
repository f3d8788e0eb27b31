# The program as a user runs it: config file, command line, the real binary over real sockets.
add_library(bb_test_instance STATIC app/bellboardinstance.h app/bellboardinstance.cpp
  app/keepalivesender.h app/keepalivesender.cpp)
target_link_libraries(bb_test_instance PUBLIC bb_test_process Qt6::Core Qt6::Network Qt6::Test)
# /proc figures (RSS, descriptors) and RLIMIT_NOFILE, for the abuse tests and the soak benchmark.
add_library(bb_test_process STATIC app/processstats.h app/processstats.cpp)
target_include_directories(bb_test_process PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/app)
target_link_libraries(bb_test_process PUBLIC Qt6::Core)
target_compile_definitions(bb_test_instance PUBLIC BELLBOARD_BINARY="$<TARGET_FILE:bellboard>")
add_dependencies(bb_test_instance bellboard)

bb_add_test(tst_config SOURCES app/tst_config.cpp LIBS bellboard_app)
bb_add_test(tst_cli SOURCES app/tst_cli.cpp LIBS bb_test_instance bellboard_store)
bb_add_test(tst_ingestapi SOURCES app/tst_ingestapi.cpp LIBS bb_test_instance bellboard_store)
bb_add_test(tst_livestream SOURCES app/tst_livestream.cpp LIBS bb_test_instance Qt6::WebSockets)
bb_add_test(tst_readmeexamples SOURCES app/tst_readmeexamples.cpp LIBS bb_test_instance)
target_compile_definitions(tst_readmeexamples PRIVATE BELLBOARD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
bb_add_test(tst_crashsafety SOURCES app/tst_crashsafety.cpp LIBS bb_test_instance Qt6::Sql)
bb_add_test(tst_listenerabuse SOURCES app/tst_listenerabuse.cpp LIBS bb_test_instance)
if(BELLBOARD_SANITIZE) # RSS under ASan includes its quarantine of freed memory: the bound is not checked there
  target_compile_definitions(tst_listenerabuse PRIVATE BELLBOARD_SANITIZED=1)
endif()

# A real keychain: gnome-keyring's Secret Service under a private D-Bus session.
add_executable(tst_secrets app/tst_secrets.cpp)
target_link_libraries(tst_secrets PRIVATE bb_test_instance)
add_test(NAME tst_secrets COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/app/with-keychain.sh $<TARGET_FILE:tst_secrets>)

# The subcommands, --version and --headless load no QtWidgets/QtGui (nor QtMultimedia for the
# subcommands): the window and the sound player are modules (src/app/modules.h).
bb_add_test(tst_clistartup SOURCES app/tst_clistartup.cpp LIBS bb_test_instance)
