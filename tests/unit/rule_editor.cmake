# The rule editor's core pieces (issue 4): pre-filled patterns, the recent-events ring the live test matches, and
# the rule list model under QAbstractItemModelTester with its undo commands (links the UI library, offscreen).
alertdesk_add_test(tst_patterndraft SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_patterndraft.cpp LABELS unit)
alertdesk_add_test(tst_recentevents SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_recentevents.cpp LABELS unit)
alertdesk_add_test(tst_rulelistmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rulelistmodel.cpp GUI LABELS unit)
