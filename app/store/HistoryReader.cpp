#include "store/HistoryReader.h"

#include <QCoreApplication>

#include "store/LabelsJson.h"

namespace alertdesk {

namespace {

Expected<void> prepared(const sqlite::Statement& statement, const sqlite::Database& db)
{
    if (statement.isValid())
        return {};
    return fail(Error::Code::Io,
                QCoreApplication::translate("AlertStore", "The alert history could not be read: %1.")
                    .arg(statement.lastError()),
                db.path());
}

AlertRow rowFrom(const sqlite::Statement& q, StringPool& pool)
{
    Event latest;
    latest.fingerprint = q.text(1);
    latest.source = q.text(2);
    latest.type = q.text(3);
    latest.subject = q.text(4);
    latest.region = q.text(5);
    latest.title = q.text(8);
    latest.summary = q.text(9);
    latest.labels = labelsFromJson(q.bytes(10));
    latest.id = q.text(11);

    AlertRow row;
    row.alertId = q.int64(0);
    row.severity = Severity(std::clamp<qint64>(q.int64(6), 0, qint64(Severity::Critical)));
    row.status = Status(std::clamp<qint64>(q.int64(7), 0, qint64(Status::Stateless)));
    row.firstSeenMs = q.int64(12);
    row.lastSeenMs = q.int64(13);
    row.count = quint32(q.int64(14));
    row.latestEventRow = q.int64(15);
    row.origin = pool.intern(q.text(16));
    row.storedEvents = quint16(std::clamp<qint64>(q.int64(17), 0, 65535));
    row.source = pool.intern(latest.source);
    row.type = pool.intern(latest.type);
    row.region = pool.intern(latest.region);
    row.text = rowText(latest);
    row.folded = rowFolded(latest);
    return row;
}

TimelineEntry::Kind kindOf(Status status, const TimelineEntry* previous)
{
    if (status == Status::Stateless)
        return TimelineEntry::Kind::Received;
    if (!previous)
        return status == Status::Resolved ? TimelineEntry::Kind::Resolved : TimelineEntry::Kind::Fired;
    const bool wasResolved = previous->kind == TimelineEntry::Kind::Resolved;
    if (status == Status::Resolved)
        return wasResolved ? TimelineEntry::Kind::Repeated : TimelineEntry::Kind::Resolved;
    return wasResolved ? TimelineEntry::Kind::Refired : TimelineEntry::Kind::Repeated;
}

} // namespace

Expected<LoadedHistory> HistoryReader::loadAll()
{
    LoadedHistory history;
    history.table = std::make_shared<AlertTable>();
    sqlite::Statement q = m_db.prepare(
        "SELECT id, fingerprint, source, type, subject, region, severity, status, title, summary, labels, "
        "event_id, first_seen_ms, last_seen_ms, count, latest_event, origin, stored_events FROM alerts "
        "ORDER BY id");
    if (auto ok = prepared(q, m_db); !ok)
        return std::unexpected(ok.error());
    // Twice what is there, so a desk can double its alerts before the index grows on the GUI thread.
    const qint64 stored = m_db.queryInt("SELECT count(*) FROM alerts");
    history.table->reserve(quint32(std::clamp<qint64>(stored * 2, 65536, qint64(1) << 30)));
    while (q.step())
        history.table->append(rowFrom(q, history.table->pool()));
    if (!q.lastError().isEmpty()) {
        return fail(Error::Code::Io,
                    QCoreApplication::translate("AlertStore", "The alert history could not be read: %1.")
                        .arg(q.lastError()),
                    m_db.path());
    }
    history.nextAlertId = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM alerts", 1);
    history.nextEventRow = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM events", 1);
    history.retention = retention();
    return history;
}

RetentionCounts HistoryReader::retention()
{
    RetentionCounts counts;
    counts.alertsRemoved = m_db.queryInt("SELECT removed FROM retention WHERE what = 'alerts'");
    counts.eventsRemoved = m_db.queryInt("SELECT removed FROM retention WHERE what = 'events'");
    return counts;
}

Expected<AlertDetail> HistoryReader::loadDetail(qint64 alertId, qint64 alertCount)
{
    AlertDetail detail;
    detail.alertId = alertId;
    sqlite::Statement events = m_db.prepare(
        "SELECT time_ms, status, severity, event_id, payload_kind, payload FROM events WHERE alert_id = ?1 "
        "ORDER BY id");
    if (auto ok = prepared(events, m_db); !ok)
        return std::unexpected(ok.error());
    events.bind(1, alertId);
    qint64 stored = 0;
    while (events.step()) {
        TimelineEntry entry;
        entry.atMs = events.int64(0);
        entry.kind = kindOf(Status(events.int64(1)), detail.timeline.isEmpty() ? nullptr : &detail.timeline.last());
        entry.severity = Severity(events.int64(2));
        entry.eventId = events.text(3);
        detail.payloadKind = Event::Payload(events.int64(4));
        detail.payload = events.bytes(5).toByteArray();
        detail.timeline.append(entry);
        ++stored;
    }
    detail.eventsNotKept = std::max<qint64>(0, alertCount - stored);
    if (detail.eventsNotKept > 0 && !detail.timeline.isEmpty() &&
        detail.timeline.first().kind == TimelineEntry::Kind::Fired) {
        // The alert's first events are gone: its first kept event is not where it fired.
        detail.timeline.first().kind = TimelineEntry::Kind::Repeated;
    }

    sqlite::Statement notes = m_db.prepare(
        "SELECT at_ms, kind, actor, detail FROM timeline WHERE alert_id = ?1 ORDER BY at_ms");
    if (notes.isValid()) {
        notes.bind(1, alertId);
        while (notes.step()) {
            TimelineEntry entry;
            entry.atMs = notes.int64(0);
            const QByteArrayView kind = notes.bytes(1);
            entry.kind = kind == "acknowledged" ? TimelineEntry::Kind::Acknowledged
                         : kind == "silenced"   ? TimelineEntry::Kind::Silenced
                         : kind == "unacknowledged" ? TimelineEntry::Kind::Unacknowledged
                         : kind == "unsilenced" ? TimelineEntry::Kind::Unsilenced
                                                : TimelineEntry::Kind::Notified;
            entry.actor = notes.text(2);
            entry.detail = notes.text(3);
            detail.timeline.append(entry);
        }
        std::stable_sort(detail.timeline.begin(), detail.timeline.end(),
                         [](const TimelineEntry& a, const TimelineEntry& b) { return a.atMs < b.atMs; });
    }
    return detail;
}

void HistoryReader::forEachLatestData(const std::function<void(qint64, QByteArrayView)>& visit)
{
    sqlite::Statement q = m_db.prepare(
        "SELECT a.id, e.payload, e.data_offset, e.data_length FROM alerts a JOIN events e ON e.id = a.latest_event "
        "ORDER BY a.id");
    while (q.isValid() && q.step()) {
        const QByteArrayView payload = q.bytes(1);
        const qint64 offset = q.int64(2);
        const qint64 length = q.int64(3);
        if (length > 0 && offset >= 0 && offset + length <= payload.size())
            visit(q.int64(0), payload.sliced(offset, length));
        else
            visit(q.int64(0), QByteArrayView("null"));
    }
}

} // namespace alertdesk
