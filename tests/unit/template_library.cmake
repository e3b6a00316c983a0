# The template library in the profile's templates/ folder and the shipped sample alerts (issue 5 editor).
alertdesk_add_test(tst_templatelibrary SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_templatelibrary.cpp LABELS unit templates)
