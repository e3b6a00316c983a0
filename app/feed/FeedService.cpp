#include "FeedService.h"

#include "common/ThreadPriority.h"
#include "feed/BoundedEventQueue.h"
#include "feed/FeedWorker.h"

namespace alertdesk {

namespace {
constexpr int kDrainIntervalMs = 100;   // at most ten batches a second reach the GUI
constexpr qsizetype kMaxRejectionsKept = 200;
} // namespace

FeedService::FeedService(QObject* parent)
    : QObject(parent)
    , m_queue(std::make_shared<BoundedEventQueue>())
{
    qRegisterMetaType<alertdesk::FeedStats>();
    qRegisterMetaType<alertdesk::Event>();
    qRegisterMetaType<QList<alertdesk::Event>>();
    qRegisterMetaType<alertdesk::RejectedInput>();

    m_thread.setObjectName(QStringLiteral("feed"));
    m_worker = new FeedWorker(m_queue);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &lowerCurrentThreadPriority);
    connect(m_worker, &FeedWorker::statsReady, this, [this](const FeedStats& stats) {
        m_stats = stats;
        emit statsChanged(m_stats);
    });
    connect(m_worker, &FeedWorker::inputRejected, this, [this](qint64 atMs, const QString& origin, const QString& reason) {
        const RejectedInput rejection{atMs, origin, reason};
        m_rejections.append(rejection);
        if (m_rejections.size() > kMaxRejectionsKept)
            m_rejections.removeFirst();
        emit inputRejected(rejection);
    });
    connect(m_worker, &FeedWorker::gapReported, this, &FeedService::gapReported);
    m_thread.start();

    m_drainTimer.setInterval(kDrainIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &FeedService::drainQueue);
    m_drainTimer.start();
}

FeedService::~FeedService()
{
    QMetaObject::invokeMethod(m_worker, &FeedWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FeedService::startDemo(double eventsPerSecond)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, eventsPerSecond] { worker->startDemo(eventsPerSecond); });
}

void FeedService::startWebSocket(const QUrl& url, const QByteArray& token)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, url, token] { worker->startWebSocket(url, token); });
}

void FeedService::stop()
{
    QMetaObject::invokeMethod(m_worker, &FeedWorker::stop);
}

void FeedService::drainQueue()
{
    QList<Event> events = m_queue->takeAll();
    if (events.isEmpty())
        return;
    emit eventsArrived(events);
    // Freed on the feed thread, which allocated them: glibc then recycles the memory in that thread's own cache
    // instead of taking the feed thread's arena lock from here, which at 100,000 events/s cost this thread about
    // a tenth of its time and made both threads wait on each other.
    QMetaObject::invokeMethod(m_worker, [spent = std::move(events)] { Q_UNUSED(spent) }, Qt::QueuedConnection);
}

} // namespace alertdesk
