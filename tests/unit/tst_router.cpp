// The router's pacing, exactly at the boundaries, with the clock in the test's hands: group_wait,
// group_interval, repeat_interval, send_resolved, grouping, targets, throttle, time windows, silences and
// acknowledgements.
#include <QTest>

#include "common/Clock.h"
#include "event/EventDecoder.h"
#include "rules/GroupKey.h"
#include "rules/Router.h"

using namespace alertdesk;
using namespace alertdesk::rules;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z, a Thursday
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

Event alert(const QString& fingerprint, Status status = Status::Firing, Labels labels = {})
{
    Event event;
    event.id = fingerprint + u'-' + statusName(status);
    event.source = QStringLiteral("test");
    event.type = QStringLiteral("t");
    event.subject = fingerprint;
    event.title = QStringLiteral("Alert ") + fingerprint;
    event.status = status;
    event.fingerprint = fingerprint;
    event.labels = std::move(labels);
    return event;
}

QStringList fingerprints(const QList<NotifiedAlert>& alerts)
{
    QStringList out;
    for (const NotifiedAlert& a : alerts)
        out.append(a.fingerprint);
    return out;
}

RuleSet oneRule(const DeliveryPolicy& policy, QList<RuleTarget> targets = {})
{
    RuleSet set;
    RuleSet::Rule rule;
    rule.id = QStringLiteral("r1");
    rule.name = QStringLiteral("Rule one");
    rule.targets = std::move(targets);
    rule.policy = policy;
    set.rules.push_back(std::move(rule));
    return set;
}

DeliveryPolicy policy(std::chrono::milliseconds wait, std::chrono::milliseconds interval,
                      std::chrono::milliseconds repeat)
{
    DeliveryPolicy p;
    p.groupWait = wait;
    p.groupInterval = interval;
    p.repeatInterval = repeat;
    return p;
}

const std::vector<size_t> kRuleOne{0};

// The router driven by a ManualClock, as the routing service drives it.
struct Harness
{
    ManualClock clock{kT0};
    ManualSuppression suppression;
    Router router{&suppression};

    explicit Harness(const RuleSet& set) { router.setRules(set); }
    void offer(const Event& event) { router.offer(event, kRuleOne, clock.nowMs()); }
    std::vector<NotificationRequest> at(qint64 ms)
    {
        clock.setNowMs(ms);
        return router.due(clock.nowMs());
    }
};

} // namespace

class TestRouter final : public QObject
{
    Q_OBJECT

private slots:
    void groupWaitBoundary();
    void groupIntervalBoundary();
    void repeatIntervalBoundary();
    void sendResolved_data();
    void sendResolved();
    void resolvedBeforeFirstNotificationSaysNothing();
    void flappingBeforeFlushIsNoChange();
    void groupsByFields();
    void groupByFieldValues_data();
    void groupByFieldValues();
    void oneRequestPerTarget();
    void throttleHoldsAndCounts();
    void throttleAtMostNPerWindow();
    void muteWindowHoldsUntilItEnds();
    void outsideActiveTimesHolds();
    void silencedAlertsGetNothing();
    void silencedAlertJoinsWhenSilenceEnds();
    void acknowledgedAlertsGetNoRepeats();
    void acknowledgedAlertStillInUpdates();
    void statelessEventsAreToldOnce();
    void newRulesKeepGroupsOfKeptIds();
    void disabledRuleRoutesNothing();
};

void TestRouter::groupWaitBoundary()
{
    Harness h(oneRule(policy(30s, 5min, 4h)));
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(kT0 + 30 * kSecond));
    QVERIFY(h.at(kT0 + 30 * kSecond - 1).empty());
    const auto out = h.at(kT0 + 30 * kSecond);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::First);
    QVERIFY(!out[0].isHeld());
    QCOMPARE(out[0].atMs, kT0 + 30 * kSecond);
    QCOMPARE(out[0].ruleId, QStringLiteral("r1"));
    QCOMPARE(out[0].ruleName, QStringLiteral("Rule one"));
    QCOMPARE(out[0].groupKey, QStringLiteral("r1{fingerprint=\"a\"}"));
    QCOMPARE(fingerprints(out[0].firing), QStringList{QStringLiteral("a")});
    QCOMPARE(out[0].firing[0].title, QStringLiteral("Alert a"));
    QVERIFY(out[0].resolved.isEmpty());
    // Nothing changed: the next look is the repeat.
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(kT0 + 30 * kSecond + 4 * 3600 * kSecond));
}

