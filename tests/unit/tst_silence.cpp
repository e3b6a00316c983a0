// Silences (issue 4): matchers in the filter language select exactly what the alert table would show for them;
// new alerts that match get the Silenced flag as they arrive; silences start, expire and can be ended early by
// the clock; they survive a restart on a real SQLite file; the timeline and the router see them.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "store/AckStoreSuppression.h"
#include "store/SilenceDraft.h"
#include "tst_ack_support.h"

using namespace alertdesk;
using namespace alertdesk::test;

namespace {
constexpr qint64 kStart = 1'800'000'000'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
} // namespace

class tst_Silence final : public QObject
{
    Q_OBJECT

private slots:
    void matchersSelectWhatTheFilterSelects_data();
    void matchersSelectWhatTheFilterSelects();
    void badMatchersAreRefusedWithTheirPlace_data();
    void badMatchersAreRefusedWithTheirPlace();
    void newMatchingAlertsAreSilencedAsTheyArrive();
    void silencesStartAndExpireByTheClock();
    void expiringEarlyAndDeleting();
    void silencesSurviveARestart();
    void routerAsksAboutEvents();
    void prefilledMatchersSelectTheSelection_data();
    void prefilledMatchersSelectTheSelection();

private:
    QString dbPath(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }
    QTemporaryDir m_dir;
};

namespace {

void ingestThree(AckDesk& desk)
{
    desk.store.ingest({ackEvent(QStringLiteral("a"), kStart), ackEvent(QStringLiteral("b"), kStart),
                       ackEvent(QStringLiteral("c"), kStart, Status::Firing, QStringLiteral("db"))});
}

} // namespace

void tst_Silence::matchersSelectWhatTheFilterSelects_data()
{
    QTest::addColumn<QString>("matchers");
    QTest::addColumn<QStringList>("silenced");
    QTest::addRow("source") << QStringLiteral("source=cvm.cloud.tencent") << fingerprints({"a", "b", "c"});
    QTest::addRow("subject") << QStringLiteral("subject=ins-b") << fingerprints({"b"});
    QTest::addRow("label") << QStringLiteral("labels.team=db") << fingerprints({"c"});
    QTest::addRow("fingerprints") << QStringLiteral("fingerprint~^(a|c)$") << fingerprints({"a", "c"});
    QTest::addRow("negated") << QStringLiteral("source:cvm -subject=ins-a") << fingerprints({"b", "c"});
    QTest::addRow("nothing") << QStringLiteral("region=eu-frankfurt") << QStringList();
}

void tst_Silence::matchersSelectWhatTheFilterSelects()
{
    QFETCH(QString, matchers);
    QFETCH(QStringList, silenced);
    ManualClock clock(kStart);
    AckDesk desk(dbPath(QString::fromLatin1(QTest::currentDataTag())), clock);
    QVERIFY(desk.ok);
    ingestThree(desk);

    const auto added = desk.acks->addSilence(matchers, QStringLiteral("ops"), {}, kStart, kStart + kHour);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), kStart), silenced);
    QCOMPARE(desk.matching(matchers, kStart), silenced);
    const auto filter = AlertFilter::compile(matchers);
    QCOMPARE(desk.acks->countMatching(*filter), quint32(silenced.size()));
}

void tst_Silence::badMatchersAreRefusedWithTheirPlace_data()
{
    QTest::addColumn<QString>("matchers");
    QTest::addColumn<int>("position");
    QTest::addRow("empty: would silence everything") << QStringLiteral("   ") << 0;
    QTest::addRow("unknown field") << QStringLiteral("source=x colour=red") << 9;
    QTest::addRow("depends on silences") << QStringLiteral("source=x -@silenced=true") << 10;
}

void tst_Silence::badMatchersAreRefusedWithTheirPlace()
{
    QFETCH(QString, matchers);
    QFETCH(int, position);
    ManualClock clock(kStart);
    AckDesk desk(dbPath(QStringLiteral("bad ") + QString::fromLatin1(QTest::currentDataTag())), clock);
    QVERIFY(desk.ok);
    QSignalSpy changed(desk.acks.get(), &AckStore::silencesChanged);
    const auto added = desk.acks->addSilence(matchers, QStringLiteral("ops"), {}, kStart, kStart + kHour);
    QVERIFY(!added);
    QCOMPARE(added.error().position, position);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(desk.acks->silences().size(), 0);
    QCOMPARE(changed.size(), 0);
}

