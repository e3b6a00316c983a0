#pragma once

#include <expected>
#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

#include "event/Event.h"
#include "store/Acknowledgement.h"
#include "store/FilterError.h"
#include "store/Silence.h"
#include "store/SilenceMatcher.h"
#include "store/StoreTypes.h"

namespace alertdesk {

class AckStoreWorker;
class AlertFilter;
class AlertStore;
class Clock;
struct TimelineNote;

// Acknowledgements and silences (issue 4), the GUI thread's face. Keeps the alert rows' Acknowledged and
// Silenced flags right — as the operator acknowledges and silences, as alerts resolve (an "until resolved"
// acknowledgement ends), as new alerts arrive that a silence matches, and as acknowledgements and silences
// expire by the injected clock (checked every second, or when refresh() is called) — and persists both, with
// timeline entries, through a storage thread of its own (AckStoreWorker). Loaded once the alert store has
// opened its history. The router asks isAcknowledged()/isSilenced(); those two are safe from any thread.
class AckStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AckStore)

public:
    AckStore(AlertStore& store, const Clock& clock, const QString& databaseFile, QObject* parent = nullptr);
    ~AckStore() override;

    bool isLoaded() const { return m_loaded; }
    AlertStore& alertStore() const { return m_store; }
    const Clock& clock() const { return m_clock; }

    // Until resolved when `durationMs` is empty, else for that long from now. Replaces earlier ones.
    void acknowledge(const QList<qint64>& alertIds, const QString& actor, const QString& note,
                     std::optional<qint64> durationMs);
    void unacknowledge(const QList<qint64>& alertIds, const QString& actor);
    std::optional<Acknowledgement> acknowledgement(qint64 alertId) const;
    int acknowledgementCount() const { return int(m_acks.size()); }

    // A silence over [startsMs, endsMs); the error is the matchers' (position and reason).
    std::expected<Silence, FilterError> addSilence(const QString& matchers, const QString& actor, const QString& note,
                                                   qint64 startsMs, qint64 endsMs);
    // Ends a silence now (it stays listed as expired); deleting removes it altogether.
    void expireSilence(const QString& uid);
    // Moves a silence's end (an expiry undone puts the old end back); never before its start.
    void setSilenceEnd(const QString& uid, qint64 endsMs);
    void deleteSilence(const QString& uid);
    QList<Silence> silences() const { return m_silences; }
    std::optional<Silence> silence(const QString& uid) const;
    // The active silence that silences a row (the first of them), if any.
    std::optional<Silence> silenceOf(quint32 row) const;
    // How many live alerts `filter` matches now (the silence dialog's live count).
    quint32 countMatching(const AlertFilter& filter) const;

    // The router's questions (AckStoreSuppression passes them on); thread-safe. An alert is asked about by
    // fingerprint; an event by what it holds, so a silence applies even before (or without) the event's row.
    bool isAcknowledged(const QString& fingerprint, qint64 nowMs) const;
    bool isSilenced(const Event& event, qint64 nowMs) const;

    // Ends what is due by the clock now (the timer calls this every second).
    void refresh();
    // Waits until every change so far is written (shutdown, tests).
    void flush();

signals:
    void loaded();
    void acknowledgementsChanged();
    void silencesChanged();
    // The timeline of these alerts gained entries (committed): a detail pane showing one reloads it.
    void timelineWritten(const QList<qint64>& alertIds);
    void storageFailed(const QString& message);

private:
    void openWorker();
    void adopt(const QList<Acknowledgement>& acks, const QList<Silence>& silences);
    void storeChanged(const StoreChange& change);
    void recheckSilences();
    void endAcknowledgements(const QList<qint64>& alertIds, const QString& actor, const QString& why);
    void silencesEdited();
    // Recomputes the Silenced flag of every row (a silence started, ended, was added or removed).
    void resilenceAll(bool writeNotes);
    // Sets the rows' flags to `wanted` (Acknowledged|Silenced), reports them to the store's observers and, with
    // `silencedBy` (1 + silence index, per row of `rows`), writes the silence timeline entries.
    void applyFlags(const QList<quint32>& rows, const QList<quint8>& wanted, const QList<quint16>* silencedBy);
    quint8 ackFlag(const AlertRow& row) const;
    void publishQueryState();
    QList<QString> activeSilenceIds() const;
    template <typename Call>
    void toWorker(Call&& call);

    AlertStore& m_store;
    const Clock& m_clock;
    const QString m_path;
    QThread m_thread;
    AckStoreWorker* m_worker = nullptr; // lives on m_thread
    bool m_loaded = false;
    bool m_persist = true;
    bool m_applying = false;               // our own flag change is being reported: not a store change to fold
    QHash<qint64, Acknowledgement> m_acks; // by alert id
    QList<Silence> m_silences;             // all, by start
    SilenceMatcher m_rows;                 // GUI thread
    QList<QString> m_active;               // uids of the silences active at the last check
    std::vector<quint32> m_recheck;        // rows a store change touched, for recheckSilences()
    bool m_recheckQueued = false;
    QTimer m_timer;

    mutable QMutex m_queryMutex;                // guards the two below for the router
    QHash<QString, qint64> m_ackedFingerprints; // fingerprint → until (0: no end)
    mutable SilenceMatcher m_events;
};

} // namespace alertdesk
