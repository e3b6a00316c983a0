#include "FeedStats.h"

namespace alertdesk {

QString feedStateName(FeedState state)
{
    switch (state) {
    case FeedState::Connecting: return QStringLiteral("connecting");
    case FeedState::Connected: return QStringLiteral("connected");
    case FeedState::Reconnecting: return QStringLiteral("reconnecting");
    case FeedState::Stopped: break;
    }
    return QStringLiteral("stopped");
}

} // namespace alertdesk
