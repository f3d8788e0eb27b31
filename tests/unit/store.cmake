# Event store tests: real SQLite files in temporary folders.
foreach(name eventstore eventreader searchsql externalevents eventedits asynceventreader eventtally)
  bb_add_test(tst_${name} SOURCES store/tst_${name}.cpp store/storetesthelpers.h LIBS bellboard_store)
endforeach()

# A private PostgreSQL server (initdb + pg_ctl in a temporary folder) for the tests that need one.
add_library(bb_postgres_fixture STATIC store/postgresfixture.h store/postgresfixture.cpp)
target_link_libraries(bb_postgres_fixture PUBLIC Qt6::Core Qt6::Network)
bb_add_test(tst_postgresfixture SOURCES store/tst_postgresfixture.cpp LIBS bb_postgres_fixture)

# The shared suite: every test once on SQLite and once on PostgreSQL.
bb_add_test(tst_storebackends SOURCES store/tst_storebackends.cpp store/storetesthelpers.h
            LIBS bellboard_store bb_postgres_fixture)
