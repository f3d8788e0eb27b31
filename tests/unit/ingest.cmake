# The HTTP server on real sockets, the payload decoders, the live stream and sender names.
foreach(name webhookdecoder chatpostmessagedecoder slackboarddecoder plaintextdecoder)
  bb_add_test(tst_${name} SOURCES ingest/decoders/tst_${name}.cpp ingest/decoders/requests.h LIBS bellboard_decoders)
endforeach()

set(_http_client ingest/http/rawhttpclient.h ingest/http/rawhttpclient.cpp ingest/http/testserver.h)
bb_add_test(tst_httpserver SOURCES ingest/http/tst_httpserver.cpp ${_http_client} LIBS bellboard_http)
bb_add_test(tst_httplimits SOURCES ingest/http/tst_httplimits.cpp ${_http_client} LIBS bellboard_http bb_test_process)

bb_add_test(tst_streamclients SOURCES ingest/tst_streamclients.cpp LIBS bellboard_ingest Qt6::WebSockets)
bb_add_test(tst_sendernames SOURCES ingest/tst_sendernames.cpp LIBS bellboard_ingest Qt6::Network)

# Native sources (README "Native sources"): signatures, decoders, and POST /sources/<name> end to end.
set(_signing ingest/sources/signing.h)
bb_add_test(tst_sourceverification SOURCES ingest/sources/tst_sourceverification.cpp ${_signing} LIBS bellboard_sources)
bb_add_test(tst_sourcedecoders SOURCES ingest/sources/tst_sourcedecoders.cpp ${_signing} LIBS bellboard_sources)
bb_add_test(tst_sourceservice SOURCES ingest/sources/tst_sourceservice.cpp ${_signing} LIBS bellboard_ingest Qt6::Network)
