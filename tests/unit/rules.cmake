# The event-pattern engine (app/rules) and its CLI commands.
alertdesk_add_test(tst_pattern_conformance SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pattern_conformance.cpp LABELS unit conformance)
alertdesk_add_test(tst_pattern_operators SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pattern_operators.cpp LABELS unit)
alertdesk_add_test(tst_pattern_validation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pattern_validation.cpp LABELS unit)
alertdesk_add_test(tst_rule_matcher SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rule_matcher.cpp LABELS unit)
alertdesk_add_test(tst_cli_pattern SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_pattern.cpp LABELS cli)
alertdesk_add_test(tst_rule_banks SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rule_banks.cpp LABELS slow TIMEOUT 300)
alertdesk_add_test(tst_rules_test_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rules_test_cli.cpp LABELS cli)
alertdesk_add_test(tst_ruleset SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ruleset.cpp LABELS unit)
