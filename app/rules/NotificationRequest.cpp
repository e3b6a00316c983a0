#include "NotificationRequest.h"

namespace alertdesk::rules {

QString reasonName(NotificationReason reason)
{
    switch (reason) {
    case NotificationReason::First:
        return QStringLiteral("first");
    case NotificationReason::Update:
        return QStringLiteral("update");
    case NotificationReason::Repeat:
        return QStringLiteral("repeat");
    case NotificationReason::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QString holdName(HoldReason hold)
{
    switch (hold) {
    case HoldReason::None:
        return {};
    case HoldReason::Throttled:
        return QStringLiteral("throttled");
    case HoldReason::Muted:
        return QStringLiteral("muted");
    case HoldReason::OutsideActiveTimes:
        return QStringLiteral("outside_active_times");
    case HoldReason::Silenced:
        return QStringLiteral("silenced");
    case HoldReason::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return {};
}

} // namespace alertdesk::rules
