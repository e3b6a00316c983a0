// The desk's acknowledgements and silences answer the router (issue 4): through AckStoreSuppression, an
// acknowledged alert's repeat notification is held back as "acknowledged" and sent again once the
// acknowledgement ends; an alert a silence matches gets its notifications held back as "silenced" for as long as
// the silence lasts, including alerts the store has not seen yet. Real AckStore on a real SQLite file, real Router.
#include <QTemporaryDir>
#include <QTest>

#include "rules/Router.h"
#include "store/AckStoreSuppression.h"
#include "tst_ack_support.h"

using namespace alertdesk;
using namespace alertdesk::test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kStart = 1'800'000'000'000;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
const std::vector<size_t> kRuleOne{0};

rules::RuleSet oneRule()
{
    rules::RuleSet set;
    rules::RuleSet::Rule rule;
    rule.id = QStringLiteral("r1");
    rule.name = QStringLiteral("Reboots");
    rule.policy.groupWait = 10s;
    rule.policy.groupInterval = 1min;
    rule.policy.repeatInterval = 10min;
    set.rules.push_back(std::move(rule));
    return set;
}

// What due() decided for the alert `fingerprint`: sent (None) or why it was held; empty when nothing was due.
std::optional<rules::HoldReason> decision(const std::vector<rules::NotificationRequest>& due,
                                          const QString& fingerprint)
{
    for (const rules::NotificationRequest& request : due) {
        for (const rules::NotifiedAlert& alert : request.firing) {
            if (alert.fingerprint == fingerprint)
                return request.held;
        }
    }
    return std::nullopt;
}

} // namespace

class tst_AckRouter final : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedAlertsGetNoRepeats();
    void silencedAlertsGetNoNotifications();

private:
    QString dbPath(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void tst_AckRouter::acknowledgedAlertsGetNoRepeats()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath("router-ack.sqlite"), clock);
    QVERIFY(desk.ok);
    const AckStoreSuppression suppression(*desk.acks);
    rules::Router router(&suppression);
    router.setRules(oneRule());
    const Event event = ackEvent(QStringLiteral("a"), kStart);
    desk.store.ingest({event});
    router.offer(event, kRuleOne, kStart);

    QCOMPARE(decision(router.due(kStart + 10 * kSecond), QStringLiteral("a")), rules::HoldReason::None);
    clock.setNowMs(kStart + kMinute);
    desk.acks->acknowledge({desk.alertId(QStringLiteral("a"))}, QStringLiteral("li.lei"), {}, 30 * kMinute);
    // The repeat after repeat_interval is held back while acknowledged…
    QCOMPARE(decision(router.due(kStart + 10 * kSecond + 10 * kMinute), QStringLiteral("a")),
             rules::HoldReason::Acknowledged);
    // …and sent once the acknowledgement has ended.
    clock.setNowMs(kStart + 31 * kMinute);
    desk.acks->refresh();
    std::optional<rules::HoldReason> later;
    for (qint64 t = kStart + 20 * kMinute; t <= kStart + 45 * kMinute && later != rules::HoldReason::None;
         t += 10 * kSecond)
        later = decision(router.due(t), QStringLiteral("a")).value_or(rules::HoldReason::Throttled);
    QCOMPARE(later, rules::HoldReason::None);
}

void tst_AckRouter::silencedAlertsGetNoNotifications()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath("router-silence.sqlite"), clock);
    QVERIFY(desk.ok);
    QVERIFY(desk.acks->addSilence(QStringLiteral("labels.team=db"), QStringLiteral("dba"), QStringLiteral("upgrade"),
                                  kStart, kStart + 5 * kMinute));
    const AckStoreSuppression suppression(*desk.acks);
    rules::Router router(&suppression);
    router.setRules(oneRule());
    // Neither alert is in the store: the router may see events before the desk does.
    const Event db = ackEvent(QStringLiteral("db-1"), kStart, Status::Firing, QStringLiteral("db"));
    const Event web = ackEvent(QStringLiteral("web-1"), kStart);
    router.offer(db, kRuleOne, kStart);
    router.offer(web, kRuleOne, kStart);
    const auto first = router.due(kStart + 10 * kSecond);
    QCOMPARE(decision(first, QStringLiteral("db-1")), rules::HoldReason::Silenced);
    QCOMPARE(decision(first, QStringLiteral("web-1")), rules::HoldReason::None);
    // Once the silence has ended, db-1 is notified.
    std::optional<rules::HoldReason> after;
    for (qint64 t = kStart + 5 * kMinute; t <= kStart + 20 * kMinute && after != rules::HoldReason::None;
         t += 10 * kSecond)
        after = decision(router.due(t), QStringLiteral("db-1")).value_or(rules::HoldReason::Throttled);
    QCOMPARE(after, rules::HoldReason::None);
}

QTEST_GUILESS_MAIN(tst_AckRouter)
#include "tst_ack_router.moc"
