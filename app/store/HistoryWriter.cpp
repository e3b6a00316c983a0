#include "store/HistoryWriter.h"

#include <QCoreApplication>

#include "store/AlertRow.h"
#include "store/LabelsJson.h"

namespace alertdesk {

HistoryWriter::HistoryWriter(sqlite::Database& db, int maxEventsPerAlert)
    : m_db(db), m_maxEventsPerAlert(maxEventsPerAlert)
{
    m_insertAlert = db.prepare(
        "INSERT INTO alerts(id, fingerprint, source, type, subject, region, severity, status, title, summary, "
        "labels, event_id, first_seen_ms, last_seen_ms, count, latest_event, origin, stored_events) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    m_updateLatest = db.prepare(
        "UPDATE alerts SET source = ?3, type = ?4, subject = ?5, region = ?6, severity = ?7, status = ?8, "
        "title = ?9, summary = ?10, labels = ?11, event_id = ?12, last_seen_ms = ?14, count = ?15, "
        "latest_event = ?16, origin = ?17, stored_events = ?18 WHERE id = ?1 AND fingerprint = ?2");
    m_updateCount = db.prepare(
        "UPDATE alerts SET count = ?2, stored_events = ?3, first_seen_ms = min(first_seen_ms, ?4) WHERE id = ?1");
    m_insertEvent = db.prepare(
        "INSERT INTO events(id, alert_id, event_id, time_ms, severity, status, payload_kind, payload, "
        "data_offset, data_length, origin) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    // Keeps the newest `cap` events of one alert.
    m_trim = db.prepare(
        "DELETE FROM events WHERE alert_id = ?1 AND id < (SELECT id FROM events WHERE alert_id = ?1 "
        "ORDER BY id DESC LIMIT 1 OFFSET ?2)");
    m_countRemoved = db.prepare("UPDATE retention SET removed = removed + ?2 WHERE what = ?1");
}

Expected<qint64> HistoryWriter::write(std::span<const StoreWrite> writes)
{
    if (auto begun = m_db.exec("BEGIN"); !begun)
        return std::unexpected(begun.error());
    qint64 trimmed = 0;
    for (const StoreWrite& write : writes) {
        if (!writeOne(write, trimmed)) {
            const QString reason = m_db.errorMessage();
            (void)m_db.exec("ROLLBACK");
            return fail(Error::Code::Io,
                        QCoreApplication::translate("AlertStore", "The alert history could not be written: %1.")
                            .arg(reason),
                        m_db.path());
        }
    }
    if (trimmed > 0) {
        m_countRemoved.bindText(1, "events");
        m_countRemoved.bind(2, trimmed);
        m_countRemoved.run();
    }
    if (auto committed = m_db.exec("COMMIT"); !committed) {
        (void)m_db.exec("ROLLBACK");
        return std::unexpected(committed.error());
    }
    return trimmed;
}

bool HistoryWriter::writeOne(const StoreWrite& write, qint64& trimmed)
{
    QByteArrayView eventId = write.eventId;
    if (write.kind == StoreWrite::Kind::Older) {
        m_updateCount.bind(1, write.alertId);
        m_updateCount.bind(2, qint64(write.count));
        m_updateCount.bind(3, qint64(write.storedEvents));
        m_updateCount.bind(4, write.firstSeenMs);
        if (!m_updateCount.run())
            return false;
    } else {
        sqlite::Statement& alert = write.kind == StoreWrite::Kind::NewAlert ? m_insertAlert : m_updateLatest;
        const auto text = splitRowText(write.rowText);
        const auto field = [&text](RowField f) { return text[std::size_t(f)]; };
        const QByteArray labels = labelsToJson(field(RowField::LabelList));
        eventId = field(RowField::Id);
        alert.bind(1, write.alertId);
        alert.bindText(2, field(RowField::Fingerprint));
        alert.bindText(3, write.source);
        alert.bindText(4, write.type);
        alert.bindText(5, field(RowField::Subject));
        alert.bindText(6, write.region);
        alert.bind(7, qint64(write.severity));
        alert.bind(8, qint64(write.status));
        alert.bindText(9, field(RowField::Title));
        alert.bindText(10, field(RowField::Summary));
        alert.bindText(11, labels);
        alert.bindText(12, field(RowField::Id));
        alert.bind(13, write.firstSeenMs);
        alert.bind(14, write.lastSeenMs);
        alert.bind(15, qint64(write.count));
        alert.bind(16, write.eventRow);
        alert.bindText(17, write.origin);
        alert.bind(18, qint64(write.storedEvents));
        if (!alert.run())
            return false;
    }
    m_insertEvent.bind(1, write.eventRow);
    m_insertEvent.bind(2, write.alertId);
    m_insertEvent.bindText(3, eventId);
    m_insertEvent.bind(4, write.timeMs);
    m_insertEvent.bind(5, qint64(write.severity));
    m_insertEvent.bind(6, qint64(write.status));
    m_insertEvent.bind(7, qint64(write.payloadKind));
    m_insertEvent.bindBlob(8, write.payload);
    m_insertEvent.bind(9, qint64(write.dataOffset));
    m_insertEvent.bind(10, qint64(write.dataLength));
    m_insertEvent.bindText(11, write.origin);
    if (!m_insertEvent.run())
        return false;
    if (write.trim) {
        m_trim.bind(1, write.alertId);
        m_trim.bind(2, qint64(m_maxEventsPerAlert - 1));
        if (!m_trim.run())
            return false;
        trimmed += m_db.changes();
    }
    return true;
}

} // namespace alertdesk
