#include "MessageType.h"

namespace alertdesk {

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Text:
        return QStringLiteral("text");
    case MessageType::Markdown:
        return QStringLiteral("markdown");
    case MessageType::MarkdownV2:
        return QStringLiteral("markdown_v2");
    case MessageType::News:
        return QStringLiteral("news");
    case MessageType::TemplateCard:
        return QStringLiteral("template_card");
    case MessageType::Link:
        return QStringLiteral("link");
    case MessageType::ActionCard:
        return QStringLiteral("actionCard");
    case MessageType::FeedCard:
        return QStringLiteral("feedCard");
    case MessageType::Post:
        return QStringLiteral("post");
    case MessageType::Interactive:
        return QStringLiteral("interactive");
    case MessageType::Blocks:
        return QStringLiteral("blocks");
    case MessageType::AdaptiveCard:
        return QStringLiteral("adaptiveCard");
    case MessageType::Embeds:
        return QStringLiteral("embeds");
    case MessageType::Content:
        return QStringLiteral("content");
    case MessageType::Html:
        return QStringLiteral("html");
    case MessageType::Json:
        return QStringLiteral("json");
    }
    return {};
}

QList<MessageType> messageTypes(ChannelType channel)
{
    using M = MessageType;
    switch (channel) {
    case ChannelType::WeCom:
        return {M::Markdown, M::Text, M::MarkdownV2, M::News, M::TemplateCard};
    case ChannelType::DingTalk:
        return {M::Markdown, M::Text, M::Link, M::ActionCard, M::FeedCard};
    case ChannelType::Feishu:
    case ChannelType::Lark:
        return {M::Interactive, M::Text, M::Post};
    case ChannelType::Slack:
        return {M::Blocks, M::Text};
    case ChannelType::Teams:
        return {M::AdaptiveCard};
    case ChannelType::Discord:
        return {M::Embeds, M::Content};
    case ChannelType::Telegram:
        return {M::Html, M::Text};
    case ChannelType::Generic:
        return {M::Json};
    }
    return {};
}

MessageType defaultMessageType(ChannelType channel)
{
    return messageTypes(channel).constFirst();
}

std::optional<MessageType> messageTypeFromName(ChannelType channel, QStringView name)
{
    for (const MessageType type : messageTypes(channel)) {
        if (name.compare(messageTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

Markup markupOf(ChannelType channel, MessageType type)
{
    switch (type) {
    case MessageType::Markdown:
        if (channel == ChannelType::WeCom)
            return Markup::WeComMarkdown;
        return Markup::DingTalkMarkdown;
    case MessageType::ActionCard:
        return Markup::DingTalkMarkdown;
    case MessageType::MarkdownV2:
    case MessageType::Interactive:
    case MessageType::AdaptiveCard:
    case MessageType::Embeds:
    case MessageType::Content:
        return Markup::Markdown;
    case MessageType::Blocks:
        return Markup::SlackMrkdwn;
    case MessageType::Html:
        return Markup::TelegramHtml;
    case MessageType::Text:
        return channel == ChannelType::Slack ? Markup::SlackMrkdwn : Markup::Text;
    case MessageType::News:
    case MessageType::TemplateCard:
    case MessageType::Link:
    case MessageType::FeedCard:
    case MessageType::Post:
    case MessageType::Json:
        break;
    }
    return Markup::Text;
}

QString markupName(Markup markup)
{
    switch (markup) {
    case Markup::Text:
        return QStringLiteral("text");
    case Markup::Markdown:
        return QStringLiteral("markdown");
    case Markup::DingTalkMarkdown:
        return QStringLiteral("dingtalk");
    case Markup::WeComMarkdown:
        return QStringLiteral("wecom");
    case Markup::SlackMrkdwn:
        return QStringLiteral("slack");
    case Markup::TelegramHtml:
        return QStringLiteral("telegram");
    }
    return {};
}

Escaping escapingOf(ChannelType channel, MessageType type)
{
    switch (markupOf(channel, type)) {
    case Markup::SlackMrkdwn:
        return Escaping::Slack;
    case Markup::TelegramHtml:
        return Escaping::TelegramHtml;
    default:
        return Escaping::None;
    }
}

} // namespace alertdesk
