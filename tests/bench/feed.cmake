# bench_feed
