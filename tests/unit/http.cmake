bb_add_test(tst_httpserver
  SOURCES http/tst_httpserver.cpp http/rawhttpclient.h http/rawhttpclient.cpp http/testserver.h
  LIBS bellboard_http)
bb_add_test(tst_httplimits
  SOURCES http/tst_httplimits.cpp http/rawhttpclient.h http/rawhttpclient.cpp http/testserver.h
  LIBS bellboard_http bb_test_process)

bb_add_test(tst_streamclients SOURCES http/tst_streamclients.cpp LIBS bellboard_ingest Qt6::WebSockets)
bb_add_test(tst_sendernames SOURCES http/tst_sendernames.cpp LIBS bellboard_ingest Qt6::Network)
