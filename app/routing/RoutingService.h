#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QThread>

#include "event/Event.h"
#include "rules/NotificationRequest.h"
#include "rules/RuleSet.h"

namespace alertdesk {

class Clock;
class RoutingWorker;

namespace rules {
class NotificationSuppression;
}

// Routes live events with the rules in force, off the GUI thread (BRIEF.md: matching never blocks it): events
// go to a routing thread that matches them against every enabled rule and paces the notifications by each
// rule's delivery policy; what falls due comes back as routed(), held-back ones included with their reason.
// Until delivery lands, the Notifications panel shows them.
class RoutingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingService)

public:
    // `clock` and `suppression` (may be null) are used from the routing thread and must outlive the service.
    explicit RoutingService(const Clock& clock, const rules::NotificationSuppression* suppression = nullptr,
                            QObject* parent = nullptr);
    ~RoutingService() override;

    void setRules(std::shared_ptr<const rules::RuleSet> set);
    void offer(const QList<alertdesk::Event>& events);
    // Hold notifications back until the suppression can answer (the acknowledgements and silences are loaded);
    // events offered meanwhile are grouped, and what fell due is flushed on release.
    void setHeld(bool held);

    qint64 eventsRouted() const { return m_events; }
    qint64 eventsMatched() const { return m_matchedEvents; }

signals:
    void routed(const QList<alertdesk::rules::NotificationRequest>& requests);

private:
    QThread m_thread;
    RoutingWorker* m_worker;   // lives on m_thread
    qint64 m_events = 0;
    qint64 m_matchedEvents = 0;
};

} // namespace alertdesk
