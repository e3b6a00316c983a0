#pragma once

#include <QIcon>
#include <QString>

namespace alertdesk {
class AckStore;
struct AlertRow;
} // namespace alertdesk

namespace alertdesk::ui {

// UX.md: acknowledged alerts carry a check badge, silenced ones a bell-off badge. The table shows them in the
// status column; the text says the same for tooltips and screen readers (never the picture alone).
// A null icon for a row with neither flag. Cached per flags and palette kind.
QIcon attentionBadge(quint8 flags, bool dark);
// "Acknowledged by li.lei until resolved: rebooting on purpose", "Silenced by ops until 14:05 (source=…)", one
// line each; empty when neither. `acks` may be null (then without who and until).
QString attentionText(const AckStore* acks, const AlertRow& row);

} // namespace alertdesk::ui
