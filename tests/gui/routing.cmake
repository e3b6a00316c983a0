# Routing live events (issue 4): the profile's rules.json routes the demo feed's events on the routing thread,
# and the Notifications panel shows what was routed. Offscreen widgets; no keyring needed.
alertdesk_add_test(tst_routing SOURCES gui/tst_routing.cpp GUI LABELS gui TIMEOUT 120)
# The whole desk (ui::Desk, as ui/main.cpp builds it): a rule written in the rule editor and saved routes the live
# demo feed, and the Notifications panel shows it.
alertdesk_add_test(tst_desk_routing SOURCES gui/tst_desk_routing.cpp gui/GuiDesk.h GUI KEYRING LABELS gui TIMEOUT 120)
add_dependencies(tst_desk_routing alertdesk_lrelease)
target_compile_definitions(tst_desk_routing PRIVATE ALERTDESK_QM_DIR="${ALERTDESK_QM_DIR}")
