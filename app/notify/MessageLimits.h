#pragma once

#include <QString>
#include <QStringList>

#include "notify/ChannelType.h"
#include "notify/MessageType.h"

namespace alertdesk {

// How an IM counts: WeCom and DingTalk/Feishu bodies in UTF-8 bytes (a Han character is 3), Slack, Discord and
// Telegram in characters (UTF-16 units here, which never undercounts).
enum class LimitUnit { Utf8Bytes, Utf16Units };
// What happens to text over the limit: cut with a visible marker, or sent as several messages.
enum class OverflowPolicy { Truncate, Split };

struct TextLimit
{
    qsizetype max = 0; // 0: no limit
    LimitUnit unit = LimitUnit::Utf8Bytes;
    OverflowPolicy policy = OverflowPolicy::Truncate;
};

// The limits of one channel type and message type (../shared/specs/im-webhooks.md §1–4).
struct MessageLimits
{
    TextLimit text;             // the main text field
    qsizetype maxBodyBytes = 0; // the whole compact JSON body; 0: no limit
    int maxParts = 10;          // a split never sends more than this; the last part is truncated instead
};

MessageLimits limitsFor(ChannelType channel, MessageType type);

// The marker a cut leaves: "…(truncated)".
QString truncationMarker();
qsizetype measure(QStringView text, LimitUnit unit);
// `text` cut to at most `max` units including the marker, on a code-point boundary (so on a UTF-8 boundary).
// Unchanged when it fits.
QString truncateToLimit(const QString& text, qsizetype max, LimitUnit unit);
// Parts of at most `max` units each, cut at line breaks where possible, else on a code-point boundary; at most
// `maxParts`, the last one truncated with the marker when the text does not fit.
QStringList splitToLimit(const QString& text, qsizetype max, LimitUnit unit, int maxParts);

} // namespace alertdesk
