#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include "common/Error.h"
#include "event/Event.h"
#include "feed/FeedStats.h"

namespace alertdesk {

class FeedWorker;
class BoundedEventQueue;

// A rejected input as the UI lists it: when, from where, and why (one sentence naming the place).
struct RejectedInput
{
    qint64 atMs = 0;
    QString origin;
    QString reason;
};

// The GUI-thread face of the live feed. Input, decoding and de-duplication run on a worker thread; events reach
// this thread through a bounded queue and leave it as batches at most ten times a second (BRIEF.md, Threads).
// The UI observes it only through its signals and snapshots.
class FeedService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedService)

public:
    explicit FeedService(QObject* parent = nullptr);
    ~FeedService() override;

    void startDemo(double eventsPerSecond = 20);
    // `token` is sent as "Authorization: Bearer"; it stays in memory only.
    void startWebSocket(const QUrl& url, const QByteArray& token = {});
    void stop();

    FeedStats stats() const { return m_stats; }
    QList<RejectedInput> recentRejections() const { return m_rejections; }   // newest last, at most 200

signals:
    void eventsArrived(const QList<alertdesk::Event>& events);   // batched, at most ~10 per second
    void statsChanged(const alertdesk::FeedStats& stats);         // at most ~4 per second, and on state changes
    void inputRejected(const alertdesk::RejectedInput& rejection);
    void gapReported(qint64 lostEvents);                          // the hub could not replay that many events

private:
    void drainQueue();

    QThread m_thread;
    FeedWorker* m_worker = nullptr;               // lives on m_thread
    std::shared_ptr<BoundedEventQueue> m_queue;
    QTimer m_drainTimer;
    FeedStats m_stats;
    QList<RejectedInput> m_rejections;
};

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::RejectedInput)
