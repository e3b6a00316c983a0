# bench_ingest: decode → store → table model for a million new alerts, beside a QJsonDocument + Qt SQL +
# QStandardItemModel baseline.
alertdesk_add_bench(bench_ingest ${CMAKE_CURRENT_LIST_DIR}/bench_ingest.cpp
                    ${CMAKE_CURRENT_LIST_DIR}/BenchEvents.h ${CMAKE_CURRENT_LIST_DIR}/BenchEvents.cpp)
target_link_libraries(bench_ingest PRIVATE alertdesk_ui Qt6::Sql)
