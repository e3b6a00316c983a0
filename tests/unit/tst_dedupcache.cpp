// De-duplication memory: repeats are recognised, memory stays bounded, the oldest keys are forgotten first.
#include <QTest>

#include "feed/DedupCache.h"

using namespace alertdesk;

class TestDedupCache final : public QObject
{
    Q_OBJECT

private slots:
    void repeatsAreRecognised();
    void capacityBoundsMemoryOldestGoesFirst();
    void clearForgetsEverything();
};

void TestDedupCache::repeatsAreRecognised()
{
    DedupCache cache(10);
    QVERIFY(cache.insert(QStringLiteral("src\x1f"
                                        "a")));
    QVERIFY(cache.insert(QStringLiteral("src\x1f"
                                        "b")));
    QVERIFY(!cache.insert(QStringLiteral("src\x1f"
                                         "a")));
    QVERIFY(cache.insert(QStringLiteral("other\x1f"
                                        "a"))); // same id, another source: a different event
    QCOMPARE(cache.size(), 3);
}

void TestDedupCache::capacityBoundsMemoryOldestGoesFirst()
{
    DedupCache cache(3);
    for (const char* key : {"k1", "k2", "k3", "k4"})
        QVERIFY(cache.insert(QString::fromLatin1(key)));
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.contains(QStringLiteral("k1"))); // the oldest was forgotten …
    QVERIFY(cache.contains(QStringLiteral("k2")));
    QVERIFY(!cache.insert(QStringLiteral("k4"))); // … the newest are still known
    QVERIFY(cache.insert(QStringLiteral("k1")));
    QVERIFY(!cache.contains(QStringLiteral("k2")));
    for (int i = 0; i < 1000; ++i)
        cache.insert(QString::number(i));
    QCOMPARE(cache.size(), 3);
    QVERIFY(cache.contains(QStringLiteral("999")));
}

void TestDedupCache::clearForgetsEverything()
{
    DedupCache cache(5);
    cache.insert(QStringLiteral("a"));
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QVERIFY(cache.insert(QStringLiteral("a")));
}

QTEST_GUILESS_MAIN(TestDedupCache)
#include "tst_dedupcache.moc"
