// Acknowledgements (issue 4): the flag and the @acked filter follow them; they survive a restart on a real
// SQLite file; "until resolved" ends when the alert resolves, a duration when the clock passes it; the timeline
// records both ends; the router's suppression interface answers from them.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "store/AckStoreSuppression.h"
#include "tst_ack_support.h"

using namespace alertdesk;
using namespace alertdesk::test;

namespace {
constexpr qint64 kStart = 1'800'000'000'000;
constexpr qint64 kMinute = 60'000;
} // namespace

class tst_Acknowledgement final : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedAlertsCarryTheFlagAndFilter();
    void acknowledgementsSurviveARestart();
    void endsOnResolveOnlyWhenUntilResolved_data();
    void endsOnResolveOnlyWhenUntilResolved();
    void durationExpiresByTheClock();
    void unacknowledgeWritesTheTimeline();
    void routerAsksThroughTheSuppressionInterface();

private:
    QString dbPath(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void tst_Acknowledgement::acknowledgedAlertsCarryTheFlagAndFilter()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath("flag.sqlite"), clock);
    QVERIFY(desk.ok);
    desk.store.ingest({ackEvent(QStringLiteral("a"), kStart), ackEvent(QStringLiteral("b"), kStart),
                       ackEvent(QStringLiteral("c"), kStart)});
    QSignalSpy changed(&desk.store, &AlertStore::changed);

    desk.acks->acknowledge({desk.alertId(QStringLiteral("a")), desk.alertId(QStringLiteral("c"))},
                           QStringLiteral("li.lei"), QStringLiteral("rebooting on purpose"), std::nullopt);

    QVERIFY(desk.flags(QStringLiteral("a")) & AlertRow::Acknowledged);
    QVERIFY(!(desk.flags(QStringLiteral("b")) & AlertRow::Acknowledged));
    QCOMPARE(desk.matching(QStringLiteral("@acked=true"), kStart), fingerprints({"a", "c"}));
    QCOMPARE(desk.matching(QStringLiteral("@acked:no"), kStart), fingerprints({"b"}));
    QCOMPARE(desk.matching(QStringLiteral("-@acked=true"), kStart), fingerprints({"b"}));
    // The table and the views hear of it like any other change to the rows.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<StoreChange>().updatedRows.size(), 2);
    const auto ack = desk.acks->acknowledgement(desk.alertId(QStringLiteral("a")));
    QVERIFY(ack);
    QCOMPARE(ack->actor, QStringLiteral("li.lei"));
    QCOMPARE(ack->note, QStringLiteral("rebooting on purpose"));
    QVERIFY(ack->untilResolved);
    QCOMPARE(ack->atMs, kStart);
}

void tst_Acknowledgement::acknowledgementsSurviveARestart()
{
    ManualClock clock(kStart);
    const QString path = dbPath("restart.sqlite");
    {
        AckDesk desk(path, clock);
        QVERIFY(desk.ok);
        desk.store.ingest({ackEvent(QStringLiteral("a"), kStart), ackEvent(QStringLiteral("b"), kStart),
                           ackEvent(QStringLiteral("c"), kStart)});
        desk.acks->acknowledge({desk.alertId(QStringLiteral("a"))}, QStringLiteral("han.meimei"),
                               QStringLiteral("known issue"), std::nullopt);
        desk.acks->acknowledge({desk.alertId(QStringLiteral("b"))}, QStringLiteral("li.lei"), {}, 30 * kMinute);
        desk.store.flush();
    }
    clock.advanceMs(10 * kMinute);
    AckDesk desk(path, clock);
    QVERIFY(desk.ok);
    QCOMPARE(desk.store.table().liveCount(), 3u);
    QCOMPARE(desk.matching(QStringLiteral("@acked=true"), clock.nowMs()), fingerprints({"a", "b"}));
    const auto a = desk.acks->acknowledgement(desk.alertId(QStringLiteral("a")));
    QVERIFY(a);
    QCOMPARE(a->actor, QStringLiteral("han.meimei"));
    QCOMPARE(a->note, QStringLiteral("known issue"));
    QVERIFY(a->untilResolved);
    const auto b = desk.acks->acknowledgement(desk.alertId(QStringLiteral("b")));
    QVERIFY(b);
    QVERIFY(!b->untilResolved);
    QCOMPARE(b->untilMs, kStart + 30 * kMinute);
    QVERIFY(desk.acks->isAcknowledged(QStringLiteral("a"), clock.nowMs()));
    QVERIFY(!desk.acks->isAcknowledged(QStringLiteral("c"), clock.nowMs()));

    const QList<TimelineEntry> timeline = desk.timeline(QStringLiteral("a"));
    const auto acked = std::find_if(timeline.begin(), timeline.end(),
                                    [](const TimelineEntry& e) { return e.kind == TimelineEntry::Kind::Acknowledged; });
    QVERIFY(acked != timeline.end());
    QCOMPARE(acked->actor, QStringLiteral("han.meimei"));
    QVERIFY2(acked->detail.contains(QStringLiteral("known issue")), qPrintable(acked->detail));
    QCOMPARE(acked->atMs, kStart);
}

