#include "common/MemoryTuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace alertdesk {

void tuneMemoryAllocator()
{
#if defined(__GLIBC__)
    // Keep up to 256 MiB of free memory at the top of the heap, and serve blocks up to 32 MiB (the table's
    // row-order vectors) from the heap rather than from fresh mappings that are unmapped again when freed.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace alertdesk
