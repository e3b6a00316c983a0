#pragma once

#include <deque>
#include <memory>

#include <QObject>
#include <QTimer>
#include <QUrl>

#include "common/Clock.h"
#include "event/DemoGenerator.h"
#include "event/EventDecoder.h"
#include "feed/FeedStats.h"

namespace alertdesk {

class BoundedEventQueue;
class FeedClient;

// The feed's worker-thread half: runs the demo generator or the WebSocket client, decodes, counts, and hands
// events to the GUI through the bounded queue. FeedService drives it with queued calls only.
class FeedWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedWorker)

public:
    explicit FeedWorker(std::shared_ptr<BoundedEventQueue> queue, QObject* parent = nullptr);
    ~FeedWorker() override;

    void startDemo(double eventsPerSecond);
    void startWebSocket(const QUrl& url, const QByteArray& token);
    void stop();

signals:
    void statsReady(const alertdesk::FeedStats& stats);
    void inputRejected(qint64 atMs, const QString& origin, const QString& reason);
    void gapReported(qint64 lostEvents);

private:
    void reset();
    void produceDemo();
    void accept(QList<Event> events);
    void reject(const QString& origin, const QString& reason);
    void publishStats();
    void setState(FeedState state, const QString& detail);

    SystemClock m_clock;
    std::shared_ptr<BoundedEventQueue> m_queue;
    EventDecoder m_decoder;
    std::unique_ptr<DemoGenerator> m_demo;
    FeedClient* m_client = nullptr;
    // Children, so that moveToThread() takes them to the worker thread along with this object.
    QTimer* m_demoTimer = nullptr;
    QTimer* m_statsTimer = nullptr;
    double m_demoRate = 0;
    double m_demoDue = 0;
    qint64 m_demoLastMs = 0;
    FeedStats m_stats;
    std::deque<std::pair<qint64, quint64>> m_rateSamples;   // (time, events so far), last few seconds
};

} // namespace alertdesk
