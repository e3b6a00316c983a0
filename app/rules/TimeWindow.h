#pragma once

#include <optional>

#include <QList>
#include <QStringList>
#include <QStringView>

#include "rules/RuleSet.h"

namespace alertdesk::rules {

// The text forms of a TimeWindow in rules.json and the one question the router asks of it.

// Whether local wall-clock time (weekday 1 = Monday … 7, minute of the day) falls in the window. No days listed
// means every day. A window that wraps past midnight belongs to the day it starts on: "fri 22:00-06:00" covers
// Saturday 05:59 but not Friday 05:59.
bool windowContains(const TimeWindow& window, int weekday, int minuteOfDay);

// "mon" … "sun" (ASCII, case-insensitive), or a range "mon-fri"; a range may wrap ("fri-mon" = fri sat sun mon).
// Adds the days to `days`; false when the text is neither.
bool addDaySpec(QStringView spec, QList<int>& days);
// The days as rules.json writes them: sorted runs, three or more days as a range ("mon-fri"), others by name.
QStringList daySpecs(QList<int> days);

// "HH:MM", 00:00 … 23:59, and "24:00" when `allowEndOfDay`; minutes since midnight.
std::optional<int> parseClockTime(QStringView text, bool allowEndOfDay);
QString clockTimeText(int minuteOfDay);

} // namespace alertdesk::rules
