# bench_feed: the hub fanning 100,000 events out to 10 WebSocket subscribers on loopback.
alertdesk_add_bench(bench_feed ${CMAKE_CURRENT_LIST_DIR}/bench_feed.cpp)
