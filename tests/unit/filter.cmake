# The filter language of the alert table (app/store/AlertFilter and friends, issue 3).
alertdesk_add_test(tst_filterparser SOURCES unit/tst_filterparser.cpp LABELS unit)
alertdesk_add_test(tst_alertfilter SOURCES unit/tst_alertfilter.cpp unit/FilterFixture.h LABELS unit)
alertdesk_add_test(tst_filtercompletion SOURCES unit/tst_filtercompletion.cpp unit/FilterFixture.h LABELS unit)
