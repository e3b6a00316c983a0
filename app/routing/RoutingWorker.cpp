#include "routing/RoutingWorker.h"

#include <algorithm>

#include "common/Clock.h"
#include "event/EventJson.h"
#include "rules/RulesLogging.h"

namespace alertdesk {

RoutingWorker::RoutingWorker(const Clock& clock, const rules::NotificationSuppression* suppression)
    : m_clock(clock), m_router(suppression), m_matcher(std::make_unique<rules::RuleMatcher>()),
      m_wake(new QTimer(this))
{
    m_wake->setSingleShot(true);
    m_wake->setTimerType(Qt::PreciseTimer);
    connect(m_wake, &QTimer::timeout, this, &RoutingWorker::flushDue);
}

RoutingWorker::~RoutingWorker() = default;

void RoutingWorker::setRules(const std::shared_ptr<const rules::RuleSet>& set)
{
    m_set = set ? set : std::make_shared<const rules::RuleSet>();
    // A fresh index: patterns cannot be removed from a RuleMatcher, and a rule set has few enough rules that
    // compiling them again is quick.
    m_matcher = std::make_unique<rules::RuleMatcher>();
    m_ruleOf.clear();
    for (size_t r = 0; r < m_set->rules.size(); ++r) {
        if (!m_set->rules[r].enabled)
            continue;
        m_matcher->add(m_set->rules[r].pattern);
        m_ruleOf.push_back(r);
    }
    m_router.setRules(*m_set);
    flushDue();
}

void RoutingWorker::offer(const QList<Event>& events)
{
    if (m_ruleOf.empty()) {
        m_events += events.size();
        emit progress(m_events, m_matchedEvents);
        return;
    }
    const qint64 now = m_clock.nowMs();
    for (const Event& event : events) {
        ++m_events;
        const QByteArray json = cloudEventWithAlertdesk(event);
        m_matched.clear();
        if (!m_matcher->match(std::string_view(json.constData(), std::size_t(json.size())), m_matched)) {
            qCWarning(lcRules).noquote() << "event" << event.id << "could not be read for routing";
            continue;
        }
        if (m_matched.empty())
            continue;
        ++m_matchedEvents;
        m_matchedRules.clear();
        for (const uint32_t rule : m_matched)
            m_matchedRules.push_back(m_ruleOf[rule]);
        m_router.offer(event, m_matchedRules, now);
    }
    emit progress(m_events, m_matchedEvents);
    flushDue();
}

void RoutingWorker::setHeld(bool held)
{
    m_held = held;
    flushDue();
}

void RoutingWorker::flushDue()
{
    if (m_held)
        return;
    std::vector<rules::NotificationRequest> due = m_router.due(m_clock.nowMs());
    if (!due.empty())
        emit routed(QList<rules::NotificationRequest>(std::make_move_iterator(due.begin()),
                                                      std::make_move_iterator(due.end())));
    scheduleWake();
}

void RoutingWorker::scheduleWake()
{
    const std::optional<qint64> next = m_router.nextWakeMs();
    if (!next) {
        m_wake->stop();
        return;
    }
    // At least 1 ms later so that a group due "now" by the router's reckoning is flushed on the next pass.
    m_wake->start(int(std::clamp<qint64>(*next - m_clock.nowMs(), 1, 24 * 3600 * 1000)));
}

} // namespace alertdesk
