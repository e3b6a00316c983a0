# The filter language of the alert table (issue 3): included from app/store/CMakeLists.txt.
target_sources(alertdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AlertFilter.h ${CMAKE_CURRENT_LIST_DIR}/AlertFilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Duration.h ${CMAKE_CURRENT_LIST_DIR}/Duration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterCompletion.h ${CMAKE_CURRENT_LIST_DIR}/FilterCompletion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterDataValues.h ${CMAKE_CURRENT_LIST_DIR}/FilterDataValues.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterError.h
    ${CMAKE_CURRENT_LIST_DIR}/FilterEvaluator.h ${CMAKE_CURRENT_LIST_DIR}/FilterEvaluator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterFields.h ${CMAKE_CURRENT_LIST_DIR}/FilterFields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterParser.h ${CMAKE_CURRENT_LIST_DIR}/FilterParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterProgram.h ${CMAKE_CURRENT_LIST_DIR}/FilterProgram.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterRegex.h ${CMAKE_CURRENT_LIST_DIR}/FilterRegex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterTerm.h
    ${CMAKE_CURRENT_LIST_DIR}/FilterText.h ${CMAKE_CURRENT_LIST_DIR}/FilterText.cpp
)
target_link_libraries(alertdesk_core PRIVATE PkgConfig::PCRE2)
