# Acknowledgements and silences (issue 4): included from app/store/CMakeLists.txt.
target_sources(alertdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Acknowledgement.h
    ${CMAKE_CURRENT_LIST_DIR}/Silence.h ${CMAKE_CURRENT_LIST_DIR}/Silence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SilenceMatcher.h ${CMAKE_CURRENT_LIST_DIR}/SilenceMatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SilenceDraft.h ${CMAKE_CURRENT_LIST_DIR}/SilenceDraft.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AckStore.h ${CMAKE_CURRENT_LIST_DIR}/AckStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AckStoreWorker.h ${CMAKE_CURRENT_LIST_DIR}/AckStoreWorker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AckStoreSuppression.h ${CMAKE_CURRENT_LIST_DIR}/AckStoreSuppression.cpp
)
