# rules.json, the rules file in the profile, and the router (app/rules, app/config; issue 4).
alertdesk_add_test(tst_rulesetjson SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rulesetjson.cpp LABELS unit)
alertdesk_add_test(tst_rulesfile SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rulesfile.cpp LABELS unit)
alertdesk_add_test(tst_router SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_router.cpp LABELS unit)
alertdesk_add_test(tst_router_timewindows SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_router_timewindows.cpp LABELS unit)
