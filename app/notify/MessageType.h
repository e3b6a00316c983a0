#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "notify/ChannelType.h"
#include "templates/Escaping.h"

namespace alertdesk {

// Message types by the IM's own names (msgtype / msg_type), plus names for the shapes of the IMs that have none.
enum class MessageType {
    Text,
    Markdown,
    MarkdownV2,
    News,
    TemplateCard, // WeCom (text, markdown too for DingTalk)
    Link,
    ActionCard,
    FeedCard, // DingTalk
    Post,
    Interactive,  // Feishu / Lark (text too)
    Blocks,       // Slack: text + Block Kit blocks ("text": text only)
    AdaptiveCard, // Teams Workflows
    Embeds,
    Content, // Discord
    Html,    // Telegram parse_mode HTML ("text": no parse mode)
    Json,    // generic webhook
};

// The markup dialect a message type's text is written in; it picks the default template.
enum class Markup { Text, Markdown, DingTalkMarkdown, WeComMarkdown, SlackMrkdwn, TelegramHtml };

// The wire name: "markdown_v2", "template_card", "actionCard", "interactive", …
QString messageTypeName(MessageType type);
// The types a channel takes, its default first (WeCom, DingTalk: markdown; Feishu/Lark: interactive).
QList<MessageType> messageTypes(ChannelType channel);
MessageType defaultMessageType(ChannelType channel);
// A name the channel takes (exact wire name, or the same ignoring case); empty when it takes no such type.
std::optional<MessageType> messageTypeFromName(ChannelType channel, QStringView name);

Markup markupOf(ChannelType channel, MessageType type);
// The default template's base name for a markup ("text", "markdown", "dingtalk", "wecom", "slack", "telegram").
QString markupName(Markup markup);
// What `{{value}}` escapes for this target: nothing for markdown and JSON fields, entities for Slack and
// Telegram HTML.
Escaping escapingOf(ChannelType channel, MessageType type);

} // namespace alertdesk
