# bench_decode
