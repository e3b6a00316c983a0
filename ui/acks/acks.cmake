# Acknowledge and silence in the desk (issue 4): included from ui/CMakeLists.txt.
target_sources(alertdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AckController.h ${CMAKE_CURRENT_LIST_DIR}/AckController.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AcknowledgeDialog.h ${CMAKE_CURRENT_LIST_DIR}/AcknowledgeDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AttentionBadge.h ${CMAKE_CURRENT_LIST_DIR}/AttentionBadge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DurationPicker.h ${CMAKE_CURRENT_LIST_DIR}/DurationPicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OperatorName.h ${CMAKE_CURRENT_LIST_DIR}/OperatorName.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SilenceDialog.h ${CMAKE_CURRENT_LIST_DIR}/SilenceDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SilencesPanel.h ${CMAKE_CURRENT_LIST_DIR}/SilencesPanel.cpp
)
