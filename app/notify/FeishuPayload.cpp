// Feishu / Lark custom bot bodies (spec §3): text, post, interactive (the card as an object, §8.5).
#include <QJsonArray>

#include "notify/PayloadFamilies_p.h"
#include "templates/ViewText.h"

namespace alertdesk::payload_detail {

namespace {

QString textMentions(const Mentions& mentions)
{
    QString out;
    for (const QString& user : mentions.userIds)
        out += QStringLiteral(" <at user_id=\"%1\"></at>").arg(user);
    if (mentions.all)
        out += QStringLiteral(" <at user_id=\"all\"></at>");
    return out;
}

QString cardMentions(const Mentions& mentions)
{
    QString out;
    for (const QString& user : mentions.userIds)
        out += QStringLiteral(" <at id=%1></at>").arg(user);
    if (mentions.all)
        out += QStringLiteral(" <at id=all></at>");
    return out;
}

QJsonObject postBody(const MessageContent& content, const QString& part, const Mentions& mentions)
{
    QJsonArray paragraphs;
    for (const QString& line : part.split(u'\n'))
        paragraphs.append(
            QJsonArray{QJsonObject{{QStringLiteral("tag"), QStringLiteral("text")}, {QStringLiteral("text"), line}}});
    if (!content.url.isEmpty()) {
        paragraphs.append(QJsonArray{QJsonObject{{QStringLiteral("tag"), QStringLiteral("a")},
                                                 {QStringLiteral("text"), viewDetailsText(content.chinese)},
                                                 {QStringLiteral("href"), content.url}}});
    }
    QJsonArray ats;
    for (const QString& user : mentions.userIds)
        ats.append(QJsonObject{{QStringLiteral("tag"), QStringLiteral("at")}, {QStringLiteral("user_id"), user}});
    if (mentions.all)
        ats.append(QJsonObject{{QStringLiteral("tag"), QStringLiteral("at")},
                               {QStringLiteral("user_id"), QStringLiteral("all")}});
    if (!ats.isEmpty())
        paragraphs.append(ats);
    const QString locale = content.chinese ? QStringLiteral("zh_cn") : QStringLiteral("en_us");
    const QJsonObject post{
        {locale, QJsonObject{{QStringLiteral("title"), content.title}, {QStringLiteral("content"), paragraphs}}}};
    return QJsonObject{{QStringLiteral("msg_type"), QStringLiteral("post")},
                       {QStringLiteral("content"), QJsonObject{{QStringLiteral("post"), post}}}};
}

QJsonObject cardBody(const MessageContent& content, const QString& part, const Mentions& mentions)
{
    QJsonArray elements{QJsonObject{{QStringLiteral("tag"), QStringLiteral("markdown")},
                                    {QStringLiteral("content"), QString(part + cardMentions(mentions))}}};
    if (!content.url.isEmpty()) {
        elements.append(QJsonObject{{QStringLiteral("tag"), QStringLiteral("button")},
                                    {QStringLiteral("text"),
                                     QJsonObject{{QStringLiteral("tag"), QStringLiteral("plain_text")},
                                                 {QStringLiteral("content"), viewDetailsText(content.chinese)}}},
                                    {QStringLiteral("type"), QStringLiteral("default")},
                                    {QStringLiteral("behaviors"),
                                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("open_url")},
                                                            {QStringLiteral("default_url"), content.url}}}}});
    }
    const QJsonObject card{
        {QStringLiteral("schema"), QStringLiteral("2.0")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("update_multi"), true}}},
        {QStringLiteral("header"),
         QJsonObject{{QStringLiteral("title"),
                      QJsonObject{{QStringLiteral("tag"), QStringLiteral("plain_text")},
                                  {QStringLiteral("content"), content.title}}},
                     {QStringLiteral("template"), feishuTemplateName(content.severity, content.status)}}},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("elements"), elements}}},
    };
    // The webhook takes the card as an object in place of `content`, never as a JSON string (spec §8.5).
    return QJsonObject{{QStringLiteral("msg_type"), QStringLiteral("interactive")}, {QStringLiteral("card"), card}};
}

} // namespace

Expected<QList<Payload>> buildFeishu(ChannelType channel, MessageType type, const MessageContent& content,
                                     const Mentions& mentions)
{
    const MessageLimits limits = limitsFor(channel, type);
    switch (type) {
    case MessageType::Text:
        return fitted(content.text + textMentions(mentions), limits, [](const QString& part) {
            return QJsonObject{{QStringLiteral("msg_type"), QStringLiteral("text")},
                               {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), part}}}};
        });
    case MessageType::Post:
        return fitted(content.text, limits, [&](const QString& part) { return postBody(content, part, mentions); });
    case MessageType::Interactive:
        return fitted(content.text, limits, [&](const QString& part) { return cardBody(content, part, mentions); });
    default:
        break;
    }
    return fail(Error::Code::BadInput, QStringLiteral("Feishu/Lark has no such message type"));
}

} // namespace alertdesk::payload_detail
