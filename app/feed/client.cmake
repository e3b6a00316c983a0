target_sources(alertdesk_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/FeedClient.h ${CMAKE_CURRENT_LIST_DIR}/FeedClient.cpp)
