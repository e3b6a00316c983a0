#include "Clock.h"

#include <QDateTime>

namespace alertdesk {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace alertdesk
