// AlertView's incremental apply() against the obvious answer: after every random batch of new, updated and
// removed alerts, the rows it shows are exactly those of a view built afresh with reset() over the same table,
// for every sort key, both orders, and filters of several kinds (none, severity, text with negation, a label,
// a data.<path> value). Values come from small sets so that ties — where only the tie-break keeps the order
// total — are common.
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include "event/Event.h"
#include "store/AlertFilter.h"
#include "store/AlertTable.h"
#include "store/AlertView.h"
#include "store/FilterDataValues.h"
#include "store/StoreTypes.h"

using namespace alertdesk;

Q_DECLARE_METATYPE(alertdesk::AlertSortKey)

namespace {

constexpr qint64 kNowMs = 1'800'000'000'000;
constexpr int kBatches = 50;

// A random alert as the store keeps it: the row's fields and the data JSON a data.<path> term reads.
class RandomAlerts final
{
public:
    explicit RandomAlerts(quint32 seed) : m_random(seed) {}

    quint32 appendNew(AlertTable& table, QHash<quint32, QByteArray>& data)
    {
        AlertRow row;
        row.alertId = m_nextId++;
        row.count = 1;
        const quint32 index = table.append(row);
        fill(table, index, data);
        table.row(index).firstSeenMs = table.row(index).lastSeenMs - pick(5) * 60'000;
        return index;
    }

    // What a later (or late) event does to an alert: new latest fields, one more count, maybe an older start.
    void update(AlertTable& table, quint32 index, QHash<quint32, QByteArray>& data)
    {
        const qint64 firstSeen = table.row(index).firstSeenMs;
        const quint32 count = table.row(index).count;
        fill(table, index, data);
        AlertRow& row = table.row(index);
        row.count = count + 1 + quint32(pick(3));
        row.firstSeenMs = pick(4) == 0 ? firstSeen - pick(3) * 60'000 : firstSeen;
    }

    int pick(int bound) { return int(m_random.bounded(bound)); }

private:
    void fill(AlertTable& table, quint32 index, QHash<quint32, QByteArray>& data)
    {
        static const QStringList sources{QStringLiteral("cvm.cloud.tencent"), QStringLiteral("alertmanager"),
                                         QStringLiteral("Zabbix"), QStringLiteral("ci")};
        static const QStringList types{QStringLiteral("DiskFull"), QStringLiteral("GuestReboot"),
                                       QStringLiteral("ping_unreachable")};
        static const QStringList regions{QString(), QStringLiteral("ap-guangzhou"), QStringLiteral("ap-beijing")};
        static const QStringList words{QStringLiteral("disk"), QStringLiteral("Disk full"), QStringLiteral("机器重启"),
                                       QStringLiteral("cpu"), QString()};
        Event event;
        event.id = QStringLiteral("ev-%1").arg(m_nextEvent++);
        event.source = sources.at(pick(int(sources.size())));
        event.type = types.at(pick(int(types.size())));
        event.region = regions.at(pick(int(regions.size())));
        event.origin = pick(2) ? QStringLiteral("demo") : QStringLiteral("ws://127.0.0.1/feed");
        event.subject = QStringLiteral("ins-%1").arg(pick(6));
        event.title = words.at(pick(int(words.size())));
        event.summary = words.at(pick(int(words.size())));
        event.labels = {{QStringLiteral("team"), pick(2) ? QStringLiteral("ops") : QStringLiteral("db")}};
        event.fingerprint = QStringLiteral("fp-%1").arg(table.row(index).alertId);
        AlertRow& row = table.row(index);
        takeEventFields(row, event, table.pool());
        row.severity = Severity(pick(5));
        row.status = Status(pick(3));
        row.lastSeenMs = kNowMs - pick(8) * 60'000;
        data.insert(index, pick(4) == 0 ? QByteArray("{}") : QByteArray("{\"n\":") + QByteArray::number(pick(10)) + '}');
    }

    QRandomGenerator m_random;
    qint64 m_nextId = 1;
    qint64 m_nextEvent = 1;
};

FilterDataValues valuesOf(const QStringList& paths, const QHash<quint32, QByteArray>& data,
                          const QList<quint32>& rows)
{
    FilterDataValues values;
    if (paths.isEmpty())
        return values;
    for (const quint32 row : rows)
        values.rows.insert(row, extractDataValues(data.value(row), paths));
    return values;
}

std::vector<quint32> freshRows(const AlertTable& table, AlertSortKey key, Qt::SortOrder order,
                               const AlertFilter& filter, const QHash<quint32, QByteArray>& data)
{
    AlertView fresh(table);
    fresh.setSort(key, order, kNowMs);
    fresh.reset(table, kNowMs);
    fresh.setFilter(filter, kNowMs);
    if (!filter.dataPaths().isEmpty())
        fresh.setDataValues(valuesOf(filter.dataPaths(), data, data.keys()), kNowMs);
    return fresh.rows();
}

QString describe(const std::vector<quint32>& rows)
{
    QStringList parts;
    for (std::size_t i = 0; i < rows.size() && i < 40; ++i)
        parts.append(QString::number(rows[i]));
    return parts.join(QLatin1Char(' ')) + (rows.size() > 40 ? QStringLiteral(" …") : QString());
}

} // namespace

