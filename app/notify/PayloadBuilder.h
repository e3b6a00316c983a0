#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "common/Error.h"
#include "notify/ChannelType.h"
#include "notify/MessageContent.h"
#include "notify/MessageType.h"

namespace alertdesk {

// One request body, and what was done to make it fit.
struct Payload
{
    QJsonObject body;
    QStringList notes; // "text truncated to 4096 bytes", "part 2 of 3"
};

// The exact request bodies for a channel type and message type (../shared/specs/im-webhooks.md), built as JSON
// values, with the type's limits applied: truncated with a visible marker, or split into several bodies where the
// channel's policy says so. Fails when the type needs something the content lacks (a URL for WeCom news/cards,
// DingTalk link/actionCard/feedCard).
Expected<QList<Payload>> buildPayloads(ChannelType channel, MessageType type, const MessageContent& content,
                                       const PayloadOptions& options = {});

} // namespace alertdesk
