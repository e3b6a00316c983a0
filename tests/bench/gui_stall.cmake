# bench_gui_stall: the desk with a million alerts under a 5,000 events/s demo feed; GUI thread stalls.
alertdesk_add_bench(bench_gui_stall ${CMAKE_CURRENT_LIST_DIR}/bench_gui_stall.cpp
                    ${CMAKE_CURRENT_LIST_DIR}/BenchEvents.h ${CMAKE_CURRENT_LIST_DIR}/BenchEvents.cpp)
target_link_libraries(bench_gui_stall PRIVATE alertdesk_ui)