void TestRouter::groupIntervalBoundary()
{
    DeliveryPolicy p = policy(30s, 5min, 4h);
    p.groupBy = {QStringLiteral("labels.cluster")};
    Harness h(oneRule(p));
    const Labels cluster{{QStringLiteral("cluster"), QStringLiteral("eu")}};
    h.offer(alert(QStringLiteral("a"), Status::Firing, cluster));
    const qint64 first = kT0 + 30 * kSecond;
    QCOMPARE(h.at(first).size(), size_t(1));
    h.clock.setNowMs(first + 10 * kSecond);
    h.offer(alert(QStringLiteral("b"), Status::Firing, cluster));
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(first + 5 * kMinute));
    QVERIFY(h.at(first + 5 * kMinute - 1).empty());
    const auto out = h.at(first + 5 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::Update);
    QCOMPARE(out[0].groupKey, QStringLiteral("r1{labels.cluster=\"eu\"}"));
    QCOMPARE(fingerprints(out[0].firing), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // A change long after the last notification goes out at once (group_interval has passed).
    h.clock.setNowMs(first + 60 * kMinute);
    h.offer(alert(QStringLiteral("c"), Status::Firing, cluster));
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(first + 10 * kMinute));
    const auto late = h.at(first + 60 * kMinute);
    QCOMPARE(late.size(), size_t(1));
    QCOMPARE(late[0].reason, NotificationReason::Update);
    QCOMPARE(late[0].firing.size(), 3);
}

void TestRouter::repeatIntervalBoundary()
{
    Harness h(oneRule(policy(0s, 5min, 1h)));
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.at(kT0).size(), size_t(1)); // group_wait 0: at once
    // The same firing event again is no change.
    h.clock.setNowMs(kT0 + 10 * kMinute);
    h.offer(alert(QStringLiteral("a")));
    QVERIFY(h.at(kT0 + 10 * kMinute).empty());
    QVERIFY(h.at(kT0 + 60 * kMinute - 1).empty());
    const auto out = h.at(kT0 + 60 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::Repeat);
    QCOMPARE(fingerprints(out[0].firing), QStringList{QStringLiteral("a")});
    QVERIFY(h.at(kT0 + 120 * kMinute - 1).empty());
    QCOMPARE(h.at(kT0 + 120 * kMinute).size(), size_t(1));
}

void TestRouter::sendResolved_data()
{
    QTest::addColumn<bool>("sendResolved");
    QTest::addRow("on") << true;
    QTest::addRow("off") << false;
}

void TestRouter::sendResolved()
{
    QFETCH(bool, sendResolved);
    DeliveryPolicy p = policy(30s, 5min, 4h);
    p.sendResolved = sendResolved;
    p.groupBy = {QStringLiteral("source")};
    Harness h(oneRule(p));
    h.offer(alert(QStringLiteral("a")));
    h.offer(alert(QStringLiteral("b")));
    const qint64 first = kT0 + 30 * kSecond;
    QCOMPARE(h.at(first).size(), size_t(1));
    // One of two resolves: an update with it among the resolved, or nothing at all.
    h.clock.setNowMs(first + kMinute);
    h.offer(alert(QStringLiteral("a"), Status::Resolved));
    auto out = h.at(first + 5 * kMinute);
    if (sendResolved) {
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].reason, NotificationReason::Update);
        QCOMPARE(fingerprints(out[0].firing), QStringList{QStringLiteral("b")});
        QCOMPARE(fingerprints(out[0].resolved), QStringList{QStringLiteral("a")});
    } else {
        QVERIFY(out.empty());
    }
    // The last one resolves: "resolved", or silence and the group is gone.
    h.clock.setNowMs(first + 6 * kMinute);
    h.offer(alert(QStringLiteral("b"), Status::Resolved));
    out = h.at(first + 11 * kMinute);
    if (sendResolved) {
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].reason, NotificationReason::Resolved);
        QVERIFY(out[0].firing.isEmpty());
        QCOMPARE(fingerprints(out[0].resolved), QStringList{QStringLiteral("b")});
    } else {
        QVERIFY(out.empty());
    }
    QCOMPARE(h.router.groupCount(), size_t(0));
    QCOMPARE(h.router.nextWakeMs(), std::nullopt);
    QCOMPARE(h.router.sentCount(), quint64(sendResolved ? 3 : 1));
}

