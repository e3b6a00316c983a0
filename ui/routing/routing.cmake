target_sources(alertdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RoutedNotificationsModel.h ${CMAKE_CURRENT_LIST_DIR}/RoutedNotificationsModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NotificationsPanel.h ${CMAKE_CURRENT_LIST_DIR}/NotificationsPanel.cpp
)
