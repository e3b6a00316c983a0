// The alert store: folding events into alerts, persistence across restarts, retention caps, schema migrations,
// and a crash in the middle of writing losing nothing that was committed.
#include <csignal>

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "event/Event.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "store/Schema.h"
#include "store/Sqlite.h"

using namespace alertdesk;

namespace {

Event makeEvent(const QString& fingerprint, qint64 timeMs, Status status = Status::Firing,
                const QString& title = QStringLiteral("Disk full"))
{
    static qint64 serial = 0;
    Event event;
    event.id = QStringLiteral("ev-%1").arg(++serial);
    event.source = QStringLiteral("cvm.cloud.tencent");
    event.type = QStringLiteral("cvm:ErrorEvent:GuestReboot");
    event.subject = QStringLiteral("ins-") + fingerprint;
    event.region = QStringLiteral("ap-guangzhou");
    event.timeMs = timeMs;
    event.severity = status == Status::Resolved ? Severity::Info : Severity::Critical;
    event.status = status;
    event.title = title;
    event.summary = QStringLiteral("机器重启 %1").arg(fingerprint);
    event.labels = {{QStringLiteral("instance"), fingerprint}, {QStringLiteral("team"), QStringLiteral("ops")}};
    event.fingerprint = fingerprint;
    event.origin = QStringLiteral("demo");
    event.payload = QByteArray("{\"specversion\":\"1.0\",\"id\":\"") + event.id.toUtf8() +
                    QByteArray("\",\"data\":{\"n\":1}}");
    event.dataOffset = event.payload.indexOf("{\"n\"");
    event.dataLength = 7;
    return event;
}

// Opens a store on `path` and waits until its history is loaded.
std::unique_ptr<AlertStore> openStore(const QString& path, RetentionLimits limits = {})
{
    auto store = std::make_unique<AlertStore>(path, limits);
    QSignalSpy opened(store.get(), &AlertStore::opened);
    store->open();
    if (!opened.wait(10000))
        return nullptr;
    return store;
}

qint64 queryInt(const QString& path, const char* sql)
{
    auto db = sqlite::Database::open(path);
    return db ? (*db)->queryInt(sql, -1) : -1;
}

// Writer mode for the crash test: ingests batches forever and prints the last committed event row after each
// commit, until the parent kills it.
int runWriter(const QString& path)
{
    auto store = std::make_unique<AlertStore>(path, RetentionLimits{});
    QObject::connect(store.get(), &AlertStore::committed, [](qint64, qint64 lastRow) {
        std::printf("%lld\n", static_cast<long long>(lastRow));
        std::fflush(stdout);
    });
    QTimer feeder;
    qint64 n = 0;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        QList<Event> batch;
        for (int i = 0; i < 2000; ++i, ++n)
            batch.append(makeEvent(QString::number(n % 5000), 1'700'000'000'000 + n));
        store->ingest(batch);
    });
    QObject::connect(store.get(), &AlertStore::opened, &feeder, [&feeder] { feeder.start(1); });
    store->open();
    return QCoreApplication::exec();
}

} // namespace

