#pragma once

#include <memory>

#include <QList>
#include <QObject>

#include "store/Acknowledgement.h"
#include "store/Silence.h"

namespace alertdesk {

namespace sqlite {
class Database;
}

// One line for an alert's timeline (the timeline table; HistoryReader shows it in the detail pane).
struct TimelineNote
{
    qint64 alertId = 0;
    qint64 atMs = 0;
    QByteArray kind; // "acknowledged", "unacknowledged", "silenced", "unsilenced"
    QString actor;
    QString detail;
};

// The storage side of AckStore: its own connection to the profile's alertdesk.sqlite (WAL lets it write beside
// the alert store's writer; the busy timeout covers a batch commit in progress), on a thread of its own so the
// GUI thread never touches SQLite. Opened after the alert store has migrated the schema. Every write is one
// transaction; written() names the alerts whose timeline changed.
class AckStoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AckStoreWorker)

public:
    explicit AckStoreWorker(QString path);
    ~AckStoreWorker() override;

    void open();
    // Replaces the alerts' acknowledgements (an alert has at most one).
    void saveAcknowledgements(const QList<alertdesk::Acknowledgement>& acks,
                              const QList<alertdesk::TimelineNote>& notes);
    void removeAcknowledgements(const QList<qint64>& alertIds, const QList<alertdesk::TimelineNote>& notes);
    // Inserts or updates (by uid).
    void saveSilence(const alertdesk::Silence& silence);
    void deleteSilence(const QString& uid);
    void addTimeline(const QList<alertdesk::TimelineNote>& notes);
    void sync() {} // a no-op the face waits for: everything queued before it is written

signals:
    void loaded(const QList<alertdesk::Acknowledgement>& acks, const QList<alertdesk::Silence>& silences);
    void failed(const QString& message);
    void written(const QList<qint64>& alertIds);

private:
    // Runs `body` in one transaction; reports a failure and rolls back.
    template <typename Body>
    bool transaction(Body&& body);
    bool insertNotes(const QList<TimelineNote>& notes);
    QList<qint64> alertsOf(const QList<TimelineNote>& notes) const;

    const QString m_path;
    std::unique_ptr<sqlite::Database> m_db;
};

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::TimelineNote)
