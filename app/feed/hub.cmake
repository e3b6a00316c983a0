target_sources(alertdesk_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/FeedHub.h ${CMAKE_CURRENT_LIST_DIR}/FeedHub.cpp)
