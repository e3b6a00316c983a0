#pragma once

#include <utility>

#include <QList>
#include <QMetaType>
#include <QString>

#include "event/Event.h"
#include "rules/RuleSet.h"

namespace alertdesk::rules {

// Why the router emits a notification for a group (Alertmanager's terms).
enum class NotificationReason : quint8 {
    First,    // a new group's first notification, after group_wait
    Update,   // the group's alerts changed (new firing alerts, or some resolved), at most every group_interval
    Repeat,   // nothing changed and alerts still fire: again after repeat_interval
    Resolved, // every alert of the group resolved (only with send_resolved)
};

// Why a notification was held back instead of sent; None when it is to be sent.
enum class HoldReason : quint8 {
    None,
    Throttled,          // the throttle's count for its window was used up; it is retried when the window allows
    Muted,              // inside a mute window; retried when it ends
    OutsideActiveTimes, // outside every active window; retried when one starts
    Silenced,           // every alert it would carry is silenced
    Acknowledged,       // a repeat of alerts that are all acknowledged
};

// Never translated: the CLI's and the log's words.
QString reasonName(NotificationReason reason); // "first", "update", "repeat", "resolved"
QString holdName(HoldReason hold);             // "", "throttled", "muted", "outside_active_times", …

struct NotifiedAlert
{
    QString fingerprint;
    QString title;
    Event event; // the alert's latest event (its payload is shared, not copied)
};

// One notification the router asks delivery to send to one target, or reports as held back.
struct NotificationRequest
{
    QString ruleId;
    QString ruleName;
    // The rule's target; a rule without targets yields one request with an empty target, so what it routes is
    // still visible (nothing can deliver it).
    RuleTarget target;
    // Rule id and the group_by values: "cvm-reboot{subject=\"ins-1\"}"; without group_by the fingerprint.
    QString groupKey;
    QList<std::pair<QString, QString>> groupValues; // group_by field → value, in group_by order
    NotificationReason reason = NotificationReason::First;
    HoldReason held = HoldReason::None;
    qint64 atMs = 0; // when the router emitted it
    QList<NotifiedAlert> firing;
    QList<NotifiedAlert> resolved; // empty unless send_resolved
    // How many earlier notifications of this group were held back (throttled, muted) since the last one sent.
    int heldBefore = 0;

    bool isHeld() const { return held != HoldReason::None; }
};

} // namespace alertdesk::rules

Q_DECLARE_METATYPE(alertdesk::rules::NotificationRequest)
