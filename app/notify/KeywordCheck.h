#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "notify/ChannelType.h"

namespace alertdesk {

// A channel's required keywords (DingTalk "custom keywords", Feishu/Lark keyword security): the IM refuses a
// message that contains none of them (DingTalk 310000, Feishu 19024; spec §8.6). Delivery calls
// keywordsSatisfied() to refuse such a send before it costs a rate-limit slot; the preview flags it.

// The text the IM searches: the body's text-like string values. Never links, ids, enum values or colours
// (Feishu matches only text and titles, never href); for DingTalk never the markdown/actionCard title, which
// shows only in the notification preview.
QString keywordSearchText(ChannelType channel, const QJsonObject& body);
// True when `keywords` is empty or the body's text contains at least one of them (case-sensitive, as the IMs
// match).
bool keywordsSatisfied(ChannelType channel, const QJsonObject& body, const QStringList& keywords);

} // namespace alertdesk
