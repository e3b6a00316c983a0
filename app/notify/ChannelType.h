#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace alertdesk {

// The IM robots AlertDesk sends to (../shared/specs/im-webhooks.md). Lark is Feishu's international twin: same
// bodies, other host.
enum class ChannelType { WeCom, DingTalk, Feishu, Lark, Slack, Teams, Discord, Telegram, Generic };

// "wecom", "dingtalk", "feishu", "lark", "slack", "teams", "discord", "telegram", "generic".
QString channelTypeName(ChannelType type);
std::optional<ChannelType> channelTypeFromName(QStringView name);
QStringList channelTypeNames();

} // namespace alertdesk
