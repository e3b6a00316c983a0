# The feed hub (app/feed/FeedHub and friends) and `alertdesk-cli serve`.
alertdesk_add_test(tst_httprequesthead SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httprequesthead.cpp LABELS hub)
alertdesk_add_test(tst_replaybuffer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_replaybuffer.cpp LABELS hub)
alertdesk_add_test(tst_feedhub
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_feedhub.cpp ${CMAKE_CURRENT_LIST_DIR}/HubTestClients.h
    LABELS hub)
alertdesk_add_test(tst_servecommand
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_servecommand.cpp ${CMAKE_CURRENT_LIST_DIR}/HubTestClients.h
    LABELS hub cli)
# tst_servecommand runs the real executable.
add_dependencies(tst_servecommand alertdesk-cli)
