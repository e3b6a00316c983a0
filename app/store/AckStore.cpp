#include "store/AckStore.h"

#include <algorithm>
#include <numeric>

#include <QDateTime>
#include <QMutexLocker>
#include <QUuid>

#include "common/Clock.h"
#include "store/AckStoreWorker.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "store/StoreLogging.h"

namespace alertdesk {

namespace {

constexpr quint8 kAttention = AlertRow::Acknowledged | AlertRow::Silenced;

// Timeline details are kept as written, in the operator's language at the time.
QString untilText(qint64 untilMs)
{
    return AckStore::tr("until %1").arg(QDateTime::fromMSecsSinceEpoch(untilMs).toString(Qt::ISODate));
}

QString untilText(const Acknowledgement& ack)
{
    return ack.untilResolved ? AckStore::tr("until resolved") : untilText(ack.untilMs);
}

QString joined(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    return second.isEmpty() ? first : first + QStringLiteral(" — ") + second;
}

} // namespace

AckStore::AckStore(AlertStore& store, const Clock& clock, const QString& databaseFile, QObject* parent)
    : QObject(parent),
      m_store(store),
      m_clock(clock),
      m_path(databaseFile)
{
    qRegisterMetaType<Acknowledgement>();
    qRegisterMetaType<Silence>();
    qRegisterMetaType<TimelineNote>();
    qRegisterMetaType<QList<Acknowledgement>>();
    qRegisterMetaType<QList<Silence>>();
    qRegisterMetaType<QList<TimelineNote>>();
    qRegisterMetaType<QList<qint64>>();
    m_thread.setObjectName(QStringLiteral("alertdesk-acks"));
    m_worker = new AckStoreWorker(databaseFile);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AckStoreWorker::loaded, this, &AckStore::adopt);
    connect(m_worker, &AckStoreWorker::written, this, &AckStore::timelineWritten);
    connect(m_worker, &AckStoreWorker::failed, this, [this](const QString& message) {
        qCWarning(lcStore).noquote() << message;
        if (!m_loaded) { // without the history, acknowledgements and silences still work for this session
            m_persist = false;
            adopt({}, {});
        }
        emit storageFailed(message);
    });
    m_thread.start();
    connect(&m_store, &AlertStore::changed, this, &AckStore::storeChanged);
    connect(&m_store, &AlertStore::openFailed, this, [this] {
        m_persist = false;
        adopt({}, {});
    });
    if (m_store.isOpen())
        openWorker();
    else
        connect(&m_store, &AlertStore::opened, this, &AckStore::openWorker);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AckStore::refresh);
    m_timer.start();
}

AckStore::~AckStore()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

template <typename Call>
void AckStore::toWorker(Call&& call)
{
    if (m_persist)
        QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void AckStore::openWorker()
{
    // After the alert store's open: the schema is migrated and the rows the acknowledgements refer to are in.
    toWorker([worker = m_worker] { worker->open(); });
}

void AckStore::flush()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &AckStoreWorker::sync, Qt::BlockingQueuedConnection);
}

void AckStore::adopt(const QList<Acknowledgement>& acks, const QList<Silence>& silences)
{
    if (m_loaded)
        return;
    const AlertTable& table = m_store.table();
    for (Acknowledgement ack : acks) {
        const auto index = table.findAlertId(ack.alertId);
        if (!index || m_acks.contains(ack.alertId)) // retention removed the alert / acknowledged meanwhile
            continue;
        ack.fingerprint = table.row(*index).fieldText(RowField::Fingerprint);
        m_acks.insert(ack.alertId, ack);
    }
    QList<Silence> all = silences;
    for (const Silence& made : std::as_const(m_silences)) {
        if (std::none_of(all.begin(), all.end(), [&made](const Silence& s) { return s.uid == made.uid; }))
            all.append(made);
    }
    m_silences = all;
    m_loaded = true;
    m_rows.setSilences(m_silences);
    m_active = activeSilenceIds();
    publishQueryState();
    // Flags are not stored: they follow from what was loaded. The timeline has these entries already.
    QList<quint32> rows;
    QList<quint8> wanted;
    const std::vector<quint16> silencedBy = m_rows.matchAll(table, m_clock.nowMs());
    for (quint32 row = 0; row < table.size(); ++row) {
        const quint8 flags = quint8(ackFlag(table.row(row)) | (silencedBy[row] ? AlertRow::Silenced : 0));
        if (flags != (table.row(row).flags & kAttention)) {
            rows.append(row);
            wanted.append(flags);
        }
    }
    applyFlags(rows, wanted, nullptr);
    qCDebug(lcStore) << "loaded" << m_acks.size() << "acknowledgements and" << m_silences.size() << "silences";
    emit loaded();
    emit acknowledgementsChanged();
    emit silencesChanged();
    refresh(); // whatever ended while the desk was closed
}

