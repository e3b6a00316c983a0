alertdesk_add_bench(bench_render ${CMAKE_CURRENT_LIST_DIR}/bench_render.cpp)
# The keystroke-to-preview half drives the Templates panel (offscreen).
target_link_libraries(bench_render PRIVATE alertdesk_ui)
