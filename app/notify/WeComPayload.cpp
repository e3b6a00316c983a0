// WeCom group robot bodies (spec §1): text, markdown, markdown_v2, news, template_card.
#include <QJsonArray>

#include "notify/PayloadFamilies_p.h"
#include "templates/ViewText.h"

namespace alertdesk::payload_detail {

namespace {

QJsonObject message(const QString& msgtype, const QJsonObject& inner)
{
    return QJsonObject{{QStringLiteral("msgtype"), msgtype}, {msgtype, inner}};
}

QJsonObject textBody(const QString& content, const Mentions& mentions)
{
    QJsonObject text{{QStringLiteral("content"), content}};
    QStringList users = mentions.userIds;
    if (mentions.all)
        users.append(QStringLiteral("@all"));
    if (!users.isEmpty())
        text.insert(QStringLiteral("mentioned_list"), QJsonArray::fromStringList(users));
    if (!mentions.mobiles.isEmpty())
        text.insert(QStringLiteral("mentioned_mobile_list"), QJsonArray::fromStringList(mentions.mobiles));
    return message(QStringLiteral("text"), text);
}

// Markdown v1 mentions only through <@userid> in the text (mentioned_list is ignored there).
QString withUserMentions(const QString& text, const Mentions& mentions)
{
    QString out = text;
    for (const QString& user : mentions.userIds)
        out += QStringLiteral("\n<@%1>").arg(user);
    return out;
}

Expected<QList<Payload>> news(const MessageContent& content, const MessageLimits& limits)
{
    // The message itself first; a digest adds one article per alert (1–8 articles in all).
    QList<LinkItem> items{{content.title, content.url}};
    if (content.items.size() > 1)
        items += content.items.mid(0, 7);
    QJsonArray articles;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString url = items[i].url.isEmpty() ? content.url : items[i].url;
        if (url.isEmpty())
            return needsUrl(QStringLiteral("A WeCom news article"));
        QJsonObject article{{QStringLiteral("title"), truncateToLimit(items[i].title, 128, LimitUnit::Utf8Bytes)},
                            {QStringLiteral("url"), url}};
        if (i == 0)
            article.insert(QStringLiteral("description"),
                           truncateToLimit(content.text, limits.text.max, limits.text.unit));
        articles.append(article);
    }
    Payload payload{message(QStringLiteral("news"), QJsonObject{{QStringLiteral("articles"), articles}}), {}};
    if (content.items.size() > 7)
        payload.notes.append(QStringLiteral("%1 alerts, news lists the first 7").arg(content.items.size()));
    return QList<Payload>{payload};
}

Expected<QList<Payload>> templateCard(const MessageContent& content)
{
    if (content.url.isEmpty())
        return needsUrl(QStringLiteral("A WeCom template card"));
    // desc_color: 0 grey, 2 red, 3 green.
    const int color = content.status == Status::Resolved ? 3 : content.severity >= Severity::Major ? 2 : 0;
    QJsonArray facts;
    for (const auto& [name, value] : content.fields.mid(0, 6)) // horizontal_content_list holds at most 6
        facts.append(QJsonObject{{QStringLiteral("keyname"), name}, {QStringLiteral("value"), value}});
    QJsonObject card{
        {QStringLiteral("card_type"), QStringLiteral("text_notice")},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("desc"), QStringLiteral("AlertDesk")}, {QStringLiteral("desc_color"), color}}},
        {QStringLiteral("main_title"),
         QJsonObject{{QStringLiteral("title"), content.title},
                     {QStringLiteral("desc"),
                      QString(severityText(content.severity, content.chinese) + QStringLiteral(" · ") +
                              statusText(content.status, content.chinese))}}},
        {QStringLiteral("sub_title_text"), content.text},
        {QStringLiteral("jump_list"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), 1},
                                {QStringLiteral("url"), content.url},
                                {QStringLiteral("title"), viewDetailsText(content.chinese)}}}},
        {QStringLiteral("card_action"), QJsonObject{{QStringLiteral("type"), 1}, {QStringLiteral("url"), content.url}}},
    };
    if (!facts.isEmpty())
        card.insert(QStringLiteral("horizontal_content_list"), facts);
    return QList<Payload>{Payload{message(QStringLiteral("template_card"), card), {}}};
}

} // namespace

Expected<QList<Payload>> buildWeCom(MessageType type, const MessageContent& content, const Mentions& mentions)
{
    const MessageLimits limits = limitsFor(ChannelType::WeCom, type);
    switch (type) {
    case MessageType::Text:
        return fitted(content.text, limits, [&](const QString& part) { return textBody(part, mentions); });
    case MessageType::Markdown:
        return fitted(withUserMentions(content.text, mentions), limits, [](const QString& part) {
            return message(QStringLiteral("markdown"), QJsonObject{{QStringLiteral("content"), part}});
        });
    case MessageType::MarkdownV2:
        return fitted(content.text, limits, [](const QString& part) {
            return message(QStringLiteral("markdown_v2"), QJsonObject{{QStringLiteral("content"), part}});
        });
    case MessageType::News:
        return news(content, limits);
    case MessageType::TemplateCard:
        return templateCard(content);
    default:
        break;
    }
    return fail(Error::Code::BadInput, QStringLiteral("WeCom has no such message type"));
}

} // namespace alertdesk::payload_detail
