#include "common/ThreadPriority.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace alertdesk {

void lowerCurrentThreadPriority()
{
#if defined(__linux__)
    // On Linux a nice value belongs to a thread (its tid), not to the whole process. Raising it needs no
    // privilege; a failure leaves the priority as it was, which is harmless.
    constexpr int kNiceIncrement = 5;
    const int current = getpriority(PRIO_PROCESS, 0);
    (void)setpriority(PRIO_PROCESS, 0, current + kNiceIncrement);
#endif
}

} // namespace alertdesk
