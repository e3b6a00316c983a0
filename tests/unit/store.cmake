# The alert store (app/store).
alertdesk_add_test(tst_alertstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alertstore.cpp LABELS unit TIMEOUT 180)
