// Reconnect delays: they grow, stay within [initial, max], are spread out by jitter, and start over after reset.
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include "feed/Backoff.h"

using namespace alertdesk;

class TestBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void boundsPerAttempt_data();
    void boundsPerAttempt();
    void delaysGrowUntilTheCap();
    void jitterSpreadsDelays_data();
    void jitterSpreadsDelays();
    void resetStartsOver();
};

void TestBackoff::boundsPerAttempt_data()
{
    QTest::addColumn<int>("jitter");
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<int>>("expected");
    // initial 500, max 30000: ceilings 1000, 2000, 4000, 8000, 16000, 30000, 30000.
    QTest::addRow("equal jitter, lowest draw")
        << int(Backoff::Jitter::Equal) << 0.0 << QList<int>{500, 1000, 2000, 4000, 8000, 15000, 15000};
    QTest::addRow("equal jitter, highest draw")
        << int(Backoff::Jitter::Equal) << 0.999999 << QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000};
    QTest::addRow("full jitter, lowest draw")
        << int(Backoff::Jitter::Full) << 0.0 << QList<int>{500, 500, 500, 500, 500, 500, 500};
    QTest::addRow("full jitter, highest draw")
        << int(Backoff::Jitter::Full) << 0.999999 << QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000};
}

void TestBackoff::boundsPerAttempt()
{
    QFETCH(int, jitter);
    QFETCH(double, random);
    QFETCH(QList<int>, expected);
    Backoff backoff(500, 30000, static_cast<Backoff::Jitter>(jitter), [random] { return random; });
    QList<int> delays;
    for (qsizetype i = 0; i < expected.size(); ++i)
        delays << backoff.nextDelayMs();
    QCOMPARE(delays, expected);
}

void TestBackoff::delaysGrowUntilTheCap()
{
    Backoff backoff(100, 5000); // the real random source
    int previousCeiling = 0;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const int ceiling = backoff.ceilingMs();
        QVERIFY(ceiling >= previousCeiling);
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= 100 && delay <= 5000, qPrintable(QString::number(delay)));
        QVERIFY(delay >= ceiling / 2 && delay <= ceiling);
        previousCeiling = ceiling;
    }
    QCOMPARE(previousCeiling, 5000);
}

void TestBackoff::jitterSpreadsDelays_data()
{
    QTest::addColumn<int>("jitter");
    QTest::addRow("equal") << int(Backoff::Jitter::Equal);
    QTest::addRow("full") << int(Backoff::Jitter::Full);
}

void TestBackoff::jitterSpreadsDelays()
{
    QFETCH(int, jitter);
    // Many desks that lost the same hub: their third retries must not all land on the same millisecond.
    QRandomGenerator random(20240501);
    QSet<int> thirdDelays;
    for (int desk = 0; desk < 200; ++desk) {
        Backoff backoff(500, 30000, static_cast<Backoff::Jitter>(jitter),
                        [&random] { return random.generateDouble(); });
        backoff.nextDelayMs();
        backoff.nextDelayMs();
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay >= 500 && delay <= 4000);
        thirdDelays.insert(delay);
    }
    QVERIFY2(thirdDelays.size() > 100, qPrintable(QString::number(thirdDelays.size())));
}

void TestBackoff::resetStartsOver()
{
    Backoff backoff(200, 10000, Backoff::Jitter::Equal, [] { return 0.999999; });
    for (int i = 0; i < 10; ++i)
        backoff.nextDelayMs();
    QCOMPARE(backoff.nextDelayMs(), 10000);
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
    QCOMPARE(backoff.nextDelayMs(), 400);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