void TestRouter::resolvedBeforeFirstNotificationSaysNothing()
{
    Harness h(oneRule(policy(30s, 5min, 4h)));
    h.offer(alert(QStringLiteral("a")));
    h.clock.setNowMs(kT0 + 10 * kSecond);
    h.offer(alert(QStringLiteral("a"), Status::Resolved));
    QVERIFY(h.at(kT0 + 30 * kSecond).empty());
    QCOMPARE(h.router.groupCount(), size_t(0));
    QCOMPARE(h.router.nextWakeMs(), std::nullopt);
}

void TestRouter::flappingBeforeFlushIsNoChange()
{
    Harness h(oneRule(policy(0s, 5min, 4h)));
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.at(kT0).size(), size_t(1));
    h.clock.setNowMs(kT0 + kMinute);
    h.offer(alert(QStringLiteral("a"), Status::Resolved));
    h.clock.setNowMs(kT0 + 2 * kMinute);
    h.offer(alert(QStringLiteral("a")));
    QVERIFY(h.at(kT0 + 5 * kMinute).empty());
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(kT0 + 4 * 3600 * kSecond));
}

void TestRouter::groupsByFields()
{
    DeliveryPolicy p = policy(30s, 5min, 4h);
    p.groupBy = {QStringLiteral("labels.region"), QStringLiteral("severity")};
    Harness h(oneRule(p));
    const Labels gz{{QStringLiteral("region"), QStringLiteral("gz")}};
    const Labels sh{{QStringLiteral("region"), QStringLiteral("sh")}};
    h.offer(alert(QStringLiteral("a"), Status::Firing, gz));
    h.offer(alert(QStringLiteral("b"), Status::Firing, gz));
    h.offer(alert(QStringLiteral("c"), Status::Firing, sh));
    QCOMPARE(h.router.groupCount(), size_t(2));
    const auto out = h.at(kT0 + 30 * kSecond);
    QCOMPARE(out.size(), size_t(2));
    QCOMPARE(out[0].groupKey, QStringLiteral("r1{labels.region=\"gz\",severity=\"unknown\"}"));
    QCOMPARE(out[0].groupValues,
             (QList<std::pair<QString, QString>>{{QStringLiteral("labels.region"), QStringLiteral("gz")},
                                                 {QStringLiteral("severity"), QStringLiteral("unknown")}}));
    QCOMPARE(fingerprints(out[0].firing), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(out[1].groupKey, QStringLiteral("r1{labels.region=\"sh\",severity=\"unknown\"}"));
    QCOMPARE(fingerprints(out[1].firing), QStringList{QStringLiteral("c")});
}

void TestRouter::groupByFieldValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addRow("subject") << QStringLiteral("subject") << QStringLiteral("ins-1");
    QTest::addRow("severity") << QStringLiteral("severity") << QStringLiteral("critical");
    QTest::addRow("label") << QStringLiteral("labels.env") << QStringLiteral("prod");
    QTest::addRow("missing label") << QStringLiteral("labels.nope") << QString();
    QTest::addRow("data string, unescaped") << QStringLiteral("data.host.name") << QStringLiteral("web \"1\"");
    QTest::addRow("data number as written") << QStringLiteral("data.n") << QStringLiteral("1.50");
    QTest::addRow("data object as written") << QStringLiteral("data.host") << QStringLiteral(R"({"name":"web \"1\""})");
    QTest::addRow("missing data path") << QStringLiteral("data.host.zone") << QString();
}

