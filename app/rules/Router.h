#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "event/Event.h"
#include "rules/NotificationRequest.h"
#include "rules/NotificationSuppression.h"
#include "rules/RuleSet.h"

namespace alertdesk::rules {

// Turns matched (event, rule) pairs into notification requests, with Alertmanager's aggregation semantics per
// rule (docs/rules-json.md, "How the router paces notifications"):
// - events join the group of their grouping key (rule id + group_by values; without group_by the alert's
//   fingerprint); an alert is the latest event of a fingerprint;
// - a new group notifies group_wait after its first event; a group whose alerts changed (new firing alerts, or
//   notified ones resolved) notifies again group_interval after its last notification; an unchanged group with
//   firing alerts repeats every repeat_interval; resolved alerts are reported only with send_resolved;
// - then mute/active windows (in the policy's zone), the throttle (at most N per window per grouping key) and
//   silences/acknowledgements decide whether a due notification is sent or held back (reported with the reason).
// A pure engine: no threads, no timers, no clock of its own. The caller passes `now` (epoch ms), calls due() when
// nextWakeMs() is reached, and calls everything from one thread.
class Router final
{
public:
    // `suppression` (may be null: nothing is silenced or acknowledged) must outlive the router.
    explicit Router(const NotificationSuppression* suppression = nullptr);
    ~Router();
    Router(const Router&) = delete;
    Router& operator=(const Router&) = delete;

    // The rules offer() refers to by index (into set.rules). Groups of rules that keep their id keep their state
    // and follow the new policy from their next notification; groups of removed or disabled rules are dropped.
    void setRules(const RuleSet& set);

    // The event matched these rules (indices into the rule set; disabled or unknown ones are ignored).
    void offer(const Event& event, std::span<const size_t> matchedRules, qint64 nowMs);

    // Everything due at `nowMs`: notifications to send and those held back, one per rule target.
    std::vector<NotificationRequest> due(qint64 nowMs);

    // When due() next has something to do; empty when no group is waiting.
    std::optional<qint64> nextWakeMs() const;

    size_t groupCount() const;
    // Requests emitted so far: sent, and held back by reason.
    quint64 sentCount() const;
    quint64 heldCount(HoldReason reason) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace alertdesk::rules
