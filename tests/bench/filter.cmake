# bench_filter: filter changes over a million alerts with the table shown, beside a fresh QSortFilterProxyModel.
alertdesk_add_bench(bench_filter ${CMAKE_CURRENT_LIST_DIR}/bench_filter.cpp
                    ${CMAKE_CURRENT_LIST_DIR}/BenchEvents.h ${CMAKE_CURRENT_LIST_DIR}/BenchEvents.cpp)
target_link_libraries(bench_filter PRIVATE alertdesk_ui)
