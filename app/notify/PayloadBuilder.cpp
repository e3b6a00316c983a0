#include "PayloadBuilder.h"

#include <QJsonDocument>

#include "notify/PayloadFamilies_p.h"

namespace alertdesk {

namespace payload_detail {

qsizetype compactSize(const QJsonObject& body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact).size();
}

std::unexpected<Error> needsUrl(const QString& what)
{
    return fail(Error::Code::BadInput,
                QStringLiteral("%1 needs a link, and this alert has none: set the console base URL in the profile, "
                               "or choose another message type")
                    .arg(what));
}

QList<Payload> fitted(const QString& text, const MessageLimits& limits,
                      const std::function<QJsonObject(const QString& part)>& build)
{
    const TextLimit& limit = limits.text;
    QStringList parts{text};
    if (limit.max > 0) {
        parts = limit.policy == OverflowPolicy::Split ? splitToLimit(text, limit.max, limit.unit, limits.maxParts)
                                                      : QStringList{truncateToLimit(text, limit.max, limit.unit)};
    }
    const QString unit = limit.unit == LimitUnit::Utf8Bytes ? QStringLiteral("bytes") : QStringLiteral("characters");
    QList<Payload> payloads;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts[i];
        Payload payload;
        payload.body = build(part);
        // JSON escaping makes a body longer than its text: cut further until the whole body fits.
        for (int round = 1; limits.maxBodyBytes > 0 && round <= 8; ++round) {
            const qsizetype excess = compactSize(payload.body) - limits.maxBodyBytes;
            if (excess <= 0)
                break;
            const qsizetype room = measure(part, LimitUnit::Utf8Bytes) - excess - 32 * round;
            part = truncateToLimit(part, qMax<qsizetype>(room, 0), LimitUnit::Utf8Bytes);
            payload.body = build(part);
            if (round == 1)
                payload.notes.append(
                    QStringLiteral("text cut to keep the body under %1 bytes").arg(limits.maxBodyBytes));
        }
        if (parts.size() > 1)
            payload.notes.append(QStringLiteral("part %1 of %2").arg(i + 1).arg(parts.size()));
        if (part.endsWith(truncationMarker()) && !text.endsWith(truncationMarker()))
            payload.notes.append(QStringLiteral("text truncated to %1 %2").arg(limit.max).arg(unit));
        payloads.append(payload);
    }
    return payloads;
}

} // namespace payload_detail

using namespace payload_detail;

Expected<QList<Payload>> buildPayloads(ChannelType channel, MessageType type, const MessageContent& content,
                                       const PayloadOptions& options)
{
    if (!messageTypes(channel).contains(type)) {
        return fail(
            Error::Code::BadInput,
            QStringLiteral("%1 has no message type \"%2\"").arg(channelTypeName(channel), messageTypeName(type)));
    }
    Mentions mentions = content.mentions;
    mentions.mobiles += options.mentions.mobiles;
    mentions.userIds += options.mentions.userIds;
    mentions.all = mentions.all || options.mentions.all;
    mentions.mobiles.removeDuplicates();
    mentions.userIds.removeDuplicates();
    switch (channel) {
    case ChannelType::WeCom:
        return buildWeCom(type, content, mentions);
    case ChannelType::DingTalk:
        return buildDingTalk(type, content, mentions);
    case ChannelType::Feishu:
    case ChannelType::Lark:
        return buildFeishu(channel, type, content, mentions);
    case ChannelType::Slack:
        return buildSlack(type, content);
    case ChannelType::Teams:
        return buildTeams(content);
    case ChannelType::Discord:
        return buildDiscord(type, content);
    case ChannelType::Telegram:
        return buildTelegram(type, content, options);
    case ChannelType::Generic:
        return buildGeneric(content);
    }
    return fail(Error::Code::BadInput, QStringLiteral("unknown channel type"));
}

} // namespace alertdesk
