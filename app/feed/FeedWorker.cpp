#include "FeedWorker.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "feed/BoundedEventQueue.h"
#include "feed/FeedClient.h"

namespace alertdesk {

namespace {
constexpr int kDemoTickMs = 100;
constexpr int kStatsIntervalMs = 250;
constexpr qint64 kRateWindowMs = 3000;
} // namespace

FeedWorker::FeedWorker(std::shared_ptr<BoundedEventQueue> queue, QObject* parent)
    : QObject(parent)
    , m_queue(std::move(queue))
    , m_decoder(m_clock)
{
    m_demoTimer = new QTimer(this);
    m_demoTimer->setInterval(kDemoTickMs);
    connect(m_demoTimer, &QTimer::timeout, this, &FeedWorker::produceDemo);
    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(kStatsIntervalMs);
    connect(m_statsTimer, &QTimer::timeout, this, &FeedWorker::publishStats);
}

FeedWorker::~FeedWorker() = default;

void FeedWorker::reset()
{
    m_demoTimer->stop();
    if (m_client) {
        m_client->stop();
        delete m_client;
        m_client = nullptr;
    }
    m_demo.reset();
    m_stats = FeedStats();
    m_rateSamples.clear();
}

void FeedWorker::startDemo(double eventsPerSecond)
{
    reset();
    m_demo = std::make_unique<DemoGenerator>(m_clock, static_cast<quint32>(m_clock.nowMs()));
    m_demoRate = eventsPerSecond;
    m_demoDue = 0;
    m_demoLastMs = m_clock.nowMs();
    m_stats.demo = true;
    m_stats.endpoint = QStringLiteral("demo");
    setState(FeedState::Connected, QStringLiteral("built-in demo feed"));
    m_demoTimer->start();
    m_statsTimer->start();
}

void FeedWorker::startWebSocket(const QUrl& url, const QByteArray& token)
{
    reset();
    m_stats.endpoint = redactUrl(url);
    m_client = new FeedClient(m_clock, FeedClientOptions{}, this);
    connect(m_client, &FeedClient::eventsReceived, this, &FeedWorker::accept);
    connect(m_client, &FeedClient::duplicatesDropped, this, [this](int count) { m_stats.duplicates += static_cast<quint64>(count); });
    connect(m_client, &FeedClient::inputRejected, this, [this](const QString& reason) { reject(m_stats.endpoint, reason); });
    connect(m_client, &FeedClient::gapReported, this, [this](qint64 lost) {
        m_stats.lost += static_cast<quint64>(qMax<qint64>(lost, 0));
        ++m_stats.gaps;
        emit gapReported(lost);
    });
    connect(m_client, &FeedClient::stateChanged, this, &FeedWorker::setState);
    m_statsTimer->start();
    m_client->start(url, token);
}

void FeedWorker::stop()
{
    reset();
    m_statsTimer->stop();
    publishStats();
}

void FeedWorker::produceDemo()
{
    const qint64 now = m_clock.nowMs();
    m_demoDue += m_demoRate * static_cast<double>(now - m_demoLastMs) / 1000.0;
    m_demoLastMs = now;
    QList<Event> events;
    for (; m_demoDue >= 1; m_demoDue -= 1) {
        DecodeResult result = m_decoder.decode(m_demo->next(), QStringLiteral("demo"));
        events.append(std::move(result.events));
        for (const Error& error : result.rejections)
            reject(QStringLiteral("demo"), error.toString());
    }
    if (!events.isEmpty())
        accept(std::move(events));
}

void FeedWorker::accept(QList<Event> events)
{
    const auto count = static_cast<quint64>(events.size());
    m_stats.dropped += static_cast<quint64>(m_queue->push(std::move(events)));
    m_stats.events += count;
    if (m_client)
        m_stats.lastSeq = m_client->lastSeq();
}

void FeedWorker::reject(const QString& origin, const QString& reason)
{
    ++m_stats.rejected;
    qCWarning(lcFeed) << "rejected input from" << origin << ":" << reason;
    emit inputRejected(m_clock.nowMs(), origin, reason);
}

void FeedWorker::setState(FeedState state, const QString& detail)
{
    if (state == FeedState::Reconnecting && m_stats.state == FeedState::Connected)
        ++m_stats.reconnects;
    m_stats.state = state;
    m_stats.lastError = state == FeedState::Connected ? QString() : detail;
    publishStats();
}

void FeedWorker::publishStats()
{
    const qint64 now = m_clock.nowMs();
    m_rateSamples.emplace_back(now, m_stats.events);
    while (m_rateSamples.size() > 2 && now - m_rateSamples.front().first > kRateWindowMs)
        m_rateSamples.pop_front();
    const auto& [firstMs, firstEvents] = m_rateSamples.front();
    m_stats.eventsPerSecond = now > firstMs ? static_cast<double>(m_stats.events - firstEvents) * 1000.0 / static_cast<double>(now - firstMs) : 0;
    emit statsReady(m_stats);
}

} // namespace alertdesk
