#pragma once

#include <array>
#include <cstdint>

#include <QByteArray>
#include <QByteArrayView>

#include "event/Event.h"

namespace alertdesk {

class StringPool;

// The text fields of an alert row, in the order they are kept in AlertRow::text.
enum class RowField : quint8 { Id, Subject, Title, Summary, Fingerprint, LabelList };
inline constexpr int rowFieldCount = 6;

// Separators inside AlertRow::text and AlertRow::folded: ASCII unit/record/group separators never occur in
// the decoded fields that matter here, and if one did it would only split a field early, never cross rows.
inline constexpr char fieldSeparator = '\x1f';
inline constexpr char labelValueSeparator = '\x1e';
inline constexpr char labelSeparator = '\x1d';

// One alert in memory, compact: a million of them fit in well under a GiB (issue 3 asks ≤ 1 KiB each). The
// low-cardinality strings are StringPool ids; the per-alert strings share one UTF-8 buffer; the full events and
// their original JSON stay in SQLite and load on demand.
struct AlertRow
{
    enum Flag : quint8 { Acknowledged = 1, Silenced = 2, Removed = 4 };

    qint64 alertId = 0;          // stable id: the alerts table's primary key
    qint64 latestEventRow = 0;   // the events table's id of the latest event
    qint64 firstSeenMs = 0;      // time of the first event; the table's "Age" counts from here
    qint64 lastSeenMs = 0;       // time of the latest event
    quint32 count = 0;           // events folded into this alert
    quint32 source = 0;          // StringPool ids
    quint32 type = 0;
    quint32 region = 0;
    quint32 origin = 0;
    Severity severity = Severity::Unknown;
    Status status = Status::Stateless;
    quint8 flags = 0;
    quint16 storedEvents = 0;    // events of this alert still in SQLite (bounded by the per-alert cap)
    // UTF-8: id, subject, title, summary, fingerprint, labels ("name\x1evalue\x1d…"), separated by \x1f.
    QByteArray text;
    // Lower-cased UTF-8 of what a bare filter word searches: subject, title, summary, label values.
    QByteArray folded;

    bool isRemoved() const { return flags & Removed; }
    QByteArrayView field(RowField which) const;
    QString fieldText(RowField which) const { return QString::fromUtf8(field(which)); }
    // The value of one label, or an empty view (and false) when the alert has no such label.
    bool label(QByteArrayView name, QByteArrayView* value) const;
};

// All text fields at once (one pass instead of one scan per field).
std::array<QByteArrayView, rowFieldCount> splitRowText(QByteArrayView text);

// Builds the text buffers of a row from an event.
QByteArray rowText(const Event& event);
QByteArray rowFolded(const Event& event);
// The fields a row takes from an event: severity, status, the pooled strings and both text buffers.
void takeEventFields(AlertRow& row, const Event& event, StringPool& pool);

} // namespace alertdesk
