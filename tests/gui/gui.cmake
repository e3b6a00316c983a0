# GUI tests (offscreen, each in a private D-Bus session with a keyring): the main window frame, the feed
# selector, the connection dialog and its keychain, the rejected inputs, and both languages without clipping.
set(_gui_support gui/GuiDesk.h gui/TestFeedServer.h gui/TestFeedServer.cpp)
foreach(_name tst_mainwindow tst_connectiondialog tst_translations)
    alertdesk_add_test(${_name} SOURCES gui/${_name}.cpp ${_gui_support} GUI KEYRING LABELS gui
                       LIBS Qt6::WebSockets TIMEOUT 180)
    # Like the executable, the desks speak English from the built .qm (it holds the plural forms).
    add_dependencies(${_name} alertdesk_lrelease)
    target_compile_definitions(${_name} PRIVATE ALERTDESK_QM_DIR="${ALERTDESK_QM_DIR}")
endforeach()
