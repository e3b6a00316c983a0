# The live alert desk end to end (issue 3): a real `alertdesk-cli serve` on port 0 feeding a desk on a temporary
# profile; widgets driven by objectName, offscreen, in a private D-Bus session with a keyring like gui.cmake.
foreach(_name tst_alertdesk tst_alertdesk_keyboard tst_deskpalette tst_filterbar)
    alertdesk_add_test(${_name} SOURCES gui/${_name}.cpp gui/GuiDesk.h GUI KEYRING LABELS gui
                       LIBS Qt6::Network TIMEOUT 240)
    add_dependencies(${_name} alertdesk_lrelease alertdesk-cli)
    target_compile_definitions(${_name} PRIVATE ALERTDESK_QM_DIR="${ALERTDESK_QM_DIR}")
endforeach()
