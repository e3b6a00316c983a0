#include "ChannelType.h"

#include <array>

namespace alertdesk {

namespace {

constexpr std::array<std::pair<ChannelType, const char*>, 9> kNames = {{
    {ChannelType::WeCom, "wecom"},
    {ChannelType::DingTalk, "dingtalk"},
    {ChannelType::Feishu, "feishu"},
    {ChannelType::Lark, "lark"},
    {ChannelType::Slack, "slack"},
    {ChannelType::Teams, "teams"},
    {ChannelType::Discord, "discord"},
    {ChannelType::Telegram, "telegram"},
    {ChannelType::Generic, "generic"},
}};

} // namespace

QString channelTypeName(ChannelType type)
{
    for (const auto& [known, name] : kNames) {
        if (known == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ChannelType> channelTypeFromName(QStringView name)
{
    for (const auto& [type, known] : kNames) {
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QStringList channelTypeNames()
{
    QStringList names;
    for (const auto& entry : kNames)
        names.append(QLatin1String(entry.second));
    return names;
}

} // namespace alertdesk