quint8 AckStore::ackFlag(const AlertRow& row) const
{
    if (m_acks.isEmpty())
        return 0;
    const auto found = m_acks.constFind(row.alertId);
    return found != m_acks.cend() && found->isActive(m_clock.nowMs()) ? AlertRow::Acknowledged : 0;
}

void AckStore::acknowledge(const QList<qint64>& alertIds, const QString& actor, const QString& note,
                           std::optional<qint64> durationMs)
{
    const qint64 now = m_clock.nowMs();
    const AlertTable& table = m_store.table();
    QList<Acknowledgement> saved;
    QList<TimelineNote> notes;
    QList<quint32> rows;
    QList<quint8> wanted;
    for (const qint64 id : alertIds) {
        const auto index = table.findAlertId(id);
        if (!index || table.row(*index).isRemoved())
            continue;
        Acknowledgement ack;
        ack.alertId = id;
        ack.fingerprint = table.row(*index).fieldText(RowField::Fingerprint);
        ack.actor = actor;
        ack.note = note;
        ack.atMs = now;
        ack.untilResolved = !durationMs;
        ack.untilMs = durationMs ? now + std::max<qint64>(1, *durationMs) : 0;
        m_acks.insert(id, ack);
        saved.append(ack);
        notes.append(TimelineNote{id, now, "acknowledged", actor, joined(note, untilText(ack))});
        rows.append(*index);
        wanted.append(quint8((table.row(*index).flags & AlertRow::Silenced) | AlertRow::Acknowledged));
    }
    if (saved.isEmpty())
        return;
    publishQueryState();
    applyFlags(rows, wanted, nullptr);
    toWorker([worker = m_worker, saved, notes] { worker->saveAcknowledgements(saved, notes); });
    emit acknowledgementsChanged();
}

void AckStore::unacknowledge(const QList<qint64>& alertIds, const QString& actor)
{
    endAcknowledgements(alertIds, actor, {});
}

void AckStore::endAcknowledgements(const QList<qint64>& alertIds, const QString& actor, const QString& why)
{
    const qint64 now = m_clock.nowMs();
    const AlertTable& table = m_store.table();
    QList<qint64> ended;
    QList<TimelineNote> notes;
    QList<quint32> rows;
    QList<quint8> wanted;
    for (const qint64 id : alertIds) {
        if (!m_acks.remove(id))
            continue;
        ended.append(id);
        notes.append(TimelineNote{id, now, "unacknowledged", actor, why});
        if (const auto index = table.findAlertId(id)) {
            rows.append(*index);
            wanted.append(quint8(table.row(*index).flags & AlertRow::Silenced));
        }
    }
    if (ended.isEmpty())
        return;
    publishQueryState();
    applyFlags(rows, wanted, nullptr);
    toWorker([worker = m_worker, ended, notes] { worker->removeAcknowledgements(ended, notes); });
    emit acknowledgementsChanged();
}

std::optional<Acknowledgement> AckStore::acknowledgement(qint64 alertId) const
{
    const auto found = m_acks.constFind(alertId);
    if (found == m_acks.cend() || !found->isActive(m_clock.nowMs()))
        return std::nullopt;
    return *found;
}

std::expected<Silence, FilterError> AckStore::addSilence(const QString& matchers, const QString& actor,
                                                         const QString& note, qint64 startsMs, qint64 endsMs)
{
    if (auto compiled = compileSilenceMatchers(matchers); !compiled)
        return std::unexpected(compiled.error());
    if (endsMs <= startsMs)
        return std::unexpected(FilterError{0, 0, tr("A silence must end after it starts.")});
    Silence silence;
    silence.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    silence.matchers = matchers.trimmed();
    silence.actor = actor;
    silence.note = note;
    silence.startsMs = startsMs;
    silence.endsMs = endsMs;
    m_silences.append(silence);
    std::stable_sort(m_silences.begin(), m_silences.end(),
                     [](const Silence& a, const Silence& b) { return a.startsMs < b.startsMs; });
    toWorker([worker = m_worker, silence] { worker->saveSilence(silence); });
    silencesEdited();
    return silence;
}

