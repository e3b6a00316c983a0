# The rule editor (issue 4): the Rules panel, its list model and undo commands, the pattern editor and the live test.
target_sources(alertdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EditedRule.h ${CMAKE_CURRENT_LIST_DIR}/EditedRule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RuleListModel.h ${CMAKE_CURRENT_LIST_DIR}/RuleListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RuleCommands.h ${CMAKE_CURRENT_LIST_DIR}/RuleCommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RuleDocument.h ${CMAKE_CURRENT_LIST_DIR}/RuleDocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonHighlighter.h ${CMAKE_CURRENT_LIST_DIR}/JsonHighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PatternErrorRange.h ${CMAKE_CURRENT_LIST_DIR}/PatternErrorRange.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PatternEditor.h ${CMAKE_CURRENT_LIST_DIR}/PatternEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimeWindowText.h ${CMAKE_CURRENT_LIST_DIR}/TimeWindowText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RuleForm.h ${CMAKE_CURRENT_LIST_DIR}/RuleForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecentEventsModel.h ${CMAKE_CURRENT_LIST_DIR}/RecentEventsModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RuleTestPanel.h ${CMAKE_CURRENT_LIST_DIR}/RuleTestPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RulesPanel.h ${CMAKE_CURRENT_LIST_DIR}/RulesPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RulesPanelSetup.h ${CMAKE_CURRENT_LIST_DIR}/RulesPanelSetup.cpp
)
