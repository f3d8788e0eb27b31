# The window, offscreen: one folder per feature, as in src/ui/.
set(_store_helpers store/storetesthelpers.h)

# The feed: its model, threads, sender icons, hostile content, unnamed senders.
foreach(name feedmodel feedthreads sendericons unnamedsender)
  bb_add_test(tst_${name} SOURCES ui/feed/tst_${name}.cpp ${_store_helpers} LIBS bellboard_ui)
endforeach()
# Hostile payloads over HTTP into the open window (hostilepayloads.h, shared with bench_hostile).
bb_add_test(tst_hostilecontent
  SOURCES ui/feed/tst_hostilecontent.cpp ui/feed/hostilepayloads.h ui/window/inprocessconsole.h
  LIBS bellboard_ui bellboard_ingest Qt6::Network)
# Not run by CTest: the GUI-thread stall and first-page figures (see the file's comment).
add_executable(bench_feedstall ui/feed/bench_feedstall.cpp)
target_link_libraries(bench_feedstall PRIVATE bellboard_ui)

# The composer and the window's ChatOps.
bb_add_test(tst_composer SOURCES ui/composer/tst_composer.cpp chatops/chatopsfixture.h LIBS bellboard_ui bellboard_ingest)
bb_add_test(tst_windowchatops
  SOURCES ui/composer/tst_windowchatops.cpp chatops/chatopsfixture.h ${_store_helpers} LIBS bellboard_ui bellboard_ingest)

# Wall mode: the office screen's columns, sparklines, clock and the "make it rain" overlay.
bb_add_test(tst_wall SOURCES ui/wall/tst_wall.cpp ${_store_helpers} LIBS bellboard_ui)
bb_add_test(tst_celebrationoverlay SOURCES ui/wall/tst_celebrationoverlay.cpp LIBS bellboard_ui)
bb_add_test(tst_wallnumbers SOURCES ui/wall/tst_wallnumbers.cpp ${_store_helpers} LIBS bellboard_ui)

# The sidebar's channels and unread counts.
bb_add_test(tst_channellistmodel SOURCES ui/sidebar/tst_channellistmodel.cpp ${_store_helpers} LIBS bellboard_ui)

# Search and the user timeline.
bb_add_test(tst_searchpanel SOURCES ui/search/tst_searchpanel.cpp core/csvparse.h ${_store_helpers} LIBS bellboard_ui)
bb_add_test(tst_windowsearch SOURCES ui/search/tst_windowsearch.cpp ${_store_helpers} LIBS bellboard_ui)
bb_add_test(tst_userstory SOURCES ui/search/tst_userstory.cpp core/csvparse.h ${_store_helpers} LIBS bellboard_ui)

# Dialogs.
bb_add_test(tst_channelsettingsdialog SOURCES ui/dialogs/tst_channelsettingsdialog.cpp LIBS bellboard_app)

# The main window: panes, theme, tray, alerts in the window, the Slack dialogs' glue.
foreach(name panes theme mainwindow windowalerts)
  bb_add_test(tst_${name} SOURCES ui/window/tst_${name}.cpp ${_store_helpers} LIBS bellboard_ui)
endforeach()
bb_add_test(tst_traynotifier SOURCES ui/window/tst_traynotifier.cpp LIBS bellboard_ui)
bb_add_test(tst_trayicon SOURCES ui/window/tst_trayicon.cpp LIBS bellboard_ui)
bb_add_test(tst_windowslack SOURCES ui/window/tst_windowslack.cpp LIBS bb_fake_slack bellboard_ui)
# The line above the feeds while a real PostgreSQL database is stopped and started (issue 17).
bb_add_test(tst_storestatusbanner SOURCES ui/window/tst_storestatusbanner.cpp LIBS bellboard_ui bb_postgres_fixture)
# Two windows attached to one team server: the real binary over TLS (issue 15).
bb_add_test(tst_attachedconsoles
  SOURCES ui/window/tst_attachedconsoles.cpp remote/teamserver.h remote/testcertificate.h
  LIBS bellboard_service bellboard_ui bellboard_chatops bellboard_remote bb_test_instance)
# It restarts a real server under two consoles and waits on their retries: it failed once under
# the sanitizers while `ctest -j2` ran the fuzzers beside it (passed alone and under one
# fuzzer's load), so it runs alone.
set_tests_properties(tst_attachedconsoles PROPERTIES RUN_SERIAL TRUE)
