#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "event/Event.h"
#include "store/FilterDataValues.h"

namespace alertdesk {

// How much history the store keeps (BRIEF.md, "Configuration and data"); both are settings.
struct RetentionLimits
{
    qint64 maxBytes = qint64(1024) * 1024 * 1024;   // the database's used pages
    int maxEventsPerAlert = 100;
};

// What retention has removed since the profile was created.
struct RetentionCounts
{
    qint64 alertsRemoved = 0;
    qint64 eventsRemoved = 0;
};

// One line of an alert's timeline: derived from its stored events (fired, repeated, resolved, fired again)
// and from the timeline table (acknowledged, silenced, notified — later stages write those).
struct TimelineEntry
{
    enum class Kind : quint8 { Fired, Repeated, Resolved, Refired, Received, Acknowledged, Silenced, Notified,
                              Unacknowledged, Unsilenced };
    qint64 atMs = 0;
    Kind kind = Kind::Received;
    Severity severity = Severity::Unknown;
    QString eventId;
    QString actor;
    QString detail;
};

// What the detail pane loads on demand: the latest event's original JSON and the timeline.
struct AlertDetail
{
    qint64 alertId = 0;
    Event::Payload payloadKind = Event::Payload::CloudEvent;
    QByteArray payload;             // the original JSON as received (an Alertmanager alert: its alert object)
    QList<TimelineEntry> timeline;  // oldest first
    qint64 eventsNotKept = 0;       // earlier events that retention removed
};

// One batch of changes to the alert table, as AlertStore reports it to its observers.
struct StoreChange
{
    quint32 firstNewRow = 0;
    quint32 newRows = 0;
    QList<quint32> updatedRows;   // existing rows whose latest event, count or status changed
    QList<quint32> removedRows;   // rows retention removed (now tombstones)
    FilterDataValues data;        // the watched data.<path> values of new and updated rows
};

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::RetentionCounts)
Q_DECLARE_METATYPE(alertdesk::AlertDetail)
Q_DECLARE_METATYPE(alertdesk::StoreChange)