void TestRouter::groupByFieldValues()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ManualClock clock(kT0);
    EventDecoder decoder(clock);
    const DecodeResult decoded = decoder.decode(
        R"({"specversion":"1.0","id":"e1","source":"s","type":"t","subject":"ins-1","severity":"critical",)"
        R"("tags":{"env":"prod"},"data":{"host":{"name":"web \"1\""},"n":1.50}})",
        QStringLiteral("test"));
    QCOMPARE(decoded.events.size(), 1);
    QVERIFY(isGroupByField(field));
    QCOMPARE(groupFieldValue(decoded.events[0], field), value);
    const GroupKey key = groupKeyFor(QStringLiteral("r"), {field}, decoded.events[0]);
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    QCOMPARE(key.text, QStringLiteral("r{") + field + QStringLiteral("=\"") + quoted + QStringLiteral("\"}"));
}

void TestRouter::oneRequestPerTarget()
{
    const QList<RuleTarget> targets{{QStringLiteral("ding"), QStringLiteral("t1"), QStringLiteral("markdown")},
                                    {QStringLiteral("feishu"), QString(), QString()}};
    Harness h(oneRule(policy(0s, 5min, 4h), targets));
    h.offer(alert(QStringLiteral("a")));
    const auto out = h.at(kT0);
    QCOMPARE(out.size(), size_t(2));
    QCOMPARE(out[0].target, targets[0]);
    QCOMPARE(out[1].target, targets[1]);
    QCOMPARE(out[0].groupKey, out[1].groupKey);
    QCOMPARE(h.router.sentCount(), quint64(2));
    // Without targets the notification is still visible, with an empty target.
    Harness none(oneRule(policy(0s, 5min, 4h)));
    none.offer(alert(QStringLiteral("a")));
    const auto single = none.at(kT0);
    QCOMPARE(single.size(), size_t(1));
    QVERIFY(single[0].target.channelId.isEmpty());
}

void TestRouter::throttleHoldsAndCounts()
{
    DeliveryPolicy p = policy(0s, 10s, 4h);
    p.groupBy = {QStringLiteral("source")};
    p.throttleCount = 1;
    p.throttleWindow = 1min;
    Harness h(oneRule(p));
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.at(kT0).size(), size_t(1));
    h.clock.setNowMs(kT0 + kSecond);
    h.offer(alert(QStringLiteral("b")));
    auto out = h.at(kT0 + 10 * kSecond);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].held, HoldReason::Throttled);
    QCOMPARE(out[0].reason, NotificationReason::Update);
    QCOMPARE(h.router.heldCount(HoldReason::Throttled), quint64(1));
    // Retried when the window lets one more through: one minute after the first.
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(kT0 + kMinute));
    QVERIFY(h.at(kT0 + kMinute - 1).empty());
    out = h.at(kT0 + kMinute);
    QCOMPARE(out.size(), size_t(1));
    QVERIFY(!out[0].isHeld());
    QCOMPARE(out[0].reason, NotificationReason::Update);
    QCOMPARE(out[0].heldBefore, 1);
    QCOMPARE(fingerprints(out[0].firing), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(h.router.sentCount(), quint64(2));
}

void TestRouter::throttleAtMostNPerWindow()
{
    DeliveryPolicy p = policy(0s, 1s, 4h);
    p.groupBy = {QStringLiteral("source")};
    p.throttleCount = 3;
    p.throttleWindow = 1min;
    Harness h(oneRule(p));
    QList<qint64> sentAt;
    int held = 0;
    // A new alert every second for three minutes: a change every group_interval.
    for (qint64 t = kT0; t < kT0 + 3 * kMinute; t += kSecond) {
        h.clock.setNowMs(t);
        h.offer(alert(QString::number(t)));
        for (const NotificationRequest& r : h.at(t)) {
            if (r.isHeld())
                ++held;
            else
                sentAt.append(r.atMs);
        }
    }
    QCOMPARE(sentAt.size(), 9); // 3 per minute for 3 minutes
    for (qsizetype i = 3; i < sentAt.size(); ++i)
        QVERIFY2(sentAt[i] - sentAt[i - 3] >= kMinute, "more than 3 within a minute");
    QVERIFY(held > 0);
    QCOMPARE(h.router.heldCount(HoldReason::Throttled), quint64(held));
}

