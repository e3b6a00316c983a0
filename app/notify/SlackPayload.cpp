// Slack incoming webhook bodies (spec §4.1): `text` always (the notification fallback), Block Kit sections of at
// most 3000 characters, 50 blocks at most.
#include <QJsonArray>

#include "notify/PayloadFamilies_p.h"
#include "templates/Escaping.h"
#include "templates/ViewText.h"

namespace alertdesk::payload_detail {

namespace {

constexpr qsizetype kSectionChars = 3000;
constexpr qsizetype kHeaderChars = 150;

QJsonObject plainText(const QString& text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("emoji"), true}};
}

QJsonObject blocksBody(const MessageContent& content, const QString& part)
{
    QJsonArray blocks;
    if (!content.title.isEmpty()) {
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("text"), plainText(truncateToLimit(content.title, kHeaderChars, LimitUnit::Utf16Units))}});
    }
    for (const QString& section : splitToLimit(part, kSectionChars, LimitUnit::Utf16Units, 46)) {
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), section}}}});
    }
    if (!content.url.isEmpty()) {
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("actions")},
                        {QStringLiteral("elements"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                                                {QStringLiteral("text"), plainText(viewDetailsText(content.chinese))},
                                                {QStringLiteral("url"), content.url}}}}});
    }
    const QString fallback = content.title.isEmpty() ? part : escapeText(content.title, Escaping::Slack);
    return QJsonObject{{QStringLiteral("text"), fallback}, {QStringLiteral("blocks"), blocks}};
}

} // namespace

Expected<QList<Payload>> buildSlack(MessageType type, const MessageContent& content)
{
    const MessageLimits limits = limitsFor(ChannelType::Slack, type);
    if (type == MessageType::Text)
        return fitted(content.text, limits, [](const QString& part) {
            return QJsonObject{{QStringLiteral("text"), part}};
        });
    return fitted(content.text, limits, [&](const QString& part) { return blocksBody(content, part); });
}

} // namespace alertdesk::payload_detail
