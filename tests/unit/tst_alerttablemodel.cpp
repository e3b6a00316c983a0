// The alert table's model over a real AlertStore (a temporary SQLite file): QAbstractItemModelTester watches it
// through batches of new and folded events, sort and filter changes, clearing, and retention removals; the
// operator's selection (a persistent index) stays on its alert across inserts above it and re-sorts; the counts
// beside the filter are right; severity is announced in words and resolved alerts are dimmed.
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QPalette>
#include <QPersistentModelIndex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "common/Clock.h"
#include "event/Event.h"
#include "store/AlertFilter.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/alerts/AlertColumns.h"
#include "ui/alerts/AlertTableModel.h"

using namespace alertdesk;
using alertdesk::ui::AlertColumn;
using alertdesk::ui::AlertTableModel;

namespace {

constexpr qint64 kNowMs = 1'800'000'000'000;

struct Spec
{
    QString fingerprint;
    qint64 agoMs = 0;
    Severity severity = Severity::Critical;
    Status status = Status::Firing;
    QString title = QStringLiteral("Disk full");
    int padding = 0;   // bytes added to the payload, to grow the history for the size cap
};

Event makeEvent(const Spec& spec)
{
    static qint64 serial = 0;
    Event event;
    event.id = QStringLiteral("ev-%1").arg(++serial);
    event.source = QStringLiteral("cvm.cloud.tencent");
    event.type = QStringLiteral("cvm:ErrorEvent:GuestReboot");
    event.subject = QStringLiteral("ins-") + spec.fingerprint;
    event.region = QStringLiteral("ap-guangzhou");
    event.timeMs = kNowMs - spec.agoMs;
    event.severity = spec.severity;
    event.status = spec.status;
    event.title = spec.title;
    event.summary = QStringLiteral("机器重启 %1").arg(spec.fingerprint);
    event.labels = {{QStringLiteral("team"), QStringLiteral("ops")}};
    event.fingerprint = spec.fingerprint;
    event.origin = QStringLiteral("demo");
    event.payload = QByteArray("{\"specversion\":\"1.0\",\"id\":\"") + event.id.toUtf8() + QByteArray("\",\"pad\":\"") +
                    QByteArray(spec.padding, 'x') + QByteArray("\",\"data\":{\"n\":1}}");
    event.dataOffset = event.payload.indexOf("{\"n\"");
    event.dataLength = 7;
    return event;
}

Event makeEvent(const QString& fingerprint, qint64 agoMs, Severity severity = Severity::Critical,
                Status status = Status::Firing)
{
    return makeEvent(Spec{fingerprint, agoMs, severity, status});
}

// The model, the store under it and the tester watching every signal, on a fresh database.
struct Fixture
{
    explicit Fixture(const QString& path, RetentionLimits limits = {})
        : store(path, limits), model(store, clock), tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        QSignalSpy opened(&store, &AlertStore::opened);
        store.open();
        ok = opened.wait(10000);
    }

    QList<qint64> shownAlertIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(AlertTableModel::AlertIdRole).toLongLong());
        return ids;
    }

    // The live alerts a filter should show, asked row by row of the table (not through the view).
    QSet<qint64> expectedAlertIds(const AlertFilter& filter) const
    {
        QSet<qint64> ids;
        const AlertTable& table = store.table();
        for (quint32 row = 0; row < table.size(); ++row) {
            if (filter.matches(table, row, clock.nowMs()))
                ids.insert(table.row(row).alertId);
        }
        return ids;
    }

    qint64 alertIdOf(const QString& fingerprint) const
    {
        const auto row = store.table().find(fingerprint);
        return row ? store.table().row(*row).alertId : -1;
    }

    ManualClock clock{kNowMs};
    AlertStore store;
    AlertTableModel model;
    QAbstractItemModelTester tester;
    bool ok = false;
};

QSet<qint64> asSet(const QList<qint64>& ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

AlertFilter compiled(const char* text)
{
    return *AlertFilter::compile(QString::fromLatin1(text));
}

} // namespace

class TstAlertTableModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StoreChange>();
    }

    // Inserts, folds, sorts, filters, clearing: the tester checks every signal; the rows shown are the right
    // alerts in the right number after each step.
    void testerFollowsBatchesSortsAndFilters()
    {
        Fixture f(dbPath("batches.sqlite"));
        QVERIFY(f.ok);
        QSignalSpy counts(&f.model, &AlertTableModel::countsChanged);
        const Severity severities[] = {Severity::Critical, Severity::Major, Severity::Warning, Severity::Info,
                                       Severity::Unknown};
        int n = 0;
        for (int batch = 0; batch < 8; ++batch) {
            QList<Event> events;
            for (int i = 0; i < 40; ++i, ++n)
                events.append(makeEvent(QStringLiteral("a%1").arg(n), qint64(n % 17) * 60'000, severities[n % 5],
                                        n % 3 == 0 ? Status::Resolved : Status::Firing));
            for (int i = 0; i < n / 4; i += 7)   // earlier alerts fire again: updates, not rows
                events.append(makeEvent(QStringLiteral("a%1").arg(i), 1000, Severity::Major));
            f.store.ingest(events);
            QCOMPARE(counts.constLast().at(1).toInt(), n);
            QCOMPARE(counts.constLast().at(0).toInt(), f.model.rowCount());
            if (batch <= 5)   // not filtered yet
                QCOMPARE(f.model.rowCount(), n);
            if (batch == 3)
                f.model.sort(int(AlertColumn::Severity), Qt::DescendingOrder);
            if (batch == 5)
                f.model.setFilter(compiled("severity>=major -status=resolved"));
            if (batch == 7)
                f.model.sort(int(AlertColumn::Title), Qt::AscendingOrder);
        }
        const AlertFilter filter = compiled("severity>=major -status=resolved");
        const QSet<qint64> expected = f.expectedAlertIds(filter);
        QVERIFY(expected.size() > 20 && expected.size() < n);
        QCOMPARE(asSet(f.shownAlertIds()), expected);
        QCOMPARE(f.model.rowCount(), expected.size());
        QCOMPARE(counts.constLast(), (QVariantList{int(expected.size()), n}));

        // Every sort column and both orders, with the filter on.
        for (int column = 0; column < ui::alertColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                f.model.sort(column, order);
                QCOMPARE(asSet(f.shownAlertIds()), expected);
            }
        }
        f.model.sort(int(AlertColumn::Severity), Qt::DescendingOrder);
        for (int row = 1; row < f.model.rowCount(); ++row) {
            QVERIFY(f.model.index(row - 1, 0).data(AlertTableModel::SeverityRole).toInt() >=
                    f.model.index(row, 0).data(AlertTableModel::SeverityRole).toInt());
        }

        // A narrower filter, a filter matching nothing, then clearing.
        f.model.setFilter(compiled("severity=critical"));
        QCOMPARE(asSet(f.shownAlertIds()), f.expectedAlertIds(compiled("severity=critical")));
        f.model.setFilter(compiled("nothing-matches-this"));
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(counts.constLast(), (QVariantList{0, n}));
        f.model.setFilter(AlertFilter());
        QCOMPARE(f.model.rowCount(), n);
        QCOMPARE(counts.constLast(), (QVariantList{n, n}));

        // Live batches while filtered: matching new alerts appear, others only count.
        f.model.setFilter(compiled("severity=critical"));
        const int before = f.model.rowCount();
        f.store.ingest({makeEvent(QStringLiteral("late-crit"), 0, Severity::Critical),
                        makeEvent(QStringLiteral("late-info"), 0, Severity::Info)});
        QCOMPARE(f.model.rowCount(), before + 1);
        QCOMPARE(counts.constLast(), (QVariantList{before + 1, n + 2}));
    }

    // Retention (a tiny size cap) removes alerts while the model shows them: rows go, the tester is content, the
    // counts drop.
    void retentionRemovalsLeaveTheModelConsistent()
    {
        RetentionLimits limits;
        limits.maxBytes = 96 * 1024;
        Fixture f(dbPath("retention.sqlite"), limits);
        QVERIFY(f.ok);
        QSignalSpy changed(&f.store, &AlertStore::changed);
        QSignalSpy counts(&f.model, &AlertTableModel::countsChanged);
        f.model.setFilter(compiled("status=firing"));
        int ingested = 0;
        const auto ingestBatch = [&f, &ingested] {
            QList<Event> events;
            for (int i = 0; i < 50; ++i, ++ingested) {
                Spec spec{QStringLiteral("r%1").arg(ingested), qint64(4000 - ingested) * 1000, Severity::Major,
                          ingested % 2 ? Status::Firing : Status::Resolved};
                spec.padding = 1500;
                events.append(makeEvent(spec));
            }
            f.store.ingest(events);
        };
        // The cap is checked after a commit at most every couple of seconds: keep a trickle of batches coming.
        QTimer feeder;
        QObject::connect(&feeder, &QTimer::timeout, &f.store, ingestBatch);
        feeder.start(200);
        QTRY_VERIFY_WITH_TIMEOUT(f.store.retention().alertsRemoved > 0, 15000);
        feeder.stop();
        f.store.flush();
        QCoreApplication::processEvents();
        QTRY_VERIFY(f.store.table().liveCount() < quint32(ingested));
        bool sawRemoval = false;
        for (const QVariantList& args : changed)
            sawRemoval = sawRemoval || !args.at(0).value<StoreChange>().removedRows.isEmpty();
        QVERIFY(sawRemoval);
        const QSet<qint64> expected = f.expectedAlertIds(compiled("status=firing"));
        QCOMPARE(asSet(f.shownAlertIds()), expected);
        QCOMPARE(counts.constLast(), (QVariantList{int(expected.size()), int(f.store.table().liveCount())}));
        // Clearing the filter shows exactly the alerts retention kept.
        f.model.setFilter(AlertFilter());
        QCOMPARE(f.model.rowCount(), int(f.store.table().liveCount()));
    }

    // The operator's alert (a persistent index, as the selection holds) follows it when newer alerts are inserted
    // above it, when it folds another event, and across re-sorts; filtered out, the index becomes invalid.
    void persistentIndexFollowsItsAlert()
    {
        Fixture f(dbPath("persistent.sqlite"));
        QVERIFY(f.ok);
        QList<Event> events;
        for (int i = 0; i < 30; ++i)
            events.append(makeEvent(QStringLiteral("p%1").arg(i), qint64(100 - i) * 60'000,
                                    i % 2 ? Severity::Warning : Severity::Critical));
        f.store.ingest(events);
        // Sorted by age, youngest first: p29 on top, p0 at the bottom.
        const qint64 picked = f.alertIdOf(QStringLiteral("p10"));
        const int pickedRow = f.model.rowOfAlert(picked);
        QCOMPARE(pickedRow, 19);
        const QPersistentModelIndex selected(f.model.index(pickedRow, 3));

        f.store.ingest({makeEvent(QStringLiteral("new1"), 0), makeEvent(QStringLiteral("new2"), 0),
                        makeEvent(QStringLiteral("new3"), 0)});
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), pickedRow + 3);
        QCOMPARE(selected.column(), 3);
        QCOMPARE(selected.data(AlertTableModel::AlertIdRole).toLongLong(), picked);

        f.store.ingest({makeEvent(QStringLiteral("p10"), 0, Severity::Critical)});   // folds: same alert, count 2
        QCOMPARE(selected.data(AlertTableModel::AlertIdRole).toLongLong(), picked);
        QCOMPARE(f.model.index(selected.row(), int(AlertColumn::Count)).data().toString(), QStringLiteral("2"));

        for (int column = 0; column < ui::alertColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                f.model.sort(column, order);
                QVERIFY(selected.isValid());
                QCOMPARE(selected.row(), f.model.rowOfAlert(picked));
                QCOMPARE(selected.data(AlertTableModel::AlertIdRole).toLongLong(), picked);
            }
        }
        f.model.setFilter(compiled("severity=warning"));   // p10 is critical
        QVERIFY(!selected.isValid());
    }

    // Qt's contract: at layoutAboutToBeChanged the model still shows the old rows, so that a view can note what
    // is where (AlertTableView remembers the alert in its first visible row to keep the operator's place).
    void layoutAboutToBeChangedStillShowsTheOldRows()
    {
        Fixture f(dbPath("before-layout.sqlite"));
        QVERIFY(f.ok);
        QList<Event> events;
        for (int i = 0; i < 10; ++i)
            events.append(makeEvent(QStringLiteral("o%1").arg(i), qint64(100 - i) * 60'000));
        f.store.ingest(events);
        const QList<qint64> before = f.shownAlertIds();
        QList<qint64> seen;
        connect(&f.model, &QAbstractItemModel::layoutAboutToBeChanged, this, [&] { seen = f.shownAlertIds(); });
        f.store.ingest({makeEvent(QStringLiteral("newer"), 0)});   // sorted by age: a new first row
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.mid(0, before.size()), before);
        QCOMPARE(f.shownAlertIds().mid(1), before);

        // The same for a sort change.
        f.model.sort(int(AlertColumn::Subject), Qt::DescendingOrder);
        const QList<qint64> sorted = f.shownAlertIds();
        f.model.sort(int(AlertColumn::Subject), Qt::AscendingOrder);
        QCOMPARE(seen, sorted);
    }

    void countsChangedReportsShownAndTotal()
    {
        Fixture f(dbPath("counts.sqlite"));
        QVERIFY(f.ok);
        QSignalSpy counts(&f.model, &AlertTableModel::countsChanged);
        QList<Event> events;
        for (int i = 0; i < 12; ++i)   // 4 critical, 4 major, 4 info
            events.append(makeEvent(QStringLiteral("c%1").arg(i), i * 1000,
                                    i % 3 == 0 ? Severity::Critical : i % 3 == 1 ? Severity::Major : Severity::Info));
        f.store.ingest(events);
        QCOMPARE(counts.constLast(), (QVariantList{12, 12}));
        f.model.setFilter(compiled("severity>=major"));
        QCOMPARE(counts.constLast(), (QVariantList{8, 12}));
        f.store.ingest({makeEvent(QStringLiteral("c0"), 0, Severity::Info)});   // folds, now info
        QCOMPARE(counts.constLast(), (QVariantList{7, 12}));
        f.store.ingest({makeEvent(QStringLiteral("c99"), 0, Severity::Major)});
        QCOMPARE(counts.constLast(), (QVariantList{8, 13}));
        QCOMPARE(f.model.rowCount(), 8);
    }

    void rolesSpeakAndDim_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("word");
        QTest::addRow("critical") << int(Severity::Critical) << QStringLiteral("Critical");
        QTest::addRow("major") << int(Severity::Major) << QStringLiteral("Major");
        QTest::addRow("warning") << int(Severity::Warning) << QStringLiteral("Warning");
        QTest::addRow("info") << int(Severity::Info) << QStringLiteral("Info");
        QTest::addRow("unknown") << int(Severity::Unknown) << QStringLiteral("Unknown");
    }

    void rolesSpeakAndDim()
    {
        QFETCH(int, severity);
        QFETCH(QString, word);
        Fixture f(dbPath(qPrintable(QStringLiteral("roles-%1.sqlite").arg(severity))));
        QVERIFY(f.ok);
        f.store.ingest({makeEvent(QStringLiteral("firing"), 90'000, Severity(severity), Status::Firing),
                        makeEvent(QStringLiteral("resolved"), 60'000, Severity(severity), Status::Resolved)});
        const QModelIndex firing = f.model.index(f.model.rowOfAlert(f.alertIdOf(QStringLiteral("firing"))), 0);
        const QModelIndex resolved = f.model.index(f.model.rowOfAlert(f.alertIdOf(QStringLiteral("resolved"))), 0);
        QVERIFY(firing.isValid() && resolved.isValid());

        // Severity in words, for a screen reader, beside the colour and icon.
        const QString spoken = firing.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(word), qPrintable(spoken));
        QCOMPARE(firing.data(Qt::DisplayRole).toString(), word);
        QVERIFY(!firing.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Every painted cell has accessible text naming its column and value.
        for (int column = 1; column < ui::alertColumnCount; ++column) {
            const QModelIndex cell = firing.siblingAtColumn(column);
            const QString text = cell.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(text.startsWith(ui::columnTitle(AlertColumn(column))), qPrintable(text));
            QVERIFY2(text.endsWith(cell.data(Qt::DisplayRole).toString()), qPrintable(text));
        }

        // Resolved: dimmed (the palette's disabled text), not coloured; firing: the normal text colour.
        QVERIFY(!firing.siblingAtColumn(int(AlertColumn::Title)).data(Qt::ForegroundRole).isValid());
        const QVariant dim = resolved.siblingAtColumn(int(AlertColumn::Title)).data(Qt::ForegroundRole);
        QVERIFY(dim.isValid());
        QCOMPARE(dim.value<QBrush>().color(), QPalette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(dim.value<QBrush>().color() != QPalette().color(QPalette::Active, QPalette::Text));

        // Relative age in the cell, absolute time in the tooltip.
        QCOMPARE(firing.siblingAtColumn(int(AlertColumn::Age)).data().toString(), QStringLiteral("1m"));
        QVERIFY(firing.siblingAtColumn(int(AlertColumn::Age)).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("First seen ")));
    }
};

QTEST_MAIN(TstAlertTableModel)
#include "tst_alerttablemodel.moc"