void tst_Acknowledgement::endsOnResolveOnlyWhenUntilResolved_data()
{
    QTest::addColumn<bool>("untilResolved");
    QTest::addColumn<bool>("ackedAfterResolve");
    QTest::addRow("until resolved: ends when the alert resolves") << true << false;
    QTest::addRow("for an hour: outlasts the resolve") << false << true;
}

void tst_Acknowledgement::endsOnResolveOnlyWhenUntilResolved()
{
    QFETCH(bool, untilResolved);
    QFETCH(bool, ackedAfterResolve);
    ManualClock clock(kStart);
    AckDesk desk(dbPath(untilResolved ? "resolve-a.sqlite" : "resolve-b.sqlite"), clock);
    QVERIFY(desk.ok);
    desk.store.ingest({ackEvent(QStringLiteral("a"), kStart), ackEvent(QStringLiteral("b"), kStart)});
    desk.acks->acknowledge({desk.alertId(QStringLiteral("a"))}, QStringLiteral("ops"), {},
                           untilResolved ? std::nullopt : std::optional<qint64>(60 * kMinute));

    // A repeat while still firing changes nothing.
    clock.advanceMs(kMinute);
    desk.store.ingest({ackEvent(QStringLiteral("a"), clock.nowMs())});
    QVERIFY(desk.flags(QStringLiteral("a")) & AlertRow::Acknowledged);

    clock.advanceMs(kMinute);
    desk.store.ingest({ackEvent(QStringLiteral("a"), clock.nowMs(), Status::Resolved)});
    QCOMPARE(bool(desk.flags(QStringLiteral("a")) & AlertRow::Acknowledged), ackedAfterResolve);
    QCOMPARE(desk.matching(QStringLiteral("@acked=true"), clock.nowMs()),
             ackedAfterResolve ? fingerprints({"a"}) : QStringList());
    QCOMPARE(desk.acks->isAcknowledged(QStringLiteral("a"), clock.nowMs()), ackedAfterResolve);

    const QList<TimelineEntry> timeline = desk.timeline(QStringLiteral("a"));
    const bool ended = std::any_of(timeline.begin(), timeline.end(), [](const TimelineEntry& e) {
        return e.kind == TimelineEntry::Kind::Unacknowledged;
    });
    QCOMPARE(ended, !ackedAfterResolve);
}

