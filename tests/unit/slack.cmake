# The Slack mirror against a fake Slack speaking Slack's wire format on real loopback sockets.
find_package(Qt6 REQUIRED COMPONENTS WebSockets)
add_library(bb_fake_slack STATIC slack/fakeslack.h slack/fakeslack.cpp)
target_link_libraries(bb_fake_slack PUBLIC bellboard_http Qt6::WebSockets Qt6::Network)
target_include_directories(bb_fake_slack PUBLIC ${CMAKE_CURRENT_LIST_DIR}/slack)

bb_add_test(tst_slackmirror SOURCES slack/tst_slackmirror.cpp LIBS bb_fake_slack bellboard_chatops Qt6::Sql)

# The command line and the running binary with a real Secret Service (see app/with-keychain.sh).
add_executable(tst_slackcli slack/tst_slackcli.cpp slack/fakeslackthread.h)
target_link_libraries(tst_slackcli PRIVATE Qt6::Test bb_test_instance bb_fake_slack)
# The shipped default config, to compare a first-written config with.
target_compile_definitions(tst_slackcli PRIVATE BELLBOARD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
add_test(NAME tst_slackcli COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/app/with-keychain.sh $<TARGET_FILE:tst_slackcli>)

