// Mute and active windows read as wall-clock times in a named zone: across daylight-saving changes (both
// directions), past midnight, and when the router should look again.
#include <QDateTime>
#include <QTest>

#include "rules/TimeWindow.h"
#include "rules/TimeWindows.h"

using namespace alertdesk;
using namespace alertdesk::rules;

namespace {

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QLatin1StringView(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

DeliveryPolicy zoned(const char* zone, QList<TimeWindow> mute, QList<TimeWindow> active = {})
{
    DeliveryPolicy p;
    p.timeZone = QLatin1StringView(zone);
    p.muteTimes = std::move(mute);
    p.activeTimes = std::move(active);
    return p;
}

const QList<int> kWeekdays{1, 2, 3, 4, 5};

} // namespace

Q_DECLARE_METATYPE(alertdesk::rules::DeliveryPolicy)

class TestRouterTimeWindows final : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data();
    void verdict();
    void nextOpen_data();
    void nextOpen();
    void mutedAllWeekNeverOpens();
};

void TestRouterTimeWindows::verdict_data()
{
    QTest::addColumn<DeliveryPolicy>("policy");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("verdict"); // TimeWindows::Verdict
    const int open = int(TimeWindows::Verdict::Open);
    const int muted = int(TimeWindows::Verdict::Muted);
    const int outside = int(TimeWindows::Verdict::OutsideActiveTimes);
    // Berlin office hours muted, 09:00-17:00 Monday to Friday: UTC+1 in winter, UTC+2 from 2026-03-29.
    const DeliveryPolicy office = zoned("Europe/Berlin", {TimeWindow{kWeekdays, 9 * 60, 17 * 60}});
    QTest::addRow("winter, 08:59:59.999 local") << office << utc("2026-03-27T07:59:59.999Z") << open;
    QTest::addRow("winter, 09:00 local") << office << utc("2026-03-27T08:00:00.000Z") << muted;
    QTest::addRow("winter, 16:59:59.999 local") << office << utc("2026-03-27T15:59:59.999Z") << muted;
    QTest::addRow("winter, 17:00 local") << office << utc("2026-03-27T16:00:00.000Z") << open;
    QTest::addRow("summer, 08:59:59.999 local") << office << utc("2026-03-30T06:59:59.999Z") << open;
    QTest::addRow("summer, 09:00 local") << office << utc("2026-03-30T07:00:00.000Z") << muted;
    QTest::addRow("summer, 17:00 local") << office << utc("2026-03-30T15:00:00.000Z") << open;
    QTest::addRow("back in winter, 09:00 local") << office << utc("2026-10-26T08:00:00.000Z") << muted;
    QTest::addRow("back in winter, 07:00 UTC is 08:00") << office << utc("2026-10-26T07:00:00.000Z") << open;
    QTest::addRow("Saturday") << office << utc("2026-03-28T10:00:00.000Z") << open;
    // Sunday 2026-03-29 02:00 does not exist in Berlin (clocks jump to 03:00): a 02:30-04:00 window is muted
    // from the jump on.
    const DeliveryPolicy gap = zoned("Europe/Berlin", {TimeWindow{{7}, 2 * 60 + 30, 4 * 60}});
    QTest::addRow("gap: 01:59:59.999 CET") << gap << utc("2026-03-29T00:59:59.999Z") << open;
    QTest::addRow("gap: 03:00 CEST") << gap << utc("2026-03-29T01:00:00.000Z") << muted;
    QTest::addRow("gap: 04:00 CEST") << gap << utc("2026-03-29T02:00:00.000Z") << open;
    // Sunday 2026-10-25 02:00-03:00 happens twice in Berlin: muted both times.
    const DeliveryPolicy twice = zoned("Europe/Berlin", {TimeWindow{{7}, 2 * 60, 3 * 60}});
    QTest::addRow("repeated hour: 01:59 CEST") << twice << utc("2026-10-24T23:59:59.999Z") << open;
    QTest::addRow("repeated hour: first 02:30") << twice << utc("2026-10-25T00:30:00.000Z") << muted;
    QTest::addRow("repeated hour: second 02:30") << twice << utc("2026-10-25T01:30:00.000Z") << muted;
    QTest::addRow("repeated hour: 03:00 CET") << twice << utc("2026-10-25T02:00:00.000Z") << open;
    // Friday night 22:00-06:00 in Shanghai (UTC+8): belongs to Friday, so it covers Saturday morning only.
    const DeliveryPolicy night = zoned("Asia/Shanghai", {TimeWindow{{5}, 22 * 60, 6 * 60}});
    QTest::addRow("wrap: Friday 21:59") << night << utc("2026-01-02T13:59:59.999Z") << open;
    QTest::addRow("wrap: Friday 22:00") << night << utc("2026-01-02T14:00:00.000Z") << muted;
    QTest::addRow("wrap: Saturday 00:00") << night << utc("2026-01-02T16:00:00.000Z") << muted;
    QTest::addRow("wrap: Saturday 05:59") << night << utc("2026-01-02T21:59:59.999Z") << muted;
    QTest::addRow("wrap: Saturday 06:00") << night << utc("2026-01-02T22:00:00.000Z") << open;
    QTest::addRow("wrap: Friday 05:00 (Thursday's night)") << night << utc("2026-01-01T21:00:00.000Z") << open;
    QTest::addRow("wrap: Saturday 23:00") << night << utc("2026-01-03T15:00:00.000Z") << open;
    // Active times: only inside; mute wins over active.
    const DeliveryPolicy active =
        zoned("Asia/Shanghai", {TimeWindow{{}, 12 * 60, 13 * 60}}, {TimeWindow{kWeekdays, 9 * 60, 18 * 60}});
    QTest::addRow("active: Friday 09:00") << active << utc("2026-01-02T01:00:00.000Z") << open;
    QTest::addRow("active: Friday 08:59") << active << utc("2026-01-02T00:59:59.999Z") << outside;
    QTest::addRow("active: Friday 18:00") << active << utc("2026-01-02T10:00:00.000Z") << outside;
    QTest::addRow("active: Saturday 10:00") << active << utc("2026-01-03T02:00:00.000Z") << outside;
    QTest::addRow("active but muted: 12:30") << active << utc("2026-01-02T04:30:00.000Z") << muted;
}

