#pragma once

#include <QSet>
#include <QString>

#include "event/Event.h"

namespace alertdesk::rules {

// What the router asks before it notifies about an alert: is it silenced (no notifications at all while the
// silence lasts) or acknowledged (no repeat notifications)? The store's acknowledgements and silences answer it
// (app/store). The router calls it from its own thread at each flush, so implementations must be thread-safe
// and quick (no I/O).
class NotificationSuppression
{
public:
    virtual ~NotificationSuppression() = default;
    // `alert` is the alert's latest event (fingerprint, labels, …).
    virtual bool isSilenced(const Event& alert, qint64 nowMs) const = 0;
    virtual bool isAcknowledged(const Event& alert, qint64 nowMs) const = 0;
};

// A suppression set by hand, by fingerprint: the test double (as ManualClock is for Clock).
class ManualSuppression final : public NotificationSuppression
{
public:
    bool isSilenced(const Event& alert, qint64 nowMs) const override;
    bool isAcknowledged(const Event& alert, qint64 nowMs) const override;

    void setSilenced(const QString& fingerprint, bool on);
    void setAcknowledged(const QString& fingerprint, bool on);

private:
    QSet<QString> m_silenced;
    QSet<QString> m_acked;
};

} // namespace alertdesk::rules
