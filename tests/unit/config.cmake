# Profile, settings and secrets (app/config, app/secrets).
alertdesk_add_test(tst_settings SOURCES unit/tst_settings.cpp LABELS unit)
alertdesk_add_test(tst_profilelock SOURCES unit/tst_profilelock.cpp LABELS unit)
add_dependencies(tst_profilelock alertdesk)   # runs the built GUI twice on one profile
alertdesk_add_test(tst_keychainsecretstore SOURCES unit/tst_keychainsecretstore.cpp KEYRING LABELS unit keyring)
alertdesk_add_test(tst_keychainunavailable SOURCES unit/tst_keychainunavailable.cpp LABELS unit)
