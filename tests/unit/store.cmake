# Event store tests: real SQLite files in temporary folders.
foreach(name eventstore eventreader searchsql externalevents eventedits asynceventreader eventtally)
  bb_add_test(tst_${name} SOURCES store/tst_${name}.cpp store/storetesthelpers.h LIBS bellboard_store)
endforeach()
