#pragma once

#include <string_view>

#include <QByteArray>

#include "event/Event.h"

namespace alertdesk {

// The decode/tail output line: one compact JSON object with exactly the keys of the event model, in the
// model's order (id, source, type, subject, region, time, severity, status, title, summary, labels, data,
// fingerprint, origin). `data` is written as received. No trailing newline.
QByteArray eventToJsonLine(const Event& event);

// What patterns match: the event's CloudEvent JSON with {"alertdesk":{"severity","status","fingerprint",
// "title"}} added as the last top-level member.
QByteArray cloudEventWithAlertdesk(const Event& event);

// The feed hub's frame: the CloudEvent JSON with the hub's sequence number as the extension attribute `seq`
// (written first, so that decoding strips it back to the exact original bytes).
QByteArray cloudEventWithSeq(const QByteArray& cloudEvent, qint64 seq);

// JSON string literal (with quotes) for UTF-16 text, escaping only what JSON requires.
void appendJsonString(QByteArray& out, QStringView text);
// The same for UTF-8 text.
void appendJsonString(QByteArray& out, std::string_view utf8);

} // namespace alertdesk
