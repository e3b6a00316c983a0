#pragma once

#include <QString>

namespace alertdesk {

// What the alert store knows about an alert beyond its latest event (filled by the lifecycle tracker; zeros
// and empty strings mean "not known", and the view model then derives what it can from the event itself).
struct AlertContext
{
    qint64 firstSeenMs = 0; // when the alert first fired; 0: the event's own time (or Alertmanager startsAt)
    int count = 0;          // events seen for this alert so far; 0: unknown, shown as 1
    QString ruleName;       // the routing rule that matched, empty when rendered outside routing
};

} // namespace alertdesk
