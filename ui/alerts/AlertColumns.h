#pragma once

#include <QString>

#include "store/AlertView.h"

namespace alertdesk::ui {

// The alert table's columns, in their default order. Summary, last seen, origin and fingerprint are hidden
// until the operator shows them (header context menu).
enum class AlertColumn : int {
    Severity, Status, Age, Count, Source, Type, Subject, Region, Title, Summary, LastSeen, Origin, Fingerprint
};
inline constexpr int alertColumnCount = 13;

QString columnTitle(AlertColumn column);
bool hiddenByDefault(AlertColumn column);
AlertSortKey sortKeyOf(AlertColumn column);
// The column whose header shows a sort key (for restoring the sort indicator).
AlertColumn columnOf(AlertSortKey key);

} // namespace alertdesk::ui
