#pragma once

#include <QString>

namespace alertdesk::ui {

// "12s", "3m", "2h 5m", "4d 3h": the table's relative ages (UX.md, Times), translated.
QString relativeAge(qint64 ms);
// Absolute local time with the offset, for tooltips and the detail pane; and the same in UTC.
QString localTime(qint64 epochMs);
QString utcTime(qint64 epochMs);

} // namespace alertdesk::ui
