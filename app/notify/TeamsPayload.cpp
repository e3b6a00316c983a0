// Microsoft Teams Workflows body (spec §4.2): an Adaptive Card in a message envelope (a MessageCard fails there).
#include <QJsonArray>

#include "notify/PayloadFamilies_p.h"
#include "templates/ViewText.h"

namespace alertdesk::payload_detail {

namespace {

QJsonObject card(const MessageContent& content, const QString& part)
{
    QJsonArray body{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                    {QStringLiteral("text"), content.title},
                    {QStringLiteral("weight"), QStringLiteral("Bolder")},
                    {QStringLiteral("size"), QStringLiteral("Medium")},
                    {QStringLiteral("color"), teamsColorName(content.severity, content.status)},
                    {QStringLiteral("wrap"), true}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                    {QStringLiteral("text"), part},
                    {QStringLiteral("wrap"), true}},
    };
    if (!content.fields.isEmpty()) {
        QJsonArray facts;
        for (const auto& [name, value] : content.fields)
            facts.append(QJsonObject{{QStringLiteral("title"), name}, {QStringLiteral("value"), value}});
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")}, {QStringLiteral("facts"), facts}});
    }
    QJsonObject adaptive{
        {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.4")},
        {QStringLiteral("body"), body},
        {QStringLiteral("msteams"), QJsonObject{{QStringLiteral("width"), QStringLiteral("Full")}}},
    };
    if (!content.url.isEmpty()) {
        adaptive.insert(QStringLiteral("actions"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                                               {QStringLiteral("title"), viewDetailsText(content.chinese)},
                                               {QStringLiteral("url"), content.url}}});
    }
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("attachments"),
         QJsonArray{
             QJsonObject{{QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
                         {QStringLiteral("contentUrl"), QJsonValue::Null},
                         {QStringLiteral("content"), adaptive}}}},
    };
}

} // namespace

Expected<QList<Payload>> buildTeams(const MessageContent& content)
{
    return fitted(content.text, limitsFor(ChannelType::Teams, MessageType::AdaptiveCard),
                  [&](const QString& part) { return card(content, part); });
}

} // namespace alertdesk::payload_detail