void tst_Silence::newMatchingAlertsAreSilencedAsTheyArrive()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath(QStringLiteral("arrive")), clock);
    QVERIFY(desk.ok);
    ingestThree(desk);
    QVERIFY(desk.acks->addSilence(QStringLiteral("labels.team=db"), QStringLiteral("dba"), QStringLiteral("maint"),
                                  kStart, kStart + kHour));
    QSignalSpy changed(&desk.store, &AlertStore::changed);

    clock.advanceMs(kMinute);
    desk.store.ingest({ackEvent(QStringLiteral("d"), clock.nowMs(), Status::Firing, QStringLiteral("db")),
                       ackEvent(QStringLiteral("e"), clock.nowMs())});
    QTRY_VERIFY(desk.flags(QStringLiteral("d")) & AlertRow::Silenced);
    QVERIFY(!(desk.flags(QStringLiteral("e")) & AlertRow::Silenced));
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), fingerprints({"c", "d"}));
    // The batch, then the flags it set: a view that filters on @silenced hears of both, in that order.
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.first().first().value<StoreChange>().newRows, 2u);
    QCOMPARE(changed.last().first().value<StoreChange>().updatedRows,
             QList<quint32>{*desk.store.table().find(QStringLiteral("d"))});

    // An alert whose fields change so the silence no longer matches loses the flag.
    desk.store.ingest({ackEvent(QStringLiteral("c"), clock.nowMs() + 1, Status::Firing, QStringLiteral("ops"))});
    QTRY_COMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), fingerprints({"d"}));

    const QList<TimelineEntry> timeline = desk.timeline(QStringLiteral("d"));
    const auto silenced = std::find_if(timeline.begin(), timeline.end(),
                                       [](const TimelineEntry& e) { return e.kind == TimelineEntry::Kind::Silenced; });
    QVERIFY(silenced != timeline.end());
    QCOMPARE(silenced->actor, QStringLiteral("dba"));
    QVERIFY2(silenced->detail.contains(QStringLiteral("labels.team=db")), qPrintable(silenced->detail));
}

void tst_Silence::silencesStartAndExpireByTheClock()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath(QStringLiteral("clock")), clock);
    QVERIFY(desk.ok);
    ingestThree(desk);
    // One from now for an hour, one starting in 30 minutes for an hour.
    QVERIFY(desk.acks->addSilence(QStringLiteral("subject=ins-a"), QStringLiteral("ops"), {}, kStart, kStart + kHour));
    const auto later = desk.acks->addSilence(QStringLiteral("subject=ins-b"), QStringLiteral("ops"), {},
                                             kStart + 30 * kMinute, kStart + 90 * kMinute);
    QVERIFY(later);
    QCOMPARE(later->state(clock.nowMs()), Silence::State::Pending);
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), fingerprints({"a"}));

    clock.setNowMs(kStart + 30 * kMinute);
    desk.acks->refresh();
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), fingerprints({"a", "b"}));

    clock.setNowMs(kStart + kHour);
    QSignalSpy changed(desk.acks.get(), &AckStore::silencesChanged);
    desk.acks->refresh();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), fingerprints({"b"}));
    desk.acks->refresh(); // nothing more is due
    QCOMPARE(changed.size(), 1);

    clock.setNowMs(kStart + 90 * kMinute);
    desk.acks->refresh();
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), QStringList());
    QCOMPARE(desk.acks->silences().size(), 2); // expired ones stay listed
    QCOMPARE(desk.acks->silences().at(0).state(clock.nowMs()), Silence::State::Expired);

    const QList<TimelineEntry> timeline = desk.timeline(QStringLiteral("a"));
    QVERIFY(std::any_of(timeline.begin(), timeline.end(),
                        [](const TimelineEntry& e) { return e.kind == TimelineEntry::Kind::Unsilenced; }));
}

void tst_Silence::expiringEarlyAndDeleting()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath(QStringLiteral("early")), clock);
    QVERIFY(desk.ok);
    ingestThree(desk);
    const auto a =
        desk.acks->addSilence(QStringLiteral("subject=ins-a"), QStringLiteral("ops"), {}, kStart, kStart + kHour);
    const auto b =
        desk.acks->addSilence(QStringLiteral("subject=ins-b"), QStringLiteral("ops"), {}, kStart, kStart + kHour);
    QVERIFY(a && b);
    clock.advanceMs(kMinute);
    desk.acks->expireSilence(a->uid);
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), fingerprints({"b"}));
    QCOMPARE(desk.acks->silence(a->uid)->endsMs, kStart + kMinute);
    desk.acks->deleteSilence(b->uid);
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), QStringList());
    QCOMPARE(desk.acks->silences().size(), 1);
}

