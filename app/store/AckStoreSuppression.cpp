#include "store/AckStoreSuppression.h"

#include "store/AckStore.h"

namespace alertdesk {

bool AckStoreSuppression::isSilenced(const Event& alert, qint64 nowMs) const
{
    return m_acks.isSilenced(alert, nowMs);
}

bool AckStoreSuppression::isAcknowledged(const Event& alert, qint64 nowMs) const
{
    return m_acks.isAcknowledged(alert.fingerprint, nowMs);
}

} // namespace alertdesk
