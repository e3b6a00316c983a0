#include "HubDemoSource.h"

#include <cmath>

#include "common/Logging.h"
#include "feed/FeedHub.h"

namespace alertdesk {

namespace {
constexpr int kMinTickMs = 10;
constexpr int kMaxTickMs = 1000;
} // namespace

HubDemoSource::HubDemoSource(FeedHub* hub, const Clock& clock, double eventsPerSecond, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_generator(clock)
    , m_rate(eventsPerSecond)
{
    // Payloads are due by elapsed time, not by counting ticks, so a late timer does not slow the rate down.
    const double interval = 1000.0 / qMax(m_rate, 0.001);
    m_timer.setInterval(int(qBound(double(kMinTickMs), interval, double(kMaxTickMs))));
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HubDemoSource::tick);
}

void HubDemoSource::start()
{
    qCInfo(lcHub) << "demo feed on:" << m_rate << "payloads per second";
    m_elapsed.start();
    m_timer.start();
    tick();
}

void HubDemoSource::tick()
{
    const auto due = quint64(std::floor(m_rate * double(m_elapsed.elapsed()) / 1000.0)) + 1;
    // After a long stall (a suspended laptop) skip ahead instead of flooding subscribers with a burst.
    const quint64 maxBurst = quint64(qMax(1.0, m_rate));
    if (due > m_produced + maxBurst)
        m_produced = due - maxBurst;
    for (; m_produced < due; ++m_produced) {
        const Expected<int> accepted = m_hub->ingest(m_generator.next(), QStringLiteral("demo"));
        if (!accepted)   // a generator bug, not an input problem; the hub has logged the reason
            qCWarning(lcHub).noquote() << "demo payload rejected:" << accepted.error().toString();
    }
}

} // namespace alertdesk