class TstAlertView final : public QObject
{
    Q_OBJECT

private slots:
    void incrementalEqualsFresh_data()
    {
        QTest::addColumn<AlertSortKey>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filterText");
        const QList<std::pair<const char*, AlertSortKey>> keys{
            {"severity", AlertSortKey::Severity}, {"status", AlertSortKey::Status}, {"age", AlertSortKey::Age},
            {"lastSeen", AlertSortKey::LastSeen}, {"count", AlertSortKey::Count}, {"source", AlertSortKey::Source},
            {"type", AlertSortKey::Type}, {"subject", AlertSortKey::Subject}, {"region", AlertSortKey::Region},
            {"title", AlertSortKey::Title}, {"summary", AlertSortKey::Summary}, {"origin", AlertSortKey::Origin}};
        const QStringList filters{QString(), QStringLiteral("severity>=major"), QStringLiteral("disk -status=resolved"),
                                  QStringLiteral("labels.team=ops"), QStringLiteral("data.n>=5")};
        for (const auto& [name, key] : keys) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const QString& filter : filters) {
                    QTest::addRow("%s %s [%s]", name, order == Qt::AscendingOrder ? "asc" : "desc",
                                  qPrintable(filter))
                        << key << order << filter;
                }
            }
        }
    }

    void incrementalEqualsFresh()
    {
        QFETCH(AlertSortKey, key);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filterText);
        const auto compiled = AlertFilter::compile(filterText);
        QVERIFY2(compiled, qPrintable(filterText));
        const AlertFilter filter = *compiled;
        const QStringList paths = filter.dataPaths();

        AlertTable table;
        QHash<quint32, QByteArray> data;
        RandomAlerts random(quint32(qHash(QString::fromLatin1(QTest::currentDataTag()), 20261127)));
        AlertView view(table);
        view.setSort(key, order, kNowMs);
        view.reset(table, kNowMs);
        view.setFilter(filter, kNowMs);

        QList<quint32> live;
        qsizetype shownAtSomePoint = 0;
        for (int batch = 0; batch < kBatches; ++batch) {
            // New and updated alerts in one change, as one ingested batch gives them.
            StoreChange change;
            change.firstNewRow = table.size();
            QList<quint32> updated;
            const int updates = live.isEmpty() ? 0 : random.pick(8);
            for (int i = 0; i < updates; ++i)
                updated.append(live.at(random.pick(int(live.size()))));
            std::sort(updated.begin(), updated.end());
            updated.erase(std::unique(updated.begin(), updated.end()), updated.end());
            for (const quint32 row : updated)
                random.update(table, row, data);
            const int fresh = random.pick(25);
            for (int i = 0; i < fresh; ++i)
                live.append(random.appendNew(table, data));
            change.newRows = table.size() - change.firstNewRow;
            change.updatedRows = updated;
            QList<quint32> touched = updated;
            for (quint32 row = change.firstNewRow; row < table.size(); ++row)
                touched.append(row);
            change.data = valuesOf(paths, data, touched);
            view.apply(change, kNowMs);

            // Retention removes alerts in a change of its own.
            if (random.pick(3) == 0 && !live.isEmpty()) {
                StoreChange removal;
                removal.firstNewRow = table.size();
                const int removals = 1 + random.pick(4);
                for (int i = 0; i < removals && !live.isEmpty(); ++i) {
                    const quint32 row = live.takeAt(random.pick(int(live.size())));
                    table.markRemoved(row);
                    removal.removedRows.append(row);
                }
                view.apply(removal, kNowMs);
            }

            const std::vector<quint32> expected = freshRows(table, key, order, filter, data);
            QVERIFY2(view.rows() == expected,
                     qPrintable(QStringLiteral("batch %1:\n incremental %2\n fresh       %3")
                                    .arg(batch)
                                    .arg(describe(view.rows()), describe(expected))));
            QCOMPARE(view.liveCount(), quint32(live.size()));
            shownAtSomePoint = std::max<qsizetype>(shownAtSomePoint, qsizetype(expected.size()));
        }
        // The property is not vacuous: the views held rows, and a filter left some out.
        QVERIFY(shownAtSomePoint > 20);
        if (!filter.isEmpty())
            QVERIFY(qsizetype(view.rows().size()) < live.size());
    }

    // Changing the sort or the filter after live batches also lands where a fresh view would.
    void resortAndRefilterAfterBatches()
    {
        AlertTable table;
        QHash<quint32, QByteArray> data;
        RandomAlerts random(7);
        AlertView view(table);
        view.reset(table, kNowMs);
        for (int batch = 0; batch < 10; ++batch) {
            StoreChange change;
            change.firstNewRow = table.size();
            for (int i = 0; i < 30; ++i)
                random.appendNew(table, data);
            change.newRows = table.size() - change.firstNewRow;
            view.apply(change, kNowMs);
        }
        const AlertFilter filter = *AlertFilter::compile(QStringLiteral("severity>=warning"));
        view.setFilter(filter, kNowMs);
        view.setSort(AlertSortKey::Title, Qt::DescendingOrder, kNowMs);
        QCOMPARE(view.rows(), freshRows(table, AlertSortKey::Title, Qt::DescendingOrder, filter, data));
        view.setFilter(AlertFilter(), kNowMs);
        QCOMPARE(view.rows().size(), std::size_t(300));
        QCOMPARE(view.rows(), freshRows(table, AlertSortKey::Title, Qt::DescendingOrder, AlertFilter(), data));
    }
};

QTEST_GUILESS_MAIN(TstAlertView)
#include "tst_alertview.moc"
