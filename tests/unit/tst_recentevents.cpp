#include <string_view>
#include <vector>

#include <QSignalSpy>
#include <QTest>

#include "DemoEvents.h"
#include "event/EventJson.h"
#include "rules/PatternParser.h"
#include "rules/RecentEvents.h"
#include "rules/RuleMatcher.h"

using namespace alertdesk;
using namespace alertdesk::rules;
using namespace Qt::StringLiterals;

namespace {

// Realistic events (Tencent and Alertmanager) as the feed delivers them.
QList<Event> demoEvents(int count)
{
    return test::demoEvents(count, 1'790'000'000'000);
}

Pattern compile(std::string_view text)
{
    Expected<Pattern> pattern = PatternParser::parse(text);
    if (!pattern)
        qFatal("bad test pattern: %s", qPrintable(pattern.error().toString()));
    return *pattern;
}

} // namespace

// The live test's memory: the last 1,000 events in order, the JSON patterns match, and counts that agree with
// the engine evaluated independently.
class TstRecentEvents final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLastEventsInOrder_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QList<int>>("batches");
        QTest::addRow("fewer than capacity") << 10 << QList<int>{3, 4};
        QTest::addRow("exactly full") << 10 << QList<int>{10};
        QTest::addRow("wraps across batches") << 10 << QList<int>{7, 6, 5};
        QTest::addRow("one batch larger than the ring") << 10 << QList<int>{25};
        QTest::addRow("the desk's 1,000") << 1000 << QList<int>{400, 900, 10};
    }

    void keepsTheLastEventsInOrder()
    {
        QFETCH(int, capacity);
        QFETCH(QList<int>, batches);
        int total = 0;
        for (int size : batches)
            total += size;
        const QList<Event> events = demoEvents(total);
        RecentEvents recent(capacity);
        QSignalSpy appended(&recent, &RecentEvents::appended);
        int offset = 0;
        for (int size : batches) {
            recent.append(events.mid(offset, size));
            offset += size;
        }
        QCOMPARE(appended.count(), batches.size());
        QCOMPARE(recent.total(), quint64(total));
        const int kept = std::min(total, capacity);
        QCOMPARE(recent.size(), kept);
        const std::vector<RecentEvent> snapshot = recent.snapshot();
        QCOMPARE(int(snapshot.size()), kept);
        for (int i = 0; i < kept; ++i) {
            const Event& original = events[total - kept + i];
            QCOMPARE(snapshot[size_t(i)].sequence, quint64(total - kept + i + 1));
            QCOMPARE(snapshot[size_t(i)].subject, original.subject);
            QCOMPARE(snapshot[size_t(i)].json, cloudEventWithAlertdesk(original));
            // Room for simdjson's padding, so matching reads it in place.
            QVERIFY(snapshot[size_t(i)].readable() >= size_t(snapshot[size_t(i)].json.size()) + 64);
        }
    }

    void matchCountsAgreeWithTheEngine_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addRow("tencent source") << QByteArray(R"({"source":["cvm.cloud.tencent"]})");
        QTest::addRow("critical and firing")
            << QByteArray(R"({"alertdesk":{"severity":["critical"],"status":["firing"]}})");
        QTest::addRow("prefix on type") << QByteArray(R"({"type":[{"prefix":"cvm:"}]})");
        QTest::addRow("anything-but") << QByteArray(
            R"({"alertdesk":{"severity":[{"anything-but":["info","warning"]}]}})");
        QTest::addRow("nothing") << QByteArray(R"({"source":["no.such.source"]})");
    }

    void matchCountsAgreeWithTheEngine()
    {
        QFETCH(QByteArray, pattern);
        const QList<Event> events = demoEvents(1500);
        RecentEvents recent;
        recent.append(events);
        const std::vector<RecentEvent> snapshot = recent.snapshot();
        const Pattern compiled = compile(std::string_view(pattern.constData(), size_t(pattern.size())));
        const std::vector<char> matched = RecentEvents::match(compiled, snapshot);
        QCOMPARE(matched.size(), size_t(1000));

        // Independently: the engine's naive loop over freshly built JSON of the last 1,000 original events.
        RuleMatcher naive;
        naive.add(compiled);
        std::vector<uint32_t> hits;
        int expected = 0;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray json = cloudEventWithAlertdesk(events[500 + i]);
            QVERIFY(naive.matchEachRule(std::string_view(json.constData(), size_t(json.size())), hits));
            QCOMPARE(bool(matched[size_t(i)]), !hits.empty());
            expected += hits.empty() ? 0 : 1;
        }
        QCOMPARE(int(std::count(matched.begin(), matched.end(), char(1))), expected);
        if (QByteArray(QTest::currentDataTag()) != "nothing")
            QVERIFY2(expected > 0, "the demo data should exercise the pattern");
    }

    void explainsTheFirstFieldThatFailed()
    {
        const QList<Event> events = demoEvents(300);
        RecentEvents recent;
        recent.append(events);
        const Pattern pattern = compile(R"({"source":["cvm.cloud.tencent"]})");
        int explainedMisses = 0;
        for (const RecentEvent& event : recent.snapshot()) {
            const QString why = RecentEvents::explain(pattern, event);
            if (event.json.contains(R"("source":"cvm.cloud.tencent")")) {
                QCOMPARE(why, QString());
            } else {
                QVERIFY2(why.startsWith(u"$.source"_s), qPrintable(why));
                ++explainedMisses;
            }
        }
        QVERIFY(explainedMisses > 0);
    }

    void latestJsonOfAnAlert()
    {
        QList<Event> events = demoEvents(3);
        events[0].fingerprint = events[2].fingerprint = u"same"_s;
        events[2].subject = u"newest"_s;
        RecentEvents recent;
        recent.append(events);
        QCOMPARE(recent.latestJson(u"same"_s).value(), cloudEventWithAlertdesk(events[2]));
        QVERIFY(!recent.latestJson(u"unknown"_s));
    }
};

QTEST_GUILESS_MAIN(TstRecentEvents)
#include "tst_recentevents.moc"
