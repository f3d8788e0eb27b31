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

bb_add_test(tst_cli SOURCES app/tst_cli.cpp LIBS bb_test_instance bellboard_store)
bb_add_test(tst_ingestapi SOURCES app/tst_ingestapi.cpp LIBS bb_test_instance bellboard_store)
bb_add_test(tst_nativesources SOURCES app/tst_nativesources.cpp LIBS bb_test_instance)
target_compile_definitions(tst_nativesources PRIVATE BELLBOARD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
bb_add_test(tst_livestream SOURCES app/tst_livestream.cpp LIBS bb_test_instance Qt6::WebSockets)
bb_add_test(tst_readmeexamples SOURCES app/tst_readmeexamples.cpp LIBS bb_test_instance)
target_compile_definitions(tst_readmeexamples PRIVATE BELLBOARD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
bb_add_test(tst_crashsafety SOURCES app/tst_crashsafety.cpp LIBS bb_test_instance Qt6::Sql)
bb_add_test(tst_cleanshutdown SOURCES app/tst_cleanshutdown.cpp LIBS bb_test_instance)
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

# The config file: loading, the values the window shows, Preferences and the in-place editor.
foreach(name config configschema configvalues preferences configeditor sourcesconfig)
  bb_add_test(tst_${name} SOURCES app/config/tst_${name}.cpp LIBS bellboard_app)
endforeach()

# Desktop integration: start at login, one window per data folder, the demo feed.
bb_add_test(tst_autostart SOURCES app/tst_autostart.cpp LIBS bellboard_app)
bb_add_test(tst_singleinstance SOURCES app/tst_singleinstance.cpp LIBS bb_test_instance bellboard_store)
bb_add_test(tst_demofeed SOURCES app/tst_demofeed.cpp LIBS bellboard_app)

# The real MainWindow under a German and a Japanese locale, as a user's session would set it.
bb_add_test(tst_translations SOURCES app/tst_translations.cpp store/storetesthelpers.h LIBS bellboard_app)
set_tests_properties(tst_translations PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=de_DE.UTF-8;LANGUAGE=;LC_ALL=")
add_test(NAME tst_translations_ja COMMAND tst_translations)
set_tests_properties(tst_translations_ja PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=ja_JP.UTF-8;LANGUAGE=;LC_ALL=")
target_compile_definitions(tst_translations PRIVATE BELLBOARD_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations")
bb_add_test(tst_teamserver SOURCES app/tst_teamserver.cpp LIBS bb_test_instance Qt6::WebSockets)

# A console attached to a server: remote login/logout/status, search and send --server, with the
# token in a real keychain and the server's certificate made by openssl.
add_executable(tst_remotecli app/tst_remotecli.cpp remote/testcertificate.h)
target_link_libraries(tst_remotecli PRIVATE bb_test_instance)
add_test(NAME tst_remotecli COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/app/with-keychain.sh $<TARGET_FILE:tst_remotecli>)
# Alone: it drives several processes (server, console, keychain daemon, script(1), openssl)
# through TLS handshakes; beside the sanitizers' fuzzers on two cores it failed intermittently
# (to be understood: the console's keychain read under load is the suspect).
set_tests_properties(tst_remotecli PROPERTIES RUN_SERIAL TRUE)

# The running program as one object (ServeSession) with its real window: the window module's
# code is built into the test, which calls its entry point instead of loading the module.
bb_add_test(tst_servesession
  SOURCES app/tst_servesession.cpp ${PROJECT_SOURCE_DIR}/src/app/windowmodule.cpp remote/teamserver.h
  LIBS bellboard_app bb_test_instance)

# PostgreSQL as the store: [store] url, --store, `bellboard search --store` (issue 17).
bb_add_test(tst_postgresstore SOURCES app/tst_postgresstore.cpp LIBS bb_test_instance bb_postgres_fixture Qt6::WebSockets)

# `bellboard store copy` between a SQLite file and PostgreSQL, both ways, resumed, refused (issue 17).
bb_add_test(tst_storecopy SOURCES app/tst_storecopy.cpp store/storetesthelpers.h
            LIBS bb_test_instance bb_postgres_fixture bellboard_store)
