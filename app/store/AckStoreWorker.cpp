#include "store/AckStoreWorker.h"

#include <QCoreApplication>

#include "store/Sqlite.h"
#include "store/StoreLogging.h"

namespace alertdesk {

AckStoreWorker::AckStoreWorker(QString path) : m_path(std::move(path)) {}

AckStoreWorker::~AckStoreWorker() = default;

void AckStoreWorker::open()
{
    auto db = sqlite::Database::open(m_path);
    if (!db) {
        emit failed(db.error().toString());
        return;
    }
    m_db = std::move(*db);
    // Acknowledgements of alerts that retention has removed since: nothing will show or ask for them again.
    (void)m_db->exec("DELETE FROM acknowledgements WHERE alert_id NOT IN (SELECT id FROM alerts)");
    QList<Acknowledgement> acks;
    sqlite::Statement a = m_db->prepare(
        "SELECT alert_id, actor, note, at_ms, coalesce(until_ms, 0), until_resolved FROM acknowledgements "
        "ORDER BY id");
    while (a.isValid() && a.step()) {
        Acknowledgement ack;
        ack.alertId = a.int64(0);
        ack.actor = a.text(1);
        ack.note = a.text(2);
        ack.atMs = a.int64(3);
        ack.untilMs = a.int64(4);
        ack.untilResolved = a.int64(5) != 0;
        acks.append(ack);
    }
    QList<Silence> silences;
    sqlite::Statement s =
        m_db->prepare("SELECT uid, matchers, actor, note, starts_ms, ends_ms FROM silences ORDER BY starts_ms, id");
    while (s.isValid() && s.step()) {
        Silence silence;
        silence.uid = s.text(0);
        silence.matchers = s.text(1);
        silence.actor = s.text(2);
        silence.note = s.text(3);
        silence.startsMs = s.int64(4);
        silence.endsMs = s.int64(5);
        silences.append(silence);
    }
    const QString error = !a.isValid() || !s.isValid() ? m_db->errorMessage()
                                                       : (!a.lastError().isEmpty() ? a.lastError() : s.lastError());
    if (!error.isEmpty()) {
        emit failed(QCoreApplication::translate("AlertStore", "The alert history could not be read: %1.").arg(error));
        m_db.reset();
        return;
    }
    emit loaded(acks, silences);
}

template <typename Body>
bool AckStoreWorker::transaction(Body&& body)
{
    if (!m_db)
        return false;
    if (auto begun = m_db->exec("BEGIN IMMEDIATE"); !begun) {
        emit failed(begun.error().toString());
        return false;
    }
    if (!body() || !m_db->exec("COMMIT")) {
        const QString message = m_db->errorMessage();
        (void)m_db->exec("ROLLBACK");
        qCWarning(lcStore).noquote() << "acknowledgements and silences not written:" << message;
        emit failed(QCoreApplication::translate("AlertStore",
                                                "Acknowledgements and silences could not be saved: "
                                                "%1.")
                        .arg(message));
        return false;
    }
    return true;
}

bool AckStoreWorker::insertNotes(const QList<TimelineNote>& notes)
{
    sqlite::Statement insert =
        m_db->prepare("INSERT INTO timeline(alert_id, at_ms, kind, actor, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert.isValid())
        return false;
    for (const TimelineNote& note : notes) {
        insert.bind(1, note.alertId);
        insert.bind(2, note.atMs);
        insert.bindText(3, note.kind);
        insert.bind(4, note.actor);
        insert.bind(5, note.detail);
        if (!insert.run())
            return false;
    }
    return true;
}

QList<qint64> AckStoreWorker::alertsOf(const QList<TimelineNote>& notes) const
{
    QList<qint64> ids;
    ids.reserve(notes.size());
    for (const TimelineNote& note : notes)
        ids.append(note.alertId);
    return ids;
}

void AckStoreWorker::saveAcknowledgements(const QList<Acknowledgement>& acks, const QList<TimelineNote>& notes)
{
    const bool ok = transaction([&] {
        sqlite::Statement remove = m_db->prepare("DELETE FROM acknowledgements WHERE alert_id = ?1");
        sqlite::Statement insert =
            m_db->prepare("INSERT INTO acknowledgements(alert_id, actor, note, at_ms, until_ms, until_resolved) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!remove.isValid() || !insert.isValid())
            return false;
        for (const Acknowledgement& ack : acks) {
            remove.bind(1, ack.alertId);
            insert.bind(1, ack.alertId);
            insert.bind(2, ack.actor);
            insert.bind(3, ack.note);
            insert.bind(4, ack.atMs);
            if (ack.untilMs == 0)
                insert.bindNull(5);
            else
                insert.bind(5, ack.untilMs);
            insert.bind(6, qint64(ack.untilResolved ? 1 : 0));
            if (!remove.run() || !insert.run())
                return false;
        }
        return insertNotes(notes);
    });
    if (ok)
        emit written(alertsOf(notes));
}

void AckStoreWorker::removeAcknowledgements(const QList<qint64>& alertIds, const QList<TimelineNote>& notes)
{
    const bool ok = transaction([&] {
        sqlite::Statement remove = m_db->prepare("DELETE FROM acknowledgements WHERE alert_id = ?1");
        if (!remove.isValid())
            return false;
        for (const qint64 id : alertIds) {
            remove.bind(1, id);
            if (!remove.run())
                return false;
        }
        return insertNotes(notes);
    });
    if (ok)
        emit written(alertsOf(notes));
}

void AckStoreWorker::saveSilence(const Silence& silence)
{
    transaction([&] {
        sqlite::Statement upsert = m_db->prepare(
            "INSERT INTO silences(uid, matchers, actor, note, starts_ms, ends_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
            "ON CONFLICT(uid) DO UPDATE SET matchers = excluded.matchers, actor = excluded.actor, "
            "note = excluded.note, starts_ms = excluded.starts_ms, ends_ms = excluded.ends_ms");
        if (!upsert.isValid())
            return false;
        upsert.bind(1, silence.uid);
        upsert.bind(2, silence.matchers);
        upsert.bind(3, silence.actor);
        upsert.bind(4, silence.note);
        upsert.bind(5, silence.startsMs);
        upsert.bind(6, silence.endsMs);
        return upsert.run();
    });
}

void AckStoreWorker::deleteSilence(const QString& uid)
{
    transaction([&] {
        sqlite::Statement remove = m_db->prepare("DELETE FROM silences WHERE uid = ?1");
        if (!remove.isValid())
            return false;
        remove.bind(1, uid);
        return remove.run();
    });
}

void AckStoreWorker::addTimeline(const QList<TimelineNote>& notes)
{
    if (notes.isEmpty())
        return;
    if (transaction([&] { return insertNotes(notes); }))
        emit written(alertsOf(notes));
}

} // namespace alertdesk
