// The feed as the GUI thread sees it: work happens on the worker thread, events arrive in batches at most about
// ten times a second, and a full queue drops events visibly (counted), never silently.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "feed/BoundedEventQueue.h"
#include "feed/FeedService.h"

using namespace alertdesk;

class TestFeedService final : public QObject
{
    Q_OBJECT

private slots:
    void demoEventsArriveInBatchesOnTheGuiThread();
    void statsReportStateAndRate();
    void fullQueueDropsAndCounts();
};

void TestFeedService::demoEventsArriveInBatchesOnTheGuiThread()
{
    FeedService feed;
    qsizetype events = 0;
    int batches = 0;
    bool onGuiThread = true;
    connect(&feed, &FeedService::eventsArrived, this, [&](const QList<Event>& batch) {
        events += batch.size();
        ++batches;
        onGuiThread = onGuiThread && QThread::currentThread() == thread();
        for (const Event& event : batch)
            QCOMPARE(event.origin, QStringLiteral("demo"));
    });
    QElapsedTimer elapsed;
    elapsed.start();
    feed.startDemo(1000);
    QTRY_VERIFY_WITH_TIMEOUT(events >= 1500, 20000);
    const qint64 ms = elapsed.elapsed();
    QVERIFY(onGuiThread);
    // A thousand events a second, yet the GUI thread hears of them about ten times a second.
    QVERIFY2(batches <= ms / 100 + 3, qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batches).arg(ms)));
    QVERIFY(events / batches > 20);
}

void TestFeedService::statsReportStateAndRate()
{
    FeedService feed;
    QSignalSpy stats(&feed, &FeedService::statsChanged);
    feed.startDemo(200);
    QTRY_VERIFY_WITH_TIMEOUT(feed.stats().events > 200 && feed.stats().eventsPerSecond > 100, 20000);
    QCOMPARE(feed.stats().state, FeedState::Connected);
    QVERIFY(feed.stats().demo);
    QCOMPARE(feed.stats().endpoint, QStringLiteral("demo"));
    QVERIFY2(feed.stats().eventsPerSecond < 400, qPrintable(QString::number(feed.stats().eventsPerSecond)));
    feed.stop();
    QTRY_COMPARE(feed.stats().state, FeedState::Stopped);
}

void TestFeedService::fullQueueDropsAndCounts()
{
    BoundedEventQueue queue(5);
    QCOMPARE(queue.push(QList<Event>(3)), 0);
    QCOMPARE(queue.push(QList<Event>(4)), 2);   // room for two more only
    QCOMPARE(queue.size(), 5);
    QCOMPARE(queue.takeAll().size(), 5);
    QCOMPARE(queue.size(), 0);
    QCOMPARE(queue.push(QList<Event>(5)), 0);
}

QTEST_GUILESS_MAIN(TestFeedService)
#include "tst_feedservice.moc"