void TestRouter::muteWindowHoldsUntilItEnds()
{
    // Mute 08:00-09:00 in Shanghai (UTC+8): 00:00-01:00 UTC.
    DeliveryPolicy p = policy(30s, 5min, 4h);
    p.timeZone = QStringLiteral("Asia/Shanghai");
    p.muteTimes = {TimeWindow{{}, 8 * 60, 9 * 60}};
    Harness h(oneRule(p));
    h.offer(alert(QStringLiteral("a")));
    auto out = h.at(kT0 + 30 * kSecond);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].held, HoldReason::Muted);
    QCOMPARE(out[0].reason, NotificationReason::First);
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(kT0 + 60 * kMinute));
    QVERIFY(h.at(kT0 + 60 * kMinute - 1).empty());
    out = h.at(kT0 + 60 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QVERIFY(!out[0].isHeld());
    QCOMPARE(out[0].reason, NotificationReason::First);
    QCOMPARE(out[0].heldBefore, 1);
    QCOMPARE(h.router.heldCount(HoldReason::Muted), quint64(1));
}

void TestRouter::outsideActiveTimesHolds()
{
    // Active Monday to Friday 09:00-18:00 UTC; 2026-01-03 is a Saturday.
    DeliveryPolicy p = policy(0s, 5min, 4h);
    p.timeZone = QStringLiteral("UTC");
    p.activeTimes = {TimeWindow{{1, 2, 3, 4, 5}, 9 * 60, 18 * 60}};
    Harness h(oneRule(p));
    const qint64 saturdayNoon = kT0 + 2 * 24 * 60 * kMinute + 12 * 60 * kMinute;
    h.clock.setNowMs(saturdayNoon);
    h.offer(alert(QStringLiteral("a")));
    auto out = h.at(saturdayNoon);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].held, HoldReason::OutsideActiveTimes);
    const qint64 mondayNine = kT0 + 4 * 24 * 60 * kMinute + 9 * 60 * kMinute;
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(mondayNine));
    out = h.at(mondayNine);
    QCOMPARE(out.size(), size_t(1));
    QVERIFY(!out[0].isHeld());
}

void TestRouter::silencedAlertsGetNothing()
{
    DeliveryPolicy p = policy(30s, 5min, 1h);
    p.groupBy = {QStringLiteral("source")};
    Harness h(oneRule(p));
    h.suppression.setSilenced(QStringLiteral("a"), true);
    h.offer(alert(QStringLiteral("a")));
    auto out = h.at(kT0 + 30 * kSecond);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].held, HoldReason::Silenced);
    QCOMPARE(fingerprints(out[0].firing), QStringList{QStringLiteral("a")});
    QCOMPARE(h.router.sentCount(), quint64(0));
    // Reported once, not at every look, and never sent while silenced (repeats included).
    for (qint64 t = kT0 + kMinute; t <= kT0 + 3 * 60 * kMinute; t += kMinute)
        QVERIFY(h.at(t).empty());
    QCOMPARE(h.router.heldCount(HoldReason::Silenced), quint64(1));
    // A second, unsilenced alert in the group is notified alone.
    h.offer(alert(QStringLiteral("b")));
    out = h.at(*h.router.nextWakeMs());
    QCOMPARE(out.size(), size_t(1));
    QVERIFY(!out[0].isHeld());
    QCOMPARE(fingerprints(out[0].firing), QStringList{QStringLiteral("b")});
}

void TestRouter::silencedAlertJoinsWhenSilenceEnds()
{
    Harness h(oneRule(policy(30s, 5min, 4h)));
    h.suppression.setSilenced(QStringLiteral("a"), true);
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.at(kT0 + 30 * kSecond).size(), size_t(1)); // held: silenced
    h.suppression.setSilenced(QStringLiteral("a"), false);
    // The router looks again a group_interval later.
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(kT0 + 30 * kSecond + 5 * kMinute));
    const auto out = h.at(kT0 + 30 * kSecond + 5 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QVERIFY(!out[0].isHeld());
    QCOMPARE(out[0].reason, NotificationReason::First);
}

