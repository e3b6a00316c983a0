#pragma once

// A small alert table for the filter tests: rows built the way the store builds them (rowText/rowFolded from
// an Event, pooled strings interned), plus each row's data JSON so data.<path> terms can be extracted.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include "event/Event.h"
#include "event/EventTime.h"
#include "store/AlertFilter.h"
#include "store/AlertTable.h"
#include "store/FilterDataValues.h"

namespace filterfixture {

using namespace alertdesk;

// 2026-11-27T12:00:00Z: the clock of every @age and time case.
inline qint64 nowMs()
{
    return *parseEventTime("2026-11-27T12:00:00Z");
}

struct Spec
{
    QString id;
    QString source;
    QString type;
    QString subject;
    QString region;
    qint64 ageMs = 0;     // first seen this long before now
    qint64 timeAgoMs = 0; // latest event this long before now
    Severity severity = Severity::Unknown;
    Status status = Status::Stateless;
    QString title;
    QString summary;
    Labels labels;
    QString origin;
    quint8 flags = 0;
    QByteArray data = "null";
};

// A row with only an id and a source (the rest empty), for tests that set the few fields they need.
inline Spec basic(const QString& id, const QString& source)
{
    Spec spec;
    spec.id = id;
    spec.source = source;
    spec.type = QStringLiteral("T");
    return spec;
}

inline quint32 append(AlertTable& table, const Spec& spec, QHash<quint32, QByteArray>* dataByRow = nullptr)
{
    Event event;
    event.id = spec.id;
    event.source = spec.source;
    event.type = spec.type;
    event.subject = spec.subject;
    event.region = spec.region;
    event.timeMs = nowMs() - spec.timeAgoMs;
    event.severity = spec.severity;
    event.status = spec.status;
    event.title = spec.title;
    event.summary = spec.summary;
    event.labels = spec.labels;
    event.fingerprint = QStringLiteral("fp-") + spec.id;
    event.origin = spec.origin;
    AlertRow row;
    row.alertId = qint64(table.size()) + 1;
    row.firstSeenMs = nowMs() - spec.ageMs;
    row.lastSeenMs = event.timeMs;
    row.count = 1;
    row.source = table.pool().intern(event.source);
    row.type = table.pool().intern(event.type);
    row.region = table.pool().intern(event.region);
    row.origin = table.pool().intern(event.origin);
    row.severity = event.severity;
    row.status = event.status;
    row.flags = spec.flags;
    row.text = rowText(event);
    row.folded = rowFolded(event);
    const quint32 index = table.append(std::move(row));
    if (dataByRow)
        dataByRow->insert(index, spec.data);
    return index;
}

// What the store does for a filter with data.<path> terms: extract the paths' values from each row's data.
inline FilterDataValues dataValues(const AlertFilter& filter, const QHash<quint32, QByteArray>& dataByRow)
{
    FilterDataValues values;
    if (filter.dataPaths().isEmpty())
        return values;
    for (auto it = dataByRow.cbegin(); it != dataByRow.cend(); ++it)
        values.rows.insert(it.key(), extractDataValues(it.value(), filter.dataPaths()));
    return values;
}

inline QString idOf(const AlertTable& table, quint32 row)
{
    return table.row(row).fieldText(RowField::Id);
}

} // namespace filterfixture
