# The Templates panel (issue 5): library, editor and live preview driven by objectName on a temporary profile,
# offscreen, in a private D-Bus session with a keyring like gui.cmake. With ALERTDESK_SCREENSHOT_DIR set it also
# writes the preview screenshots (Chinese DingTalk markdown, Feishu card).
alertdesk_add_test(tst_templateeditor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_templateeditor.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/GuiDesk.h GUI KEYRING LABELS gui TIMEOUT 180)
add_dependencies(tst_templateeditor alertdesk_lrelease)
target_compile_definitions(tst_templateeditor PRIVATE ALERTDESK_QM_DIR="${ALERTDESK_QM_DIR}")
