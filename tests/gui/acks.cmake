# Acknowledge and silence in the desk (issue 4): offscreen, in a private D-Bus session with a keyring like
# gui.cmake (the desk's secret store).
alertdesk_add_test(tst_ackdesk SOURCES gui/tst_ackdesk.cpp gui/GuiDesk.h GUI KEYRING LABELS gui TIMEOUT 180)
add_dependencies(tst_ackdesk alertdesk_lrelease)
target_compile_definitions(tst_ackdesk PRIVATE ALERTDESK_QM_DIR="${ALERTDESK_QM_DIR}")
