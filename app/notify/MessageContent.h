#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

#include "event/Event.h"

namespace alertdesk {

// Who a message @-mentions: from the channel's settings and the template's front matter.
struct Mentions
{
    QStringList mobiles; // DingTalk atMobiles, WeCom mentioned_mobile_list
    QStringList userIds; // DingTalk atUserIds, WeCom mentioned_list / <@id>, Feishu open_id
    bool all = false;    // @all / isAtAll

    bool isEmpty() const { return mobiles.isEmpty() && userIds.isEmpty() && !all; }
};

// One linked item of a message: an alert of a digest (DingTalk feedCard links, WeCom news articles).
struct LinkItem
{
    QString title;
    QString url;
};

// What a rendered template gives the payload builders: the texts, and the facts cards lay out themselves.
struct MessageContent
{
    QString title; // rendered title (card header, DingTalk markdown title, notification preview)
    QString text;  // rendered body, in the message type's markup
    QString url;   // link for buttons and cards; may be empty
    Severity severity = Severity::Unknown;
    Status status = Status::Stateless;
    bool chinese = false;
    QList<std::pair<QString, QString>> fields; // a few name/value facts (labels) for cards
    QList<LinkItem> items;                     // digest entries; one entry for a single alert
    QString id;                                // generic webhook: a stable id of the message
    qint64 timeMs = 0;
    QString source;
    Mentions mentions;
};

// Channel settings the body needs (not secrets, not signing: those are added when sending).
struct PayloadOptions
{
    QString telegramChatId; // Telegram's chat_id; left out when empty (delivery fills it from the channel)
    Mentions mentions;      // the channel's standing mentions, added to the template's
};

} // namespace alertdesk
