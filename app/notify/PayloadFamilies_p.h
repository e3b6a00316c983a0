#pragma once

#include <functional>

#include "notify/MessageLimits.h"
#include "notify/PayloadBuilder.h"

namespace alertdesk::payload_detail {

// One function per IM family; PayloadBuilder.cpp dispatches.
Expected<QList<Payload>> buildWeCom(MessageType type, const MessageContent& content, const Mentions& mentions);
Expected<QList<Payload>> buildDingTalk(MessageType type, const MessageContent& content, const Mentions& mentions);
Expected<QList<Payload>> buildFeishu(ChannelType channel, MessageType type, const MessageContent& content,
                                     const Mentions& mentions);
Expected<QList<Payload>> buildSlack(MessageType type, const MessageContent& content);
Expected<QList<Payload>> buildTeams(const MessageContent& content);
Expected<QList<Payload>> buildDiscord(MessageType type, const MessageContent& content);
Expected<QList<Payload>> buildTelegram(MessageType type, const MessageContent& content, const PayloadOptions& options);
Expected<QList<Payload>> buildGeneric(const MessageContent& content);

// The text cut or split by `limits`, each part made into a body by `build`, and every body brought under the
// body limit by cutting its text further.
QList<Payload> fitted(const QString& text, const MessageLimits& limits,
                      const std::function<QJsonObject(const QString& part)>& build);
qsizetype compactSize(const QJsonObject& body);
std::unexpected<Error> needsUrl(const QString& what);

} // namespace alertdesk::payload_detail
