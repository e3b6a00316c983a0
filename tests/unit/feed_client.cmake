# The WebSocket feed client and `alertdesk-cli tail`.
alertdesk_add_test(tst_backoff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backoff.cpp LABELS unit feed)
alertdesk_add_test(tst_dedupcache SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dedupcache.cpp LABELS unit feed)
alertdesk_add_test(tst_framescan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_framescan.cpp LABELS unit feed)
alertdesk_add_test(tst_feedclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_feedclient.cpp LABELS unit feed TIMEOUT 120)
alertdesk_add_test(tst_feedclient_tls SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_feedclient_tls.cpp LIBS Qt6::WebSockets Qt6::Network LABELS unit feed)
# Runs the built alertdesk-cli (tail, decode, serve) as a user would.
alertdesk_add_test(tst_tail SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tail.cpp LABELS unit feed cli TIMEOUT 240)
add_dependencies(tst_tail alertdesk-cli)
