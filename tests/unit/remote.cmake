# The console's client of a Bellboard server (src/remote): pinning against a real TLS listener
# in the test, the live stream against the real binary.
bb_add_test(tst_pinnedtls SOURCES remote/tst_pinnedtls.cpp remote/testcertificate.h LIBS bellboard_remote)
bb_add_test(tst_remotestream SOURCES remote/tst_remotestream.cpp remote/testcertificate.h LIBS bellboard_remote bb_test_instance)
bb_add_test(tst_remotesession SOURCES remote/tst_remotesession.cpp LIBS bellboard_remote bb_test_instance)
# The store's engine over a team server: the real binary over TLS, with people.
bb_add_test(tst_remotestore SOURCES remote/tst_remotestore.cpp remote/teamserver.h remote/testcertificate.h
  LIBS bellboard_remote bb_test_instance)
# Slash commands on the team server: the real binary over TLS, a webhook backend in the test.
bb_add_test(tst_servercommands SOURCES remote/tst_servercommands.cpp remote/teamserver.h remote/testcertificate.h
  LIBS bellboard_remote bellboard_chatops bellboard_http bb_test_instance)