void tst_Silence::silencesSurviveARestart()
{
    ManualClock clock(kStart);
    const QString path = dbPath(QStringLiteral("restart"));
    QString expiredUid;
    {
        AckDesk desk(path, clock);
        QVERIFY(desk.ok);
        ingestThree(desk);
        QVERIFY(desk.acks->addSilence(QStringLiteral("labels.team=db"), QStringLiteral("dba"),
                                      QStringLiteral("upgrade"), kStart, kStart + 2 * kHour));
        const auto gone =
            desk.acks->addSilence(QStringLiteral("subject=ins-a"), QStringLiteral("ops"), {}, kStart, kStart + kHour);
        const auto expired =
            desk.acks->addSilence(QStringLiteral("subject=ins-b"), QStringLiteral("ops"), {}, kStart, kStart + kHour);
        QVERIFY(gone && expired);
        desk.acks->deleteSilence(gone->uid);
        clock.advanceMs(kMinute);
        desk.acks->expireSilence(expired->uid);
        expiredUid = expired->uid;
        desk.store.flush();
    }
    clock.advanceMs(kMinute);
    AckDesk desk(path, clock);
    QVERIFY(desk.ok);
    QCOMPARE(desk.acks->silences().size(), 2);
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), clock.nowMs()), fingerprints({"c"}));
    const Silence active =
        desk.acks->silences().at(0).uid == expiredUid ? desk.acks->silences().at(1) : desk.acks->silences().at(0);
    QCOMPARE(active.matchers, QStringLiteral("labels.team=db"));
    QCOMPARE(active.actor, QStringLiteral("dba"));
    QCOMPARE(active.note, QStringLiteral("upgrade"));
    QCOMPARE(active.endsMs, kStart + 2 * kHour);
    QCOMPARE(desk.acks->silence(expiredUid)->state(clock.nowMs()), Silence::State::Expired);
    // The row's silence is known again (the table's tooltip names it).
    const auto by = desk.acks->silenceOf(*desk.store.table().find(QStringLiteral("c")));
    QVERIFY(by);
    QCOMPARE(by->uid, active.uid);
}

void tst_Silence::routerAsksAboutEvents()
{
    ManualClock clock(kStart);
    AckDesk desk(dbPath(QStringLiteral("router")), clock);
    QVERIFY(desk.ok);
    QVERIFY(desk.acks->addSilence(QStringLiteral("labels.team=db severity>=major"), QStringLiteral("dba"), {}, kStart,
                                  kStart + kHour));
    const AckStoreSuppression suppression(*desk.acks);
    // Events whose alerts the store has not seen yet: the router may ask first.
    const Event db = ackEvent(QStringLiteral("x"), kStart, Status::Firing, QStringLiteral("db"));
    const Event ops = ackEvent(QStringLiteral("y"), kStart);
    const Event dbResolved = ackEvent(QStringLiteral("x"), kStart, Status::Resolved, QStringLiteral("db"));
    QVERIFY(suppression.isSilenced(db, kStart));
    QVERIFY(!suppression.isSilenced(ops, kStart));
    QVERIFY(!suppression.isSilenced(dbResolved, kStart)); // resolved events are info here
    QVERIFY(!suppression.isSilenced(db, kStart + kHour));
    QVERIFY(!suppression.isSilenced(db, kStart - 1));
}

void tst_Silence::prefilledMatchersSelectTheSelection_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QString>("matchers");
    QTest::addColumn<QStringList>("silenced");
    // a and a2 share source, type and subject (the same problem on the same instance, another fingerprint).
    QTest::addRow("one alert: source, type, subject")
        << fingerprints({"a"})
        << QStringLiteral("source=cvm.cloud.tencent type=cvm:ErrorEvent:GuestReboot subject=ins-a")
        << fingerprints({"a", "a2"});
    QTest::addRow("no subject: its fingerprint")
        << fingerprints({"nosubject"})
        << QStringLiteral("source=cvm.cloud.tencent type=cvm:ErrorEvent:GuestReboot fingerprint=nosubject")
        << fingerprints({"nosubject"});
    QTest::addRow("a subject with spaces and quotes is quoted")
        << fingerprints({"spaced"})
        << QStringLiteral("source=cvm.cloud.tencent type=cvm:ErrorEvent:GuestReboot subject=\"db \\\"main\\\" 1\"")
        << fingerprints({"spaced"});
    QTest::addRow("several: what they share and their fingerprints")
        << fingerprints({"b", "c"})
        << QStringLiteral("source=cvm.cloud.tencent type=cvm:ErrorEvent:GuestReboot fingerprint~\"^(b|c)$\"")
        << fingerprints({"b", "c"});
}

void tst_Silence::prefilledMatchersSelectTheSelection()
{
    QFETCH(QStringList, selected);
    QFETCH(QString, matchers);
    QFETCH(QStringList, silenced);
    ManualClock clock(kStart);
    AckDesk desk(dbPath(QStringLiteral("draft ") + QString::fromLatin1(QTest::currentDataTag())), clock);
    QVERIFY(desk.ok);
    ingestThree(desk);
    Event twin = ackEvent(QStringLiteral("a2"), kStart);
    twin.subject = QStringLiteral("ins-a");
    Event noSubject = ackEvent(QStringLiteral("nosubject"), kStart);
    noSubject.subject.clear();
    Event spaced = ackEvent(QStringLiteral("spaced"), kStart);
    spaced.subject = QStringLiteral("db \"main\" 1");
    desk.store.ingest({twin, noSubject, spaced});

    QList<quint32> rows;
    for (const QString& fingerprint : selected)
        rows.append(*desk.store.table().find(fingerprint));
    const QString drafted = silenceMatchersFor(desk.store.table(), rows);
    QCOMPARE(drafted, matchers);
    const auto added = desk.acks->addSilence(drafted, QStringLiteral("ops"), {}, kStart, kStart + kHour);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(desk.matching(QStringLiteral("@silenced=true"), kStart), silenced);
}

QTEST_GUILESS_MAIN(tst_Silence)
#include "tst_silence.moc"
