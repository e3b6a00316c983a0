#pragma once

namespace alertdesk {

// Tells the C library's allocator to keep freed memory for reuse instead of handing it back to the kernel at
// once. The feed, the store and the table allocate and free millions of small blocks a minute; returning the top
// of the heap after every batch and faulting it back in on the next one costs measurable time on a
// virtual machine (about a tenth of bench_ingest). Called once at the start of each executable.
void tuneMemoryAllocator();

} // namespace alertdesk