void TestRouter::acknowledgedAlertsGetNoRepeats()
{
    Harness h(oneRule(policy(0s, 5min, 1h)));
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.at(kT0).size(), size_t(1));
    h.suppression.setAcknowledged(QStringLiteral("a"), true);
    auto out = h.at(kT0 + 60 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::Repeat);
    QCOMPARE(out[0].held, HoldReason::Acknowledged);
    QVERIFY(h.at(kT0 + 120 * kMinute - 1).empty());
    out = h.at(kT0 + 120 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].held, HoldReason::Acknowledged);
    QCOMPARE(h.router.sentCount(), quint64(1));
    // Acknowledgement withdrawn: repeats resume.
    h.suppression.setAcknowledged(QStringLiteral("a"), false);
    out = h.at(kT0 + 180 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QVERIFY(!out[0].isHeld());
    QCOMPARE(out[0].reason, NotificationReason::Repeat);
}

void TestRouter::acknowledgedAlertStillInUpdates()
{
    DeliveryPolicy p = policy(0s, 5min, 1h);
    p.groupBy = {QStringLiteral("source")};
    Harness h(oneRule(p));
    h.offer(alert(QStringLiteral("a")));
    h.offer(alert(QStringLiteral("b")));
    QCOMPARE(h.at(kT0).size(), size_t(1));
    h.suppression.setAcknowledged(QStringLiteral("a"), true);
    // The repeat carries only the unacknowledged alert.
    auto out = h.at(kT0 + 60 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::Repeat);
    QCOMPARE(fingerprints(out[0].firing), QStringList{QStringLiteral("b")});
    // Its resolution is still news.
    h.offer(alert(QStringLiteral("a"), Status::Resolved));
    out = h.at(kT0 + 65 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::Update);
    QCOMPARE(fingerprints(out[0].resolved), QStringList{QStringLiteral("a")});
}

void TestRouter::statelessEventsAreToldOnce()
{
    Harness h(oneRule(policy(0s, 5min, 1h)));
    h.offer(alert(QStringLiteral("s"), Status::Stateless));
    const auto out = h.at(kT0);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::First);
    QCOMPARE(h.router.groupCount(), size_t(0));
    QVERIFY(h.at(kT0 + 10 * 60 * kMinute).empty());
}

void TestRouter::newRulesKeepGroupsOfKeptIds()
{
    Harness h(oneRule(policy(30s, 5min, 4h)));
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.at(kT0 + 30 * kSecond).size(), size_t(1));
    // The same rule, now second in the set and with a shorter repeat: its group keeps its state.
    RuleSet set = oneRule(policy(30s, 5min, 1h));
    RuleSet::Rule other;
    other.id = QStringLiteral("r0");
    other.name = QStringLiteral("Other");
    set.rules.insert(set.rules.begin(), other);
    h.router.setRules(set);
    QCOMPARE(h.router.groupCount(), size_t(1));
    QVERIFY(h.at(kT0 + 30 * kSecond + kMinute).empty()); // no second "first"
    // Its current due time stays; the new repeat interval applies from the next notification on.
    const auto out = h.at(kT0 + 30 * kSecond + 4 * 60 * kMinute);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].reason, NotificationReason::Repeat);
    QCOMPARE(out[0].ruleName, QStringLiteral("Rule one"));
    QCOMPARE(h.router.nextWakeMs(), std::optional<qint64>(kT0 + 30 * kSecond + 5 * 60 * kMinute));
    // Removing the rule drops its groups.
    h.router.setRules(RuleSet{});
    QCOMPARE(h.router.groupCount(), size_t(0));
    QCOMPARE(h.router.nextWakeMs(), std::nullopt);
}

void TestRouter::disabledRuleRoutesNothing()
{
    RuleSet set = oneRule(policy(0s, 5min, 4h));
    set.rules[0].enabled = false;
    Harness h(set);
    h.offer(alert(QStringLiteral("a")));
    QCOMPARE(h.router.groupCount(), size_t(0));
    QVERIFY(h.at(kT0).empty());
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
