# The feed hub behind `alertdesk-cli serve` (own QTcpServer in front of a public QWebSocketServer).
target_sources(alertdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FeedHub.h ${CMAKE_CURRENT_LIST_DIR}/FeedHub.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HubOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/HubConnection.h ${CMAKE_CURRENT_LIST_DIR}/HubConnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HttpRequestHead.h ${CMAKE_CURRENT_LIST_DIR}/HttpRequestHead.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReplayBuffer.h ${CMAKE_CURRENT_LIST_DIR}/ReplayBuffer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HubDemoSource.h ${CMAKE_CURRENT_LIST_DIR}/HubDemoSource.cpp
)
