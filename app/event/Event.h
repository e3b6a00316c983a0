#pragma once

#include <string_view>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>

namespace alertdesk {

// Ordered by rank, so `severity >= Severity::Major` reads as the filter language does.
enum class Severity : quint8 { Unknown, Info, Warning, Major, Critical };
enum class Status : quint8 { Firing, Resolved, Stateless };

QString severityName(Severity severity);   // "critical", … (never translated: wire and filter keyword)
QString statusName(Status status);         // "firing", "resolved", "stateless"
Severity severityFromText(QStringView text);        // README, "Event model"; unknown words give Unknown
Severity severityFromText(std::string_view utf8);   // the same for UTF-8 text

using Labels = QList<std::pair<QString, QString>>;   // sorted by name

// The one normalised event every source decodes into (BRIEF.md, "The event model").
struct Event
{
    QString id;
    QString source;
    QString type;
    QString subject;
    QString region;
    qint64 timeMs = 0;          // epoch milliseconds, UTC; printed as RFC 3339 with milliseconds
    Severity severity = Severity::Unknown;
    Status status = Status::Stateless;
    QString title;
    QString summary;
    Labels labels;
    QString fingerprint;        // lifecycle key: events with the same fingerprint form one alert
    QString origin;             // file:<name>, stdin, a (redacted) feed URL, or demo

    // What the event came as, kept once: for CloudEvent input the CloudEvent JSON exactly as written (without the
    // hub's `seq`), its `data` a slice of it; for Alertmanager input the alert object, which is the data, and the
    // CloudEvent form is derived from the fields when asked for. One buffer per event, nothing built twice.
    enum class Payload : quint8 { CloudEvent, AlertmanagerAlert };
    Payload payloadKind = Payload::CloudEvent;
    QByteArray payload;
    qsizetype dataOffset = 0;   // the data value's place in `payload`; length 0: no data
    qsizetype dataLength = 0;

    // The data value as raw JSON text, exactly as received; "null" when absent.
    QByteArrayView data() const;
    // The event's CloudEvent JSON: the original object as written, or the CloudEvent form of an Alertmanager
    // alert (what the hub sends, without its `seq`). cloudEventWithAlertdesk() adds the derived fields under the
    // reserved key "alertdesk" for pattern matching.
    QByteArray cloudEvent() const;

    // De-duplication key: source + id.
    QString dedupKey() const { return source + QChar(0x1f) + id; }
    // Labels value by name, empty if absent.
    QString label(QStringView name) const;
};

bool operator==(const Event& a, const Event& b);

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::Event)
