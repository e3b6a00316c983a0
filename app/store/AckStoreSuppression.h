#pragma once

#include "rules/NotificationSuppression.h"

namespace alertdesk {

class AckStore;

// The router's suppression interface answered by the desk's acknowledgements and silences: a silenced alert
// gets no notifications, an acknowledged one no repeats. Thread-safe like the AckStore queries it forwards to.
class AckStoreSuppression final : public rules::NotificationSuppression
{
public:
    explicit AckStoreSuppression(const AckStore& acks) : m_acks(acks) {}

    bool isSilenced(const Event& alert, qint64 nowMs) const override;
    bool isAcknowledged(const Event& alert, qint64 nowMs) const override;

private:
    const AckStore& m_acks;
};

} // namespace alertdesk
