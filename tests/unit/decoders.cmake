foreach(name webhookdecoder chatpostmessagedecoder slackboarddecoder plaintextdecoder)
  bb_add_test(tst_${name} SOURCES decoders/tst_${name}.cpp decoders/requests.h LIBS bellboard_decoders)
  target_include_directories(tst_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/decoders)
endforeach()
