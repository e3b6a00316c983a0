# The alert desk's data layer below the widgets (issue 3): AlertView's incremental merge against a fresh view,
# and the alert table's model under QAbstractItemModelTester over a real store.
alertdesk_add_test(tst_alertview SOURCES unit/tst_alertview.cpp LABELS unit TIMEOUT 180)
# Links the UI library (the model is there); runs offscreen, no keyring needed.
alertdesk_add_test(tst_alerttablemodel SOURCES unit/tst_alerttablemodel.cpp GUI LABELS unit TIMEOUT 180)
