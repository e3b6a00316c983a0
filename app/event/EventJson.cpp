#include "EventJson.h"

#include "event/EventTime.h"

namespace alertdesk {

namespace {

const char kHex[] = "0123456789abcdef";

void appendEscapedUtf8(QByteArray& out, const char* data, qsizetype size)
{
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(escape, 6);
        }
        }
    }
    out.append(data + runStart, size - runStart);
    out.append('"');
}

void appendMember(QByteArray& out, const char* key, QStringView value)
{
    out.append(',').append('"').append(key).append("\":");
    appendJsonString(out, value);
}

void appendLabels(QByteArray& out, const Labels& labels)
{
    out.append('{');
    bool first = true;
    for (const auto& [name, value] : labels) {
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, name);
        out.append(':');
        appendJsonString(out, value);
    }
    out.append('}');
}

// The object text up to (not including) its closing brace, and whether it has members.
QByteArrayView openObject(const QByteArray& object, bool& hasMembers)
{
    qsizetype end = object.size();
    while (end > 0 && object.at(end - 1) != '}')
        --end;
    QByteArrayView body(object.constData(), qMax<qsizetype>(end - 1, 0));
    qsizetype last = body.size();
    while (last > 0 && (body.at(last - 1) == ' ' || body.at(last - 1) == '\n' || body.at(last - 1) == '\r' || body.at(last - 1) == '\t'))
        --last;
    hasMembers = last > 0 && body.at(last - 1) != '{';
    return body;
}

} // namespace

void appendJsonString(QByteArray& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    appendEscapedUtf8(out, utf8.constData(), utf8.size());
}

void appendJsonString(QByteArray& out, std::string_view utf8)
{
    appendEscapedUtf8(out, utf8.data(), static_cast<qsizetype>(utf8.size()));
}

QByteArray eventToJsonLine(const Event& event)
{
    QByteArray out;
    out.reserve(256 + event.payload.size());
    out.append("{\"id\":");
    appendJsonString(out, event.id);
    appendMember(out, "source", event.source);
    appendMember(out, "type", event.type);
    appendMember(out, "subject", event.subject);
    appendMember(out, "region", event.region);
    out.append(",\"time\":\"").append(formatRfc3339Ms(event.timeMs)).append('"');
    appendMember(out, "severity", severityName(event.severity));
    appendMember(out, "status", statusName(event.status));
    appendMember(out, "title", event.title);
    appendMember(out, "summary", event.summary);
    out.append(",\"labels\":");
    appendLabels(out, event.labels);
    out.append(",\"data\":").append(event.data());
    appendMember(out, "fingerprint", event.fingerprint);
    appendMember(out, "origin", event.origin);
    out.append('}');
    return out;
}

QByteArray cloudEventWithAlertdesk(const Event& event)
{
    bool hasMembers = false;
    const QByteArray cloudEvent = event.cloudEvent();
    const QByteArrayView body = openObject(cloudEvent, hasMembers);
    QByteArray out;
    out.reserve(cloudEvent.size() + 160);
    out.append(body);
    out.append(hasMembers ? ",\"alertdesk\":{\"severity\":" : "\"alertdesk\":{\"severity\":");
    appendJsonString(out, severityName(event.severity));
    appendMember(out, "status", statusName(event.status));
    appendMember(out, "fingerprint", event.fingerprint);
    appendMember(out, "title", event.title);
    out.append("}}");
    return out;
}

QByteArray cloudEventWithSeq(const QByteArray& cloudEvent, qint64 seq)
{
    const qsizetype brace = cloudEvent.indexOf('{');
    QByteArray out;
    out.reserve(cloudEvent.size() + 24);
    out.append("{\"seq\":").append(QByteArray::number(seq));
    QByteArrayView rest = QByteArrayView(cloudEvent).sliced(brace + 1);
    qsizetype i = 0;
    while (i < rest.size() && (rest.at(i) == ' ' || rest.at(i) == '\n' || rest.at(i) == '\r' || rest.at(i) == '\t'))
        ++i;
    if (i < rest.size() && rest.at(i) != '}')
        out.append(',');
    out.append(rest);
    return out;
}

} // namespace alertdesk
