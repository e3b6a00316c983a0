#include "NotificationSuppression.h"

namespace alertdesk::rules {

bool ManualSuppression::isSilenced(const Event& alert, qint64) const
{
    return m_silenced.contains(alert.fingerprint);
}

bool ManualSuppression::isAcknowledged(const Event& alert, qint64) const
{
    return m_acked.contains(alert.fingerprint);
}

void ManualSuppression::setSilenced(const QString& fingerprint, bool on)
{
    if (on)
        m_silenced.insert(fingerprint);
    else
        m_silenced.remove(fingerprint);
}

void ManualSuppression::setAcknowledged(const QString& fingerprint, bool on)
{
    if (on)
        m_acked.insert(fingerprint);
    else
        m_acked.remove(fingerprint);
}

} // namespace alertdesk::rules
