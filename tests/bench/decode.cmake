alertdesk_add_bench(bench_decode ${CMAKE_CURRENT_LIST_DIR}/bench_decode.cpp)