void TestRouterTimeWindows::verdict()
{
    QFETCH(DeliveryPolicy, policy);
    QFETCH(qint64, at);
    QFETCH(int, verdict);
    QCOMPARE(int(TimeWindows(policy).verdictAt(at)), verdict);
}

void TestRouterTimeWindows::nextOpen_data()
{
    QTest::addColumn<DeliveryPolicy>("policy");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("open");
    const DeliveryPolicy office = zoned("Europe/Berlin", {TimeWindow{kWeekdays, 9 * 60, 17 * 60}});
    QTest::addRow("winter: 17:00 CET") << office << utc("2026-03-27T10:00:00.000Z") << utc("2026-03-27T16:00:00.000Z");
    QTest::addRow("summer: 17:00 CEST") << office << utc("2026-03-30T10:00:00.000Z") << utc("2026-03-30T15:00:00.000Z");
    const DeliveryPolicy twice = zoned("Europe/Berlin", {TimeWindow{{7}, 2 * 60, 3 * 60}});
    QTest::addRow("after the repeated hour")
        << twice << utc("2026-10-25T00:30:00.000Z") << utc("2026-10-25T02:00:00.000Z");
    const DeliveryPolicy gap = zoned("Europe/Berlin", {TimeWindow{{7}, 2 * 60 + 30, 4 * 60}});
    QTest::addRow("window starting in the gap")
        << gap << utc("2026-03-29T01:30:00.000Z") << utc("2026-03-29T02:00:00.000Z");
    const DeliveryPolicy active = zoned("America/New_York", {}, {TimeWindow{kWeekdays, 9 * 60, 17 * 60}});
    // Saturday 2026-03-07 noon EST; clocks go forward on Sunday 03-08; Monday 09:00 is EDT (UTC-4).
    QTest::addRow("active: next Monday across the change")
        << active << utc("2026-03-07T17:00:00.000Z") << utc("2026-03-09T13:00:00.000Z");
}

void TestRouterTimeWindows::nextOpen()
{
    QFETCH(DeliveryPolicy, policy);
    QFETCH(qint64, from);
    QFETCH(qint64, open);
    const TimeWindows windows(policy);
    QVERIFY(windows.verdictAt(from) != TimeWindows::Verdict::Open);
    const std::optional<qint64> next = windows.nextOpenAfter(from);
    QVERIFY(next);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*next, Qt::UTC), QDateTime::fromMSecsSinceEpoch(open, Qt::UTC));
    QCOMPARE(windows.verdictAt(*next - 1) != TimeWindows::Verdict::Open, true);
}

void TestRouterTimeWindows::mutedAllWeekNeverOpens()
{
    const DeliveryPolicy always = zoned("", {TimeWindow{{}, 0, 24 * 60}});
    const TimeWindows windows(always);
    QCOMPARE(windows.verdictAt(utc("2026-06-01T12:00:00.000Z")), TimeWindows::Verdict::Muted);
    QCOMPARE(windows.nextOpenAfter(utc("2026-06-01T12:00:00.000Z")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRouterTimeWindows)
#include "tst_router_timewindows.moc"
