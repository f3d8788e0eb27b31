# ChatOps: the usage grammar, Slack-style webhook commands and response_url against a real
# local HTTP backend, process commands, and Block Kit button clicks end to end.
set(_chatops_tests ${CMAKE_CURRENT_LIST_DIR}/chatops)
# chatopsfixture.h answers as a real local HTTP backend: the tests that use it link the server (ingest).
bb_add_test(tst_commandusage SOURCES ${_chatops_tests}/tst_commandusage.cpp LIBS bellboard_chatops)
bb_add_test(tst_webhookcommand
  SOURCES ${_chatops_tests}/tst_webhookcommand.cpp ${_chatops_tests}/chatopsfixture.h
  LIBS bellboard_chatops bellboard_ingest)
bb_add_test(tst_processcommand
  SOURCES ${_chatops_tests}/tst_processcommand.cpp ${_chatops_tests}/chatopsfixture.h
  LIBS bellboard_chatops bellboard_ingest)
bb_add_test(tst_blockactions
  SOURCES ${_chatops_tests}/tst_blockactions.cpp ${_chatops_tests}/chatopsfixture.h
  LIBS bellboard_chatops bellboard_ingest)
bb_add_test(tst_alertcommands
  SOURCES ${_chatops_tests}/tst_alertcommands.cpp ${_chatops_tests}/chatopsfixture.h
  LIBS bellboard_chatops bellboard_ingest)
bb_add_test(tst_chatopsconfig
  SOURCES ${_chatops_tests}/tst_chatopsconfig.cpp ${_chatops_tests}/chatopsconfigtexts.cpp ${_chatops_tests}/chatopsfixture.h
  LIBS bellboard_app)
# A team server's ChatOps running a person's command for their console (POST /api/commands).
bb_add_test(tst_personcommands
  SOURCES ${_chatops_tests}/tst_personcommands.cpp ${_chatops_tests}/chatopsfixture.h
  LIBS bellboard_chatops bellboard_ingest)
