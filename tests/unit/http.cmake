bb_add_test(tst_httpserver
  SOURCES http/tst_httpserver.cpp http/rawhttpclient.h http/rawhttpclient.cpp http/testserver.h
  LIBS bellboard_http)
bb_add_test(tst_httplimits
  SOURCES http/tst_httplimits.cpp http/rawhttpclient.h http/rawhttpclient.cpp http/testserver.h
  LIBS bellboard_http)

# Not a test: a server answering "ok" for measuring throughput with wrk (see its source).
add_executable(bb_http_benchserver ${CMAKE_CURRENT_LIST_DIR}/http/benchserver.cpp)
target_link_libraries(bb_http_benchserver PRIVATE bellboard_http)
