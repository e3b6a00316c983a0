#include "store/AlertStore.h"

#include <algorithm>

#include "store/AlertTable.h"
#include "store/StoreLogging.h"
#include "store/StoreWorker.h"
#include "store/StoreWrite.h"

Q_LOGGING_CATEGORY(lcStore, "alertdesk.store")

namespace alertdesk {

namespace {

// The alert's fields follow its newest event.
void takeLatest(AlertRow& row, const Event& event, qint64 eventRow, StringPool& pool)
{
    row.lastSeenMs = event.timeMs;
    row.latestEventRow = eventRow;
    takeEventFields(row, event, pool);
}

// What the writer needs besides the event: the alert's state after folding and, when the event is the alert's
// newest, the UTF-8 its row already holds.
void describeWrite(StoreWrite& write, const AlertRow& row, const Event& event, const StringPool& pool)
{
    write.alertId = row.alertId;
    write.firstSeenMs = row.firstSeenMs;
    write.lastSeenMs = row.lastSeenMs;
    write.count = row.count;
    write.storedEvents = row.storedEvents;
    write.timeMs = event.timeMs;
    write.severity = event.severity;
    write.status = event.status;
    write.payloadKind = event.payloadKind;
    write.payload = event.payload;
    write.dataOffset = event.dataOffset;
    write.dataLength = event.dataLength;
    if (write.kind == StoreWrite::Kind::Older) {   // the row holds a newer event's fields
        write.eventId = event.id.toUtf8();
        write.origin = event.origin.toUtf8();
        return;
    }
    write.rowText = row.text;
    write.source = pool.utf8(row.source);
    write.type = pool.utf8(row.type);
    write.region = pool.utf8(row.region);
    write.origin = pool.utf8(row.origin);
}

} // namespace

AlertStore::AlertStore(const QString& databaseFile, RetentionLimits limits, QObject* parent)
    : QObject(parent), m_limits(limits), m_table(std::make_shared<AlertTable>()),
      m_queue(std::make_shared<StoreWriteQueue>())
{
    qRegisterMetaType<LoadedHistory>();
    qRegisterMetaType<AlertDetail>();
    qRegisterMetaType<RetentionCounts>();
    qRegisterMetaType<StoreChange>();
    m_thread.setObjectName(QStringLiteral("alertdesk-store"));
    m_worker = new StoreWorker(databaseFile, limits, m_queue);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWorker::opened, this, &AlertStore::adoptHistory);
    connect(m_worker, &StoreWorker::failed, this, [this](const QString& message) {
        if (m_open) {
            emit storageFailed(message);
            return;
        }
        // Without a history the desk still shows what arrives; nothing is kept, and the operator is told.
        qCWarning(lcStore).noquote() << message;
        m_open = true;
        emit openFailed(message);
        if (!m_pending.isEmpty())
            ingest(std::exchange(m_pending, {}));
    });
    connect(m_worker, &StoreWorker::committed, this, &AlertStore::committed);
    connect(m_worker, &StoreWorker::alertsRemoved, this, &AlertStore::removeAlerts);
    connect(m_worker, &StoreWorker::detailLoaded, this, &AlertStore::detailLoaded);
    connect(m_worker, &StoreWorker::dataLoaded, this, &AlertStore::adoptDataValues);
    connect(m_worker, &StoreWorker::retentionChanged, this, [this](const RetentionCounts& counts) {
        m_retention = counts;
        emit retentionChanged(counts);
    });
    m_thread.start();
}

AlertStore::~AlertStore()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

void AlertStore::open()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::open, Qt::QueuedConnection);
}

void AlertStore::adoptHistory(const LoadedHistory& history)
{
    m_table = history.table;
    m_nextAlertId = history.nextAlertId;
    m_nextEventRow = history.nextEventRow;
    m_retention = history.retention;
    m_open = true;
    emit opened();
    if (!m_pending.isEmpty())
        ingest(std::exchange(m_pending, {}));
}

void AlertStore::ingest(const QList<Event>& events)
{
    if (!m_open) {
        m_pending += events;
        return;
    }
    StoreChange change;
    change.firstNewRow = m_table->size();
    std::vector<StoreWrite> writes;
    writes.reserve(std::size_t(events.size()));
    for (const Event& event : events)
        fold(event, change, writes);
    change.newRows = m_table->size() - change.firstNewRow;
    std::sort(change.updatedRows.begin(), change.updatedRows.end());
    change.updatedRows.erase(std::unique(change.updatedRows.begin(), change.updatedRows.end()),
                             change.updatedRows.end());
    if (m_queue->push(std::move(writes)))
        QMetaObject::invokeMethod(m_worker, &StoreWorker::drain, Qt::QueuedConnection);
    emit changed(change);
}

