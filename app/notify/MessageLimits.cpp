#include "MessageLimits.h"

namespace alertdesk {

namespace {

qsizetype unitsOf(char32_t codePoint, LimitUnit unit)
{
    if (unit == LimitUnit::Utf16Units)
        return codePoint > 0xffff ? 2 : 1;
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// The longest prefix of `text` (in UTF-16 positions) that measures at most `max`; never ends inside a pair.
qsizetype prefixFitting(QStringView text, qsizetype max, LimitUnit unit)
{
    qsizetype used = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const char32_t codePoint = pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
        const qsizetype cost = unitsOf(codePoint, unit);
        if (used + cost > max)
            break;
        used += cost;
        i += pair ? 2 : 1;
    }
    return i;
}

} // namespace

MessageLimits limitsFor(ChannelType channel, MessageType type)
{
    using M = MessageType;
    const auto bytes = [](qsizetype max, OverflowPolicy policy) {
        return TextLimit{max, LimitUnit::Utf8Bytes, policy};
    };
    const auto chars = [](qsizetype max, OverflowPolicy policy) {
        return TextLimit{max, LimitUnit::Utf16Units, policy};
    };
    switch (channel) {
    case ChannelType::WeCom: // §1: text 2048 B, markdown(_v2) 4096 B, news description 512 B
        if (type == M::Text)
            return {bytes(2048, OverflowPolicy::Split), 0, 10};
        if (type == M::Markdown || type == M::MarkdownV2)
            return {bytes(4096, OverflowPolicy::Split), 0, 10};
        if (type == M::News)
            return {bytes(512, OverflowPolicy::Truncate), 0, 1};
        return {};
    case ChannelType::DingTalk: // §2: body ≤ 20000 bytes; text parts leave room for the JSON around them
        if (type == M::Text || type == M::Markdown)
            return {bytes(18000, OverflowPolicy::Split), 20000, 10};
        return {bytes(18000, OverflowPolicy::Truncate), 20000, 1};
    case ChannelType::Feishu:
    case ChannelType::Lark: // §3: body ≤ 20 KB, card included
        if (type == M::Text || type == M::Post)
            return {bytes(18000, OverflowPolicy::Split), 20000, 10};
        return {bytes(18000, OverflowPolicy::Truncate), 20000, 1};
    case ChannelType::Slack: // §4.1: 40,000 characters of text; blocks carry 3000 each, 50 at most
        if (type == M::Text)
            return {chars(40000, OverflowPolicy::Split), 0, 10};
        return {chars(3000 * 45, OverflowPolicy::Truncate), 0, 1};
    case ChannelType::Teams: // §4.2: about 28 KB per message
        return {bytes(26000, OverflowPolicy::Truncate), 28000, 1};
    case ChannelType::Discord: // §4.3: content 2000 characters; embed description 4096, 6000 across embeds
        if (type == M::Content)
            return {chars(2000, OverflowPolicy::Split), 0, 10};
        return {chars(4096, OverflowPolicy::Truncate), 0, 1};
    case ChannelType::Telegram: // §4.4: 4096 characters
        return {chars(4096, OverflowPolicy::Split), 0, 10};
    case ChannelType::Generic:
        break;
    }
    return {};
}

QString truncationMarker()
{
    return QStringLiteral("…(truncated)");
}

qsizetype measure(QStringView text, LimitUnit unit)
{
    if (unit == LimitUnit::Utf16Units)
        return text.size();
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

QString truncateToLimit(const QString& text, qsizetype max, LimitUnit unit)
{
    if (max <= 0 || measure(text, unit) <= max)
        return text;
    const QString marker = truncationMarker();
    const qsizetype room = max - measure(marker, unit);
    if (room <= 0)
        return marker.left(prefixFitting(marker, max, unit));
    return text.left(prefixFitting(text, room, unit)) + marker;
}

QStringList splitToLimit(const QString& text, qsizetype max, LimitUnit unit, int maxParts)
{
    if (max <= 0 || measure(text, unit) <= max)
        return {text};
    QStringList parts;
    QStringView rest(text);
    while (!rest.isEmpty()) {
        if (parts.size() + 1 == maxParts || measure(rest, unit) <= max) {
            parts.append(truncateToLimit(rest.toString(), max, unit));
            break;
        }
        qsizetype cut = prefixFitting(rest, max, unit);
        // Prefer the last line break inside the fitting prefix; the break itself starts nothing new.
        const qsizetype lineBreak = rest.left(cut).lastIndexOf(u'\n');
        const bool atBreak = lineBreak > 0;
        if (atBreak)
            cut = lineBreak;
        parts.append(rest.left(cut).toString());
        rest = rest.mid(atBreak ? cut + 1 : cut);
    }
    return parts;
}

} // namespace alertdesk
