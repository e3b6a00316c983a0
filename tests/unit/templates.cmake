# Templates, view model, IM payloads and the render command (issue 5).
alertdesk_add_test(tst_mustache_spec SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mustache_spec.cpp LABELS unit templates)
alertdesk_add_test(tst_mustache_template SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mustache_template.cpp LABELS unit templates)
alertdesk_add_test(tst_viewmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_viewmodel.cpp LABELS unit templates)
alertdesk_add_test(tst_payload SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_payload.cpp LABELS unit notify)
alertdesk_add_test(tst_cli_render SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_render.cpp LABELS cli templates TIMEOUT 300)
