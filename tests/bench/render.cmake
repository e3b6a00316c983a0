alertdesk_add_bench(bench_render ${CMAKE_CURRENT_LIST_DIR}/bench_render.cpp)