void tst_Acknowledgement::durationExpiresByTheClock()
{
    ManualClock clock(kStart);
    const QString path = dbPath("expiry.sqlite");
    {
        AckDesk desk(path, clock);
        QVERIFY(desk.ok);
        desk.store.ingest({ackEvent(QStringLiteral("a"), kStart), ackEvent(QStringLiteral("b"), kStart)});
        desk.acks->acknowledge({desk.alertId(QStringLiteral("a"))}, QStringLiteral("ops"), {}, 10 * kMinute);
        desk.acks->acknowledge({desk.alertId(QStringLiteral("b"))}, QStringLiteral("ops"), {}, 20 * kMinute);

        clock.advanceMs(10 * kMinute - 1);
        desk.acks->refresh();
        QCOMPARE(desk.matching(QStringLiteral("@acked=true"), clock.nowMs()), fingerprints({"a", "b"}));

        clock.advanceMs(1);
        // The router's answer is exact to the millisecond, before the timer has run.
        QVERIFY(!desk.acks->isAcknowledged(QStringLiteral("a"), clock.nowMs()));
        QVERIFY(desk.acks->isAcknowledged(QStringLiteral("b"), clock.nowMs()));
        QSignalSpy changed(desk.acks.get(), &AckStore::acknowledgementsChanged);
        desk.acks->refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(desk.matching(QStringLiteral("@acked=true"), clock.nowMs()), fingerprints({"b"}));
        QVERIFY(!desk.acks->acknowledgement(desk.alertId(QStringLiteral("a"))));
        const QList<TimelineEntry> timeline = desk.timeline(QStringLiteral("a"));
        QVERIFY(std::any_of(timeline.begin(), timeline.end(),
                            [](const TimelineEntry& e) { return e.kind == TimelineEntry::Kind::Unacknowledged; }));
        desk.store.flush();
    }
    // b's time runs out while the desk is closed: it is not acknowledged after the restart either.
    clock.advanceMs(15 * kMinute);
    AckDesk desk(path, clock);
    QVERIFY(desk.ok);
    QCOMPARE(desk.matching(QStringLiteral("@acked=true"), clock.nowMs()), QStringList());
    QCOMPARE(desk.acks->acknowledgementCount(), 0);
}

void tst_Acknowledgement::unacknowledgeWritesTheTimeline()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath("unack.sqlite"), clock);
    QVERIFY(desk.ok);
    desk.store.ingest({ackEvent(QStringLiteral("a"), kStart)});
    const qint64 id = desk.alertId(QStringLiteral("a"));
    desk.acks->acknowledge({id}, QStringLiteral("li.lei"), QStringLiteral("looking"), std::nullopt);
    clock.advanceMs(kMinute);
    desk.acks->unacknowledge({id}, QStringLiteral("han.meimei"));
    QVERIFY(!(desk.flags(QStringLiteral("a")) & AlertRow::Acknowledged));
    QVERIFY(!desk.acks->acknowledgement(id));

    const QList<TimelineEntry> timeline = desk.timeline(QStringLiteral("a"));
    QList<TimelineEntry::Kind> kinds;
    for (const TimelineEntry& entry : timeline)
        kinds.append(entry.kind);
    QCOMPARE(kinds,
             (QList<TimelineEntry::Kind>{TimelineEntry::Kind::Fired, TimelineEntry::Kind::Acknowledged,
                                         TimelineEntry::Kind::Unacknowledged}));
    QCOMPARE(timeline.last().actor, QStringLiteral("han.meimei"));
    QCOMPARE(timeline.last().atMs, kStart + kMinute);
}

void tst_Acknowledgement::routerAsksThroughTheSuppressionInterface()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath("router.sqlite"), clock);
    QVERIFY(desk.ok);
    desk.store.ingest({ackEvent(QStringLiteral("a"), kStart), ackEvent(QStringLiteral("b"), kStart)});
    desk.acks->acknowledge({desk.alertId(QStringLiteral("a"))}, QStringLiteral("ops"), {}, 5 * kMinute);
    const AckStoreSuppression suppression(*desk.acks);
    const rules::NotificationSuppression& asked = suppression;
    QVERIFY(asked.isAcknowledged(ackEvent(QStringLiteral("a"), kStart), kStart));
    QVERIFY(!asked.isAcknowledged(ackEvent(QStringLiteral("b"), kStart), kStart));
    QVERIFY(!asked.isAcknowledged(ackEvent(QStringLiteral("a"), kStart), kStart + 5 * kMinute));
    QVERIFY(!asked.isSilenced(ackEvent(QStringLiteral("a"), kStart), kStart));
}

QTEST_GUILESS_MAIN(tst_Acknowledgement)
#include "tst_acknowledgement.moc"