void AckStore::expireSilence(const QString& uid)
{
    const auto found = silence(uid);
    if (found && found->endsMs > m_clock.nowMs())
        setSilenceEnd(uid, m_clock.nowMs());
}

void AckStore::setSilenceEnd(const QString& uid, qint64 endsMs)
{
    for (Silence& silence : m_silences) {
        if (silence.uid != uid)
            continue;
        silence.endsMs = std::max(endsMs, silence.startsMs);
        toWorker([worker = m_worker, silence] { worker->saveSilence(silence); });
        silencesEdited();
        return;
    }
}

void AckStore::deleteSilence(const QString& uid)
{
    const auto removed = m_silences.removeIf([&uid](const Silence& s) { return s.uid == uid; });
    if (removed == 0)
        return;
    toWorker([worker = m_worker, uid] { worker->deleteSilence(uid); });
    silencesEdited();
}

std::optional<Silence> AckStore::silence(const QString& uid) const
{
    for (const Silence& s : m_silences) {
        if (s.uid == uid)
            return s;
    }
    return std::nullopt;
}

std::optional<Silence> AckStore::silenceOf(quint32 row) const
{
    if (row >= m_store.table().size() || !(m_store.table().row(row).flags & AlertRow::Silenced))
        return std::nullopt;
    const int index = m_rows.firstMatch(m_store.table(), row, m_clock.nowMs());
    return index < 0 ? std::nullopt : std::optional<Silence>(m_rows.silences().at(index));
}

quint32 AckStore::countMatching(const AlertFilter& filter) const
{
    const AlertTable& table = m_store.table();
    std::vector<quint32> candidates(table.size());
    std::iota(candidates.begin(), candidates.end(), 0u);
    std::vector<quint32> matched;
    filter.filterRows(table, candidates, m_clock.nowMs(), matched);
    return quint32(matched.size());
}

void AckStore::silencesEdited()
{
    m_rows.setSilences(m_silences);
    m_active = activeSilenceIds();
    publishQueryState();
    resilenceAll(true);
    emit silencesChanged();
}

QList<QString> AckStore::activeSilenceIds() const
{
    const qint64 now = m_clock.nowMs();
    QList<QString> ids;
    for (const Silence& silence : m_silences) {
        if (silence.isActive(now))
            ids.append(silence.uid);
    }
    return ids;
}

void AckStore::resilenceAll(bool writeNotes)
{
    const AlertTable& table = m_store.table();
    const std::vector<quint16> silencedBy = m_rows.matchAll(table, m_clock.nowMs());
    QList<quint32> rows;
    QList<quint8> wanted;
    QList<quint16> by;
    for (quint32 row = 0; row < table.size(); ++row) {
        const AlertRow& alert = table.row(row);
        const bool silenced = silencedBy[row] != 0;
        if (alert.isRemoved() || silenced == bool(alert.flags & AlertRow::Silenced))
            continue;
        rows.append(row);
        wanted.append(quint8((alert.flags & AlertRow::Acknowledged) | (silenced ? AlertRow::Silenced : 0)));
        by.append(silencedBy[row]);
    }
    applyFlags(rows, wanted, writeNotes ? &by : nullptr);
}

void AckStore::applyFlags(const QList<quint32>& rows, const QList<quint8>& wanted, const QList<quint16>* silencedBy)
{
    if (rows.isEmpty())
        return;
    const AlertTable& table = m_store.table();
    if (silencedBy) {
        const qint64 now = m_clock.nowMs();
        QList<TimelineNote> notes;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const AlertRow& row = table.row(rows[i]);
            const quint16 by = silencedBy->at(i);
            if (by != 0) {
                const Silence& s = m_rows.silences().at(by - 1);
                notes.append(
                    TimelineNote{row.alertId, now, "silenced", s.actor, joined(s.matchers, untilText(s.endsMs))});
            } else if (row.flags & AlertRow::Silenced) {
                notes.append(TimelineNote{row.alertId, now, "unsilenced", {}, tr("silence ended")});
            }
        }
        if (!notes.isEmpty())
            toWorker([worker = m_worker, notes] { worker->addTimeline(notes); });
    }
    // The store reports these rows to its observers (table, views, counts); that report is not news to us.
    m_applying = true;
    m_store.setAttentionFlags(rows, wanted);
    m_applying = false;
}

