#pragma once

#include <functional>

#include <QtGlobal>

namespace alertdesk {

// Reconnect delays: exponential growth from `initialMs` to `maxMs` with jitter, so that many desks that lost
// the same hub at the same moment do not reconnect in lockstep (AWS Architecture Blog, "Exponential Backoff
// And Jitter"). Every delay lies within [initialMs, maxMs].
class Backoff final
{
public:
    enum class Jitter : quint8 {
        Full,  // uniform in [initialMs, ceiling]
        Equal, // uniform in [max(initialMs, ceiling / 2), ceiling]: grows steadily, still spread out
    };
    // Returns a number in [0, 1); the seam tests use to pin the jitter down.
    using Random = std::function<double()>;

    Backoff(int initialMs, int maxMs, Jitter jitter = Jitter::Equal, Random random = {});

    // The delay before the next attempt; each call counts one more failed attempt.
    int nextDelayMs();
    // The ceiling of the next delay (before jitter): initialMs · 2^(attempts+1), at most maxMs.
    int ceilingMs() const;
    // After a connection that stayed up: the next delay starts from initialMs again.
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    int m_initialMs;
    int m_maxMs;
    Jitter m_jitter;
    Random m_random;
    int m_attempts = 0;
};

} // namespace alertdesk
