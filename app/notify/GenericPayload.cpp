// The generic JSON webhook (spec §4.5): AlertDesk's own documented shape.
#include "event/EventTime.h"
#include "notify/PayloadFamilies_p.h"

namespace alertdesk::payload_detail {

Expected<QList<Payload>> buildGeneric(const MessageContent& content)
{
    QJsonObject fields;
    for (const auto& [name, value] : content.fields)
        fields.insert(name, value);
    const QJsonObject body{
        {QStringLiteral("id"), content.id},
        {QStringLiteral("type"), QStringLiteral("notification")},
        {QStringLiteral("created_at"), QString::fromLatin1(formatRfc3339Ms(content.timeMs))},
        {QStringLiteral("title"), content.title},
        {QStringLiteral("text"), content.text},
        {QStringLiteral("severity"), severityName(content.severity)},
        {QStringLiteral("status"), statusName(content.status)},
        {QStringLiteral("source"), content.source},
        {QStringLiteral("url"), content.url},
        {QStringLiteral("fields"), fields},
    };
    return QList<Payload>{Payload{body, {}}};
}

} // namespace alertdesk::payload_detail