class tst_AlertStore final : public QObject
{
    Q_OBJECT

private slots:
    void eventsWithOneFingerprintFoldIntoOneAlert();
    void olderEventArrivingLateOnlyCounts();
    void alertsSurviveARestart();
    void detailHasOriginalJsonAndTimeline();
    void perAlertEventCapKeepsTheNewest();
    void sizeCapRemovesOldResolvedAlertsFirst();
    void migratesFromVersionOne();
    void refusesANewerSchema();
    void crashDuringWritesLosesNothingCommitted();

private:
    QTemporaryDir m_dir;
    QString dbPath(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
};

void tst_AlertStore::eventsWithOneFingerprintFoldIntoOneAlert()
{
    auto store = openStore(dbPath("fold.sqlite"));
    QVERIFY(store);
    QSignalSpy changed(store.get(), &AlertStore::changed);
    store->ingest({makeEvent(QStringLiteral("a"), 1000), makeEvent(QStringLiteral("b"), 1500)});
    store->ingest({makeEvent(QStringLiteral("a"), 2000), makeEvent(QStringLiteral("a"), 3000, Status::Resolved)});

    const AlertTable& table = store->table();
    QCOMPARE(table.liveCount(), 2u);
    const auto a = table.find(QStringLiteral("a"));
    QVERIFY(a);
    const AlertRow& row = table.row(*a);
    QCOMPARE(row.count, 3u);
    QCOMPARE(row.firstSeenMs, 1000);
    QCOMPARE(row.lastSeenMs, 3000);
    QCOMPARE(row.status, Status::Resolved);
    QCOMPARE(row.severity, Severity::Info);
    QCOMPARE(row.fieldText(RowField::Subject), QStringLiteral("ins-a"));
    QCOMPARE(table.pool().text(row.region), QStringLiteral("ap-guangzhou"));

    QCOMPARE(changed.size(), 2);
    const auto second = changed.at(1).at(0).value<StoreChange>();
    QCOMPARE(second.newRows, 0u);
    QCOMPARE(second.updatedRows, QList<quint32>{*a});
}

void tst_AlertStore::olderEventArrivingLateOnlyCounts()
{
    auto store = openStore(dbPath("late.sqlite"));
    QVERIFY(store);
    store->ingest({makeEvent(QStringLiteral("x"), 5000, Status::Resolved, QStringLiteral("newest"))});
    store->ingest({makeEvent(QStringLiteral("x"), 4000, Status::Firing, QStringLiteral("older"))});
    const AlertRow& row = store->table().row(*store->table().find(QStringLiteral("x")));
    QCOMPARE(row.count, 2u);
    QCOMPARE(row.status, Status::Resolved);
    QCOMPARE(row.fieldText(RowField::Title), QStringLiteral("newest"));
    QCOMPARE(row.firstSeenMs, 4000);
    QCOMPARE(row.lastSeenMs, 5000);
}

void tst_AlertStore::alertsSurviveARestart()
{
    const QString path = dbPath("restart.sqlite");
    {
        auto store = openStore(path);
        QVERIFY(store);
        QList<Event> batch;
        for (int i = 0; i < 1000; ++i)
            batch.append(makeEvent(QString::number(i % 300), 10'000 + i));
        store->ingest(batch);
    }   // the destructor commits what was ingested
    auto store = openStore(path);
    QVERIFY(store);
    const AlertTable& table = store->table();
    QCOMPARE(table.liveCount(), 300u);
    const AlertRow& row = table.row(*table.find(QStringLiteral("7")));
    QCOMPARE(row.count, 4u);   // 7, 307, 607, 907
    QCOMPARE(row.lastSeenMs, 10'907);
    QCOMPARE(row.firstSeenMs, 10'007);
    QCOMPARE(row.fieldText(RowField::Summary), QStringLiteral("机器重启 7"));
    QByteArrayView team;
    QVERIFY(row.label("team", &team));
    QCOMPARE(team, QByteArrayView("ops"));

    // New events keep folding into the restored alerts, with fresh ids.
    store->ingest({makeEvent(QStringLiteral("7"), 20'000), makeEvent(QStringLiteral("new"), 20'001)});
    QCOMPARE(table.row(*table.find(QStringLiteral("7"))).count, 5u);
    QCOMPARE(table.liveCount(), 301u);
    QVERIFY(table.row(*table.find(QStringLiteral("new"))).alertId > row.alertId);
}

void tst_AlertStore::detailHasOriginalJsonAndTimeline()
{
    auto store = openStore(dbPath("detail.sqlite"));
    QVERIFY(store);
    store->ingest({makeEvent(QStringLiteral("d"), 1000), makeEvent(QStringLiteral("d"), 2000),
                   makeEvent(QStringLiteral("d"), 3000, Status::Resolved), makeEvent(QStringLiteral("d"), 4000)});
    const AlertRow& row = store->table().row(*store->table().find(QStringLiteral("d")));
    QSignalSpy loaded(store.get(), &AlertStore::detailLoaded);
    store->requestDetail(row.alertId);
    QVERIFY(loaded.wait());
    const auto detail = loaded.at(0).at(0).value<AlertDetail>();
    QCOMPARE(detail.alertId, row.alertId);
    QVERIFY(detail.payload.startsWith("{\"specversion\":\"1.0\",\"id\":\""));
    QVERIFY(detail.payload.contains(row.fieldText(RowField::Id).toUtf8()));
    using K = TimelineEntry::Kind;
    QList<K> kinds;
    for (const TimelineEntry& entry : detail.timeline)
        kinds.append(entry.kind);
    QCOMPARE(kinds, (QList<K>{K::Fired, K::Repeated, K::Resolved, K::Refired}));
    QCOMPARE(detail.timeline.at(2).atMs, 3000);
}

void tst_AlertStore::perAlertEventCapKeepsTheNewest()
{
    const QString path = dbPath("cap.sqlite");
    RetentionLimits limits;
    limits.maxEventsPerAlert = 5;
    {
        auto store = openStore(path, limits);
        QVERIFY(store);
        for (int i = 0; i < 12; ++i)
            store->ingest({makeEvent(QStringLiteral("c"), 1000 + i)});
        store->flush();
        const AlertRow& row = store->table().row(*store->table().find(QStringLiteral("c")));
        QCOMPARE(row.count, 12u);
        QSignalSpy loaded(store.get(), &AlertStore::detailLoaded);
        store->requestDetail(row.alertId);
        QVERIFY(loaded.wait());
        const auto detail = loaded.at(0).at(0).value<AlertDetail>();
        QCOMPARE(detail.timeline.size(), 5);
        QCOMPARE(detail.timeline.first().atMs, 1007);
        QCOMPARE(detail.eventsNotKept, 7);
        QCOMPARE(store->retention().eventsRemoved, 7);
    }
    QCOMPARE(queryInt(path, "SELECT count(*) FROM events"), 5);
    QCOMPARE(queryInt(path, "SELECT removed FROM retention WHERE what = 'events'"), 7);
}

void tst_AlertStore::sizeCapRemovesOldResolvedAlertsFirst()
{
    const QString path = dbPath("size.sqlite");
    {
        auto store = openStore(path);
        QVERIFY(store);
        QList<Event> batch;
        for (int i = 0; i < 4000; ++i) {
            Event event = makeEvent(QStringLiteral("s%1").arg(i), 1000 + i, i < 2000 ? Status::Resolved : Status::Firing);
            event.payload += QByteArray(400, ' ');   // a realistic event size
            batch.append(event);
        }
        store->ingest(batch);
    }
    const qint64 fullSize = queryInt(path, "SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM pragma_page_size())");
    QVERIFY(fullSize > 1'500'000);

    RetentionLimits limits;
    limits.maxBytes = fullSize * 7 / 10;   // reachable by removing resolved alerts only
    auto store = openStore(path, limits);
    QVERIFY(store);
    QSignalSpy changed(store.get(), &AlertStore::changed);
    QTRY_VERIFY(!changed.isEmpty());
    const auto removal = changed.at(0).at(0).value<StoreChange>();
    QVERIFY(removal.removedRows.size() > 500);
    const AlertTable& table = store->table();
    QCOMPARE(table.liveCount(), 4000u - quint32(removal.removedRows.size()));
    for (const quint32 index : removal.removedRows) {
        QVERIFY(table.row(index).isRemoved());
        QCOMPARE(table.row(index).status, Status::Resolved);   // firing alerts stay
    }
    QVERIFY(!table.find(QStringLiteral("s0")));    // the oldest resolved one went first
    QVERIFY(table.find(QStringLiteral("s3999")));
    QCOMPARE(store->retention().alertsRemoved, qint64(removal.removedRows.size()));
    // A removed alert that fires again is a new alert.
    store->ingest({makeEvent(QStringLiteral("s0"), 99'000)});
    QVERIFY(table.find(QStringLiteral("s0")));
    QCOMPARE(table.row(*table.find(QStringLiteral("s0"))).count, 1u);
}

void tst_AlertStore::migratesFromVersionOne()
{
    const QString path = dbPath("v1.sqlite");
    {
        auto db = sqlite::Database::open(path);
        QVERIFY(db);
        QVERIFY(schema::migrate(**db, 1));
        QCOMPARE(schema::version(**db), 1);
        // A history as version 1 wrote it: no origin, no stored_events.
        QVERIFY((*db)->exec(R"sql(
            INSERT INTO alerts VALUES(7, 'fp-old', 'alertmanager', 'alertmanager.alert', 'db1', '', 3, 0,
                'DiskFull', 'Disk 95%', '{"alertname":"DiskFull","severity":"major"}', 'fp-old:firing:x',
                1000, 2000, 2, 12);
            INSERT INTO events VALUES(11, 7, 'e1', 1000, 3, 0, 1, '{"labels":{}}', 0, 13);
            INSERT INTO events VALUES(12, 7, 'e2', 2000, 3, 0, 1, '{"labels":{}}', 0, 13);
        )sql"));
    }
    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(queryInt(path, "PRAGMA user_version"), schema::currentVersion);
    const AlertTable& table = store->table();
    QCOMPARE(table.liveCount(), 1u);
    const AlertRow& row = table.row(*table.find(QStringLiteral("fp-old")));
    QCOMPARE(row.alertId, 7);
    QCOMPARE(row.severity, Severity::Major);
    QCOMPARE(row.count, 2u);
    QCOMPARE(row.storedEvents, quint16(2));   // computed by the migration
    QByteArrayView alertname;
    QVERIFY(row.label("alertname", &alertname));
    QCOMPARE(alertname, QByteArrayView("DiskFull"));
    // New ids continue after the old ones.
    store->ingest({makeEvent(QStringLiteral("fp-new"), 3000)});
    store->flush();
    QCOMPARE(table.row(*table.find(QStringLiteral("fp-new"))).alertId, 8);
    QCOMPARE(queryInt(path, "SELECT max(id) FROM events"), 13);
}

void tst_AlertStore::refusesANewerSchema()
{
    const QString path = dbPath("future.sqlite");
    {
        auto db = sqlite::Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->exec("PRAGMA user_version = 99"));
    }
    AlertStore store(path, {});
    QSignalSpy failed(&store, &AlertStore::openFailed);
    store.open();
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("newer AlertDesk")), qPrintable(message));
    QVERIFY(message.contains(path));
    QCOMPARE(queryInt(path, "PRAGMA user_version"), 99);   // untouched
}

void tst_AlertStore::crashDuringWritesLosesNothingCommitted()
{
    const QString path = dbPath("crash.sqlite");
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALERTDESK_STORE_WRITER"), path);
    writer.setProcessEnvironment(env);
    writer.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(writer.waitForStarted());
    qint64 lastCommitted = 0;
    // Kill it in the middle of its writing, well after several transactions went in.
    while (lastCommitted < 40'000) {
        QVERIFY2(writer.waitForReadyRead(20000), "the writer stopped committing");
        while (writer.canReadLine())
            lastCommitted = writer.readLine().trimmed().toLongLong();
    }
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    QCOMPARE(queryInt(path, "SELECT count(*) FROM events WHERE id <= 0") + 0, 0);
    const QString committedSql =
        QStringLiteral("SELECT count(*) FROM events WHERE id <= %1").arg(lastCommitted);
    QCOMPARE(queryInt(path, committedSql.toUtf8().constData()), lastCommitted);
    auto store = openStore(path);
    QVERIFY(store);
    quint64 folded = 0;
    for (quint32 i = 0; i < store->table().size(); ++i)
        folded += store->table().row(i).count;
    QVERIFY(folded >= quint64(lastCommitted));
    auto db = sqlite::Database::open(path);
    QVERIFY(db);
    auto check = (*db)->prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("ALERTDESK_STORE_WRITER"); !path.isEmpty())
        return runWriter(path);
    tst_AlertStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_alertstore.moc"
