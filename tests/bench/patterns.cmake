# bench_patterns: the event-pattern index over aws/event-ruler's CL2Benchmark rule banks and city-lots events,
# beside the naive loop over rules (issue 4, "Performance").
alertdesk_add_bench(bench_patterns ${CMAKE_CURRENT_LIST_DIR}/bench_patterns.cpp)
