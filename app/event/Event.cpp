#include "Event.h"

#include "event/EventJson.h"
#include "event/EventTime.h"

namespace alertdesk {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("critical");
    case Severity::Major: return QStringLiteral("major");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Firing: return QStringLiteral("firing");
    case Status::Resolved: return QStringLiteral("resolved");
    case Status::Stateless: break;
    }
    return QStringLiteral("stateless");
}

Severity severityFromText(std::string_view utf8)
{
    // The words monitoring systems use, folded onto AlertDesk's five ranks (README, "Event model").
    static constexpr std::pair<std::string_view, Severity> kWords[] = {
        {"critical", Severity::Critical}, {"crit", Severity::Critical}, {"fatal", Severity::Critical},
        {"emergency", Severity::Critical}, {"emerg", Severity::Critical}, {"disaster", Severity::Critical},
        {"page", Severity::Critical}, {"p0", Severity::Critical}, {"p1", Severity::Critical},
        {"major", Severity::Major}, {"error", Severity::Major}, {"high", Severity::Major},
        {"alert", Severity::Major}, {"p2", Severity::Major},
        {"warning", Severity::Warning}, {"warn", Severity::Warning}, {"medium", Severity::Warning},
        {"minor", Severity::Warning}, {"average", Severity::Warning}, {"p3", Severity::Warning},
        {"info", Severity::Info}, {"information", Severity::Info}, {"informational", Severity::Info},
        {"notice", Severity::Info}, {"low", Severity::Info}, {"none", Severity::Info}, {"ok", Severity::Info},
        {"debug", Severity::Info}, {"p4", Severity::Info}, {"p5", Severity::Info},
    };
    while (!utf8.empty() && (utf8.front() == ' ' || utf8.front() == '\t'))
        utf8.remove_prefix(1);
    while (!utf8.empty() && (utf8.back() == ' ' || utf8.back() == '\t'))
        utf8.remove_suffix(1);
    char folded[16];
    if (utf8.size() > sizeof folded)
        return Severity::Unknown;
    for (size_t i = 0; i < utf8.size(); ++i)
        folded[i] = utf8[i] >= 'A' && utf8[i] <= 'Z' ? static_cast<char>(utf8[i] - 'A' + 'a') : utf8[i];
    const std::string_view word(folded, utf8.size());
    for (const auto& [known, severity] : kWords) {
        if (word == known)
            return severity;
    }
    return Severity::Unknown;
}

Severity severityFromText(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return severityFromText(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

QString Event::label(QStringView name) const
{
    for (const auto& [key, value] : labels) {
        if (key == name)
            return value;
    }
    return {};
}

QByteArrayView Event::data() const
{
    if (dataLength == 0)
        return QByteArrayView("null");
    return QByteArrayView(payload).sliced(dataOffset, dataLength);
}

QByteArray Event::cloudEvent() const
{
    if (payloadKind == Payload::CloudEvent)
        return payload;
    // The CloudEvent form of an Alertmanager alert (BRIEF.md, "The feed hub and the wire").
    QByteArray ce;
    ce.reserve(payload.size() + 320);
    ce.append("{\"specversion\":\"1.0\",\"id\":");
    appendJsonString(ce, id);
    ce.append(",\"source\":");
    appendJsonString(ce, source);
    ce.append(",\"type\":");
    appendJsonString(ce, type);
    ce.append(",\"subject\":");
    appendJsonString(ce, subject);
    if (!region.isEmpty()) {
        ce.append(",\"region\":");
        appendJsonString(ce, region);
    }
    ce.append(",\"time\":\"").append(formatRfc3339Ms(timeMs)).append("\",\"datacontenttype\":\"application/json\"");
    ce.append(",\"severity\":\"").append(severityName(severity).toLatin1());
    ce.append("\",\"status\":\"").append(statusName(status).toLatin1()).append("\",\"fingerprint\":");
    appendJsonString(ce, fingerprint);
    ce.append(",\"data\":").append(data()).append('}');
    return ce;
}

bool operator==(const Event& a, const Event& b)
{
    return a.id == b.id && a.source == b.source && a.type == b.type && a.subject == b.subject
        && a.region == b.region && a.timeMs == b.timeMs && a.severity == b.severity && a.status == b.status
        && a.title == b.title && a.summary == b.summary && a.labels == b.labels && a.data() == b.data()
        && a.fingerprint == b.fingerprint && a.origin == b.origin && a.cloudEvent() == b.cloudEvent();
}

} // namespace alertdesk
