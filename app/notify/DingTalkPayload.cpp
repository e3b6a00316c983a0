// DingTalk custom robot bodies (spec §2): text, markdown, link, actionCard, feedCard.
#include <QJsonArray>

#include "notify/PayloadFamilies_p.h"
#include "templates/ViewText.h"

namespace alertdesk::payload_detail {

namespace {

QJsonObject message(const QString& msgtype, const QJsonObject& inner)
{
    return QJsonObject{{QStringLiteral("msgtype"), msgtype}, {msgtype, inner}};
}

QJsonObject atObject(const Mentions& mentions)
{
    QJsonObject at;
    if (!mentions.mobiles.isEmpty())
        at.insert(QStringLiteral("atMobiles"), QJsonArray::fromStringList(mentions.mobiles));
    if (!mentions.userIds.isEmpty())
        at.insert(QStringLiteral("atUserIds"), QJsonArray::fromStringList(mentions.userIds));
    at.insert(QStringLiteral("isAtAll"), mentions.all);
    return at;
}

// An @mention is highlighted only when "@<mobile>" is in the text as well (spec §2 text, §8.7).
QString withMentionsInText(const QString& text, const Mentions& mentions)
{
    QString out = text;
    QString missing;
    for (const QString& who : mentions.mobiles + mentions.userIds) {
        const QString at = u'@' + who;
        if (!out.contains(at))
            missing += (missing.isEmpty() ? QString() : QStringLiteral(" ")) + at;
    }
    if (!missing.isEmpty())
        out += (out.endsWith(u'\n') ? QString() : QStringLiteral("\n\n")) + missing;
    return out;
}

QString titleOrFirstLine(const MessageContent& content)
{
    if (!content.title.trimmed().isEmpty())
        return content.title;
    return content.text.section(u'\n', 0, 0).remove(u'#').trimmed();
}

Expected<QList<Payload>> feedCard(const MessageContent& content)
{
    QJsonArray links;
    const QList<LinkItem> items =
        content.items.isEmpty() ? QList<LinkItem>{{content.title, content.url}} : content.items;
    for (const LinkItem& item : items) {
        const QString url = item.url.isEmpty() ? content.url : item.url;
        if (url.isEmpty())
            return needsUrl(QStringLiteral("A DingTalk feedCard link"));
        // feedCard spells messageURL/picURL in capitals, unlike link's messageUrl/picUrl (spec §8.7).
        links.append(QJsonObject{{QStringLiteral("title"), item.title},
                                 {QStringLiteral("messageURL"), url},
                                 {QStringLiteral("picURL"), QString()}});
    }
    const QJsonObject body = message(QStringLiteral("feedCard"), QJsonObject{{QStringLiteral("links"), links}});
    return fitted(QString(), limitsFor(ChannelType::DingTalk, MessageType::FeedCard),
                  [&](const QString&) { return body; });
}

} // namespace

Expected<QList<Payload>> buildDingTalk(MessageType type, const MessageContent& content, const Mentions& mentions)
{
    const MessageLimits limits = limitsFor(ChannelType::DingTalk, type);
    const QString title = titleOrFirstLine(content);
    switch (type) {
    case MessageType::Text:
        return fitted(withMentionsInText(content.text, mentions), limits, [&](const QString& part) {
            QJsonObject body = message(QStringLiteral("text"), QJsonObject{{QStringLiteral("content"), part}});
            body.insert(QStringLiteral("at"), atObject(mentions));
            return body;
        });
    case MessageType::Markdown:
        return fitted(withMentionsInText(content.text, mentions), limits, [&](const QString& part) {
            QJsonObject body = message(QStringLiteral("markdown"),
                                       QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("text"), part}});
            body.insert(QStringLiteral("at"), atObject(mentions));
            return body;
        });
    case MessageType::Link:
        if (content.url.isEmpty())
            return needsUrl(QStringLiteral("A DingTalk link message"));
        return fitted(content.text, limits, [&](const QString& part) {
            return message(QStringLiteral("link"),
                           QJsonObject{{QStringLiteral("title"), title},
                                       {QStringLiteral("text"), part},
                                       {QStringLiteral("messageUrl"), content.url},
                                       {QStringLiteral("picUrl"), QString()}});
        });
    case MessageType::ActionCard:
        if (content.url.isEmpty())
            return needsUrl(QStringLiteral("A DingTalk actionCard"));
        return fitted(content.text, limits, [&](const QString& part) {
            return message(QStringLiteral("actionCard"),
                           QJsonObject{{QStringLiteral("title"), title},
                                       {QStringLiteral("text"), part},
                                       {QStringLiteral("btnOrientation"), QStringLiteral("0")},
                                       {QStringLiteral("singleTitle"), viewDetailsText(content.chinese)},
                                       {QStringLiteral("singleURL"), content.url}});
        });
    case MessageType::FeedCard:
        return feedCard(content);
    default:
        break;
    }
    return fail(Error::Code::BadInput, QStringLiteral("DingTalk has no such message type"));
}

} // namespace alertdesk::payload_detail
