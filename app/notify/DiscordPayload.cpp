// Discord webhook bodies (spec §4.3): content (2000 characters) or one embed; allowed_mentions always empty, so
// text from alerts can never ping @everyone.
#include <QJsonArray>

#include "event/EventTime.h"
#include "notify/PayloadFamilies_p.h"
#include "templates/ViewText.h"

namespace alertdesk::payload_detail {

namespace {

constexpr qsizetype kEmbedTotal = 6000;

QJsonObject noMentions()
{
    return QJsonObject{{QStringLiteral("parse"), QJsonArray{}}};
}

QJsonObject embedBody(const MessageContent& content, const QString& title, const QJsonArray& fields,
                      const QString& part)
{
    QJsonObject embed{{QStringLiteral("title"), title},
                      {QStringLiteral("description"), part},
                      {QStringLiteral("color"), colorHex(content.severity, content.status).mid(1).toInt(nullptr, 16)}};
    if (!content.url.isEmpty())
        embed.insert(QStringLiteral("url"), content.url);
    if (content.timeMs > 0)
        embed.insert(QStringLiteral("timestamp"), QString::fromLatin1(formatRfc3339Ms(content.timeMs)));
    if (!fields.isEmpty())
        embed.insert(QStringLiteral("fields"), fields);
    return QJsonObject{{QStringLiteral("embeds"), QJsonArray{embed}},
                       {QStringLiteral("allowed_mentions"), noMentions()}};
}

Expected<QList<Payload>> embeds(const MessageContent& content)
{
    const QString title = truncateToLimit(content.title, 256, LimitUnit::Utf16Units);
    QJsonArray fields;
    qsizetype used = title.size();
    for (const auto& [name, value] : content.fields.mid(0, 25)) {
        const QString n = truncateToLimit(name, 256, LimitUnit::Utf16Units);
        const QString v = truncateToLimit(value.isEmpty() ? QStringLiteral("-") : value, 1024, LimitUnit::Utf16Units);
        if (used + n.size() + v.size() > kEmbedTotal / 2)
            break; // facts never crowd out the description
        used += n.size() + v.size();
        fields.append(
            QJsonObject{{QStringLiteral("name"), n}, {QStringLiteral("value"), v}, {QStringLiteral("inline"), true}});
    }
    MessageLimits limits = limitsFor(ChannelType::Discord, MessageType::Embeds);
    limits.text.max = qMin<qsizetype>(limits.text.max, kEmbedTotal - used); // 6000 characters across the embed
    return fitted(content.text, limits, [&](const QString& part) { return embedBody(content, title, fields, part); });
}

} // namespace

Expected<QList<Payload>> buildDiscord(MessageType type, const MessageContent& content)
{
    if (type == MessageType::Content) {
        return fitted(content.text, limitsFor(ChannelType::Discord, type), [](const QString& part) {
            return QJsonObject{{QStringLiteral("content"), part}, {QStringLiteral("allowed_mentions"), noMentions()}};
        });
    }
    return embeds(content);
}

} // namespace alertdesk::payload_detail
