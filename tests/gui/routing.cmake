# Routing live events (issue 4): the profile's rules.json routes the demo feed's events on the routing thread,
# and the Notifications panel shows what was routed. Offscreen widgets; no keyring needed.
alertdesk_add_test(tst_routing SOURCES gui/tst_routing.cpp GUI LABELS gui TIMEOUT 120)
