#pragma once

#include <QtGlobal>

namespace alertdesk {

// Time seam: the engine asks a Clock instead of the system so tests control time exactly.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time in milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace alertdesk
