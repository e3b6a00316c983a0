alertdesk_add_test(tst_eventdecoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_eventdecoder.cpp LABELS unit)
alertdesk_add_test(tst_cli_decode SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_decode.cpp LABELS cli)
alertdesk_add_test(tst_feedservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_feedservice.cpp LABELS unit)