void AlertStore::fold(const Event& event, StoreChange& change, std::vector<StoreWrite>& writes)
{
    StoreWrite write;
    write.eventRow = m_nextEventRow++;
    const quint32 index = rowForEvent(event, write, change);
    AlertRow& row = m_table->row(index);
    ++row.count;
    row.firstSeenMs = std::min(row.firstSeenMs, event.timeMs);
    if (write.kind == StoreWrite::Kind::Latest)
        takeLatest(row, event, write.eventRow, m_table->pool());
    if (write.kind != StoreWrite::Kind::Older && !m_dataPaths.isEmpty())
        change.data.rows.insert(index, extractDataValues(event.data(), m_dataPaths));
    write.trim = row.storedEvents >= m_limits.maxEventsPerAlert;
    if (!write.trim)
        ++row.storedEvents;
    describeWrite(write, row, event, m_table->pool());
    writes.push_back(std::move(write));
}

// The row `event` folds into: the alert with its fingerprint, or a new alert made from it.
quint32 AlertStore::rowForEvent(const Event& event, StoreWrite& write, StoreChange& change)
{
    if (const auto found = m_table->find(event.fingerprint)) {
        const bool newer = event.timeMs >= m_table->row(*found).lastSeenMs;
        write.kind = newer ? StoreWrite::Kind::Latest : StoreWrite::Kind::Older;
        if (*found < change.firstNewRow)
            change.updatedRows.append(*found);
        return *found;
    }
    AlertRow fresh;
    fresh.alertId = m_nextAlertId++;
    fresh.firstSeenMs = event.timeMs;
    takeLatest(fresh, event, write.eventRow, m_table->pool());   // the table indexes the fingerprint in its text
    write.kind = StoreWrite::Kind::NewAlert;
    return m_table->append(std::move(fresh));
}

void AlertStore::requestDetail(qint64 alertId)
{
    const auto index = m_table->findAlertId(alertId);
    const qint64 count = index ? m_table->row(*index).count : 0;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, alertId, count] { worker->loadDetail(alertId, count); },
                              Qt::QueuedConnection);
}

void AlertStore::flush()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &StoreWorker::drain, Qt::BlockingQueuedConnection);
}

qint64 AlertStore::pendingWrites() const
{
    return qint64(m_queue->size());
}

qint64 AlertStore::writesDropped() const
{
    return m_queue->dropped();
}

void AlertStore::watchDataPaths(const QStringList& paths)
{
    if (paths == m_dataPaths)
        return;
    m_dataPaths = paths;
    if (paths.isEmpty())
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, paths] { worker->loadData(paths); },
                              Qt::QueuedConnection);
}

void AlertStore::adoptDataValues(const QStringList& paths,
                                 const QList<std::pair<qint64, QList<std::optional<QByteArray>>>>& values)
{
    if (paths != m_dataPaths)
        return;   // the filter changed meanwhile
    // Both lists are in alert-id order, like the table's rows: one walk pairs them.
    FilterDataValues data;
    data.rows.reserve(values.size());
    quint32 index = 0;
    for (const auto& [alertId, row] : values) {
        while (index < m_table->size() && m_table->row(index).alertId < alertId)
            ++index;
        if (index < m_table->size() && m_table->row(index).alertId == alertId)
            data.rows.insert(index, row);
    }
    emit dataValuesLoaded(paths, data);
}

void AlertStore::setAttentionFlags(const QList<quint32>& rows, const QList<quint8>& flags)
{
    constexpr quint8 attention = AlertRow::Acknowledged | AlertRow::Silenced;
    StoreChange change;
    change.firstNewRow = m_table->size();
    for (qsizetype i = 0; i < rows.size() && i < flags.size(); ++i) {
        if (rows[i] >= m_table->size())
            continue;
        AlertRow& row = m_table->row(rows[i]);
        if (row.isRemoved() || (row.flags & attention) == (flags[i] & attention))
            continue;
        row.flags = quint8((row.flags & ~attention) | (flags[i] & attention));
        change.updatedRows.append(rows[i]);
    }
    std::sort(change.updatedRows.begin(), change.updatedRows.end());
    if (!change.updatedRows.isEmpty())
        emit changed(change);
}

void AlertStore::removeAlerts(const QList<qint64>& alertIds)
{
    StoreChange change;
    change.firstNewRow = m_table->size();
    for (const qint64 id : alertIds) {
        if (const auto index = m_table->findAlertId(id)) {
            m_table->markRemoved(*index);
            change.removedRows.append(*index);
        }
    }
    if (!change.removedRows.isEmpty())
        emit changed(change);
}

} // namespace alertdesk
