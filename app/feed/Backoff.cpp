#include "Backoff.h"

#include <algorithm>
#include <cmath>

#include <QRandomGenerator>

namespace alertdesk {

Backoff::Backoff(int initialMs, int maxMs, Jitter jitter, Random random)
    : m_initialMs(std::max(1, initialMs)),
      m_maxMs(std::max(m_initialMs, maxMs)),
      m_jitter(jitter),
      m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int Backoff::ceilingMs() const
{
    // Doubling stops once the cap is reached, so the shift never overflows.
    qint64 ceiling = m_initialMs;
    for (int i = 0; i <= m_attempts && ceiling < m_maxMs; ++i)
        ceiling *= 2;
    return static_cast<int>(std::min<qint64>(ceiling, m_maxMs));
}

int Backoff::nextDelayMs()
{
    const int ceiling = ceilingMs();
    const int floor = m_jitter == Jitter::Full ? m_initialMs : std::max(m_initialMs, ceiling / 2);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const int delay = floor + static_cast<int>(std::floor(r * (ceiling - floor + 1)));
    if (m_attempts < 64)
        ++m_attempts;
    return std::clamp(delay, floor, ceiling);
}

} // namespace alertdesk