void AckStore::storeChanged(const StoreChange& change)
{
    if (m_applying || !m_loaded)
        return;
    const AlertTable& table = m_store.table();
    // An "until resolved" acknowledgement ends when an event resolving its alert folds in.
    if (!m_acks.isEmpty()) {
        QList<qint64> resolved;
        for (const quint32 index : change.updatedRows) {
            const AlertRow& row = table.row(index);
            const auto found = m_acks.constFind(row.alertId);
            if (found != m_acks.cend() && found->untilResolved && row.status == Status::Resolved)
                resolved.append(row.alertId);
        }
        endAcknowledgements(resolved, {}, tr("resolved"));
    }
    if (m_active.isEmpty())
        return;
    // New and changed alerts that an active silence matches (or, their fields having changed, no longer does).
    // Checked after this report has reached every observer: flagging them now would report the new rows as
    // updated before the observers have heard of them at all.
    for (const quint32 index : change.updatedRows)
        m_recheck.push_back(index);
    for (quint32 index = change.firstNewRow; index < change.firstNewRow + change.newRows; ++index)
        m_recheck.push_back(index);
    if (!m_recheckQueued && !m_recheck.empty()) {
        m_recheckQueued = true;
        QMetaObject::invokeMethod(this, &AckStore::recheckSilences, Qt::QueuedConnection);
    }
}

void AckStore::recheckSilences()
{
    m_recheckQueued = false;
    std::vector<quint32> pending = std::exchange(m_recheck, {});
    std::sort(pending.begin(), pending.end());
    pending.erase(std::unique(pending.begin(), pending.end()), pending.end());
    const AlertTable& table = m_store.table();
    const qint64 now = m_clock.nowMs();
    QList<quint32> rows;
    QList<quint8> wanted;
    QList<quint16> by;
    for (const quint32 index : pending) {
        if (index >= table.size() || table.row(index).isRemoved())
            continue;
        const AlertRow& row = table.row(index);
        const int silence = m_rows.firstMatch(table, index, now);
        if ((silence >= 0) == bool(row.flags & AlertRow::Silenced))
            continue;
        rows.append(index);
        wanted.append(quint8((row.flags & AlertRow::Acknowledged) | (silence >= 0 ? AlertRow::Silenced : 0)));
        by.append(quint16(silence + 1));
    }
    applyFlags(rows, wanted, &by);
}

void AckStore::refresh()
{
    if (!m_loaded)
        return;
    const qint64 now = m_clock.nowMs();
    QList<qint64> due;
    for (auto it = m_acks.cbegin(); it != m_acks.cend(); ++it) {
        if (!it->isActive(now))
            due.append(it.key());
    }
    endAcknowledgements(due, {}, tr("expired"));
    if (QList<QString> active = activeSilenceIds(); active != m_active) {
        m_active = std::move(active);
        publishQueryState();
        resilenceAll(true);
        emit silencesChanged();
    }
}

void AckStore::publishQueryState()
{
    QHash<QString, qint64> acked;
    acked.reserve(m_acks.size());
    for (const Acknowledgement& ack : std::as_const(m_acks))
        acked.insert(ack.fingerprint, ack.untilMs);
    QMutexLocker lock(&m_queryMutex);
    m_ackedFingerprints = std::move(acked);
    m_events.setSilences(m_rows.silences());
}

bool AckStore::isAcknowledged(const QString& fingerprint, qint64 now) const
{
    QMutexLocker lock(&m_queryMutex);
    const auto found = m_ackedFingerprints.constFind(fingerprint);
    return found != m_ackedFingerprints.cend() && (*found == 0 || now < *found);
}

bool AckStore::isSilenced(const Event& event, qint64 now) const
{
    QMutexLocker lock(&m_queryMutex);
    return m_events.matchesEvent(event, now);
}

} // namespace alertdesk
