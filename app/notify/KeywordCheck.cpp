#include "KeywordCheck.h"

#include <QJsonArray>
#include <QSet>

namespace alertdesk {

namespace {

bool isNonTextKey(const QString& key)
{
    static const QSet<QString> kKeys = {
        QStringLiteral("msgtype"),
        QStringLiteral("msg_type"),
        QStringLiteral("tag"),
        QStringLiteral("template"),
        QStringLiteral("href"),
        QStringLiteral("url"),
        QStringLiteral("messageUrl"),
        QStringLiteral("messageURL"),
        QStringLiteral("picUrl"),
        QStringLiteral("picURL"),
        QStringLiteral("picurl"),
        QStringLiteral("singleURL"),
        QStringLiteral("actionURL"),
        QStringLiteral("icon_url"),
        QStringLiteral("default_url"),
        QStringLiteral("image_key"),
        QStringLiteral("type"),
        QStringLiteral("parse_mode"),
        QStringLiteral("chat_id"),
        QStringLiteral("contentType"),
        QStringLiteral("contentUrl"),
        QStringLiteral("$schema"),
        QStringLiteral("version"),
        QStringLiteral("color"),
        QStringLiteral("style"),
        QStringLiteral("weight"),
        QStringLiteral("size"),
        QStringLiteral("card_type"),
        QStringLiteral("btnOrientation"),
        QStringLiteral("width"),
        QStringLiteral("id"),
        QStringLiteral("created_at"),
        QStringLiteral("severity"),
        QStringLiteral("source"),
        QStringLiteral("schema"),
        QStringLiteral("user_id"),
        QStringLiteral("mentioned_list"),
        QStringLiteral("mentioned_mobile_list"),
        QStringLiteral("atMobiles"),
        QStringLiteral("atUserIds"),
        QStringLiteral("parse"),
        QStringLiteral("timestamp"),
    };
    return kKeys.contains(key);
}

void collect(const QJsonValue& value, const QString& key, bool skipTitles, QString& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isNonTextKey(it.key()) || (skipTitles && it.key() == QLatin1String("title")))
                continue;
            collect(it.value(), it.key(), skipTitles, out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            collect(element, key, skipTitles, out);
    } else if (value.isString()) {
        out += value.toString();
        out += u'\n';
    }
}

} // namespace

QString keywordSearchText(ChannelType channel, const QJsonObject& body)
{
    const QString msgtype = body.value(QStringLiteral("msgtype")).toString();
    const bool skipTitles = channel == ChannelType::DingTalk &&
        (msgtype == QLatin1String("markdown") || msgtype == QLatin1String("actionCard"));
    QString text;
    collect(body, {}, skipTitles, text);
    return text;
}

bool keywordsSatisfied(ChannelType channel, const QJsonObject& body, const QStringList& keywords)
{
    if (keywords.isEmpty())
        return true;
    const QString text = keywordSearchText(channel, body);
    for (const QString& keyword : keywords) {
        if (!keyword.isEmpty() && text.contains(keyword))
            return true;
    }
    return false;
}

} // namespace alertdesk
