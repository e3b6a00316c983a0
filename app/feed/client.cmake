# The WebSocket feed client (FeedClient) and its helpers.
target_sources(alertdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FeedClient.h ${CMAKE_CURRENT_LIST_DIR}/FeedClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Backoff.h ${CMAKE_CURRENT_LIST_DIR}/Backoff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DedupCache.h ${CMAKE_CURRENT_LIST_DIR}/DedupCache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrameScan.h ${CMAKE_CURRENT_LIST_DIR}/FrameScan.cpp
)
