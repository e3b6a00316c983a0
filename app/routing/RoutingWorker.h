#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QObject>
#include <QTimer>

#include "event/Event.h"
#include "rules/NotificationRequest.h"
#include "rules/RuleMatcher.h"
#include "rules/Router.h"
#include "rules/RuleSet.h"

namespace alertdesk {

class Clock;

// The routing thread's work: every event is matched against all enabled rules at once (RuleMatcher) and offered
// to the Router, whose due notifications are reported as they fall due; a single-shot timer wakes it for the
// next group_wait, group_interval or repeat_interval. Lives on RoutingService's thread.
class RoutingWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingWorker)

public:
    RoutingWorker(const Clock& clock, const rules::NotificationSuppression* suppression);
    ~RoutingWorker() override;

    void setRules(const std::shared_ptr<const rules::RuleSet>& set);
    void offer(const QList<alertdesk::Event>& events);
    // While held, events are grouped but nothing is flushed: the suppression's answers (silences and
    // acknowledgements) are not known yet at startup. Releasing flushes what fell due meanwhile.
    void setHeld(bool held);
    // Emits what is due now and sets the timer for what falls due next.
    void flushDue();

signals:
    void routed(const QList<alertdesk::rules::NotificationRequest>& requests);
    // How many events were matched and how many matched at least one rule, since the start.
    void progress(qint64 events, qint64 matchedEvents);

private:
    void scheduleWake();

    const Clock& m_clock;
    rules::Router m_router;
    std::unique_ptr<rules::RuleMatcher> m_matcher;
    std::vector<size_t> m_ruleOf;   // matcher rule → index in the rule set (disabled rules are left out)
    std::shared_ptr<const rules::RuleSet> m_set;
    std::vector<uint32_t> m_matched;
    std::vector<size_t> m_matchedRules;
    QTimer* m_wake;
    qint64 m_events = 0;
    qint64 m_matchedEvents = 0;
    bool m_held = false;
};

} // namespace alertdesk
