#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "rules/RuleSet.h"

namespace alertdesk::ui {

// Weekly time windows as one line of the rule form: "mon-fri 09:00-18:00; sat,sun 10:00-12:00", with the day
// and time spellings of rules.json (rules/TimeWindow.h); no days = every day; "22:00-06:00" runs past midnight.
QString timeWindowsText(const QList<rules::TimeWindow>& windows);
// The windows, or the reason the text is not such a list (in `error`, for the field's tooltip).
std::optional<QList<rules::TimeWindow>> parseTimeWindows(const QString& text, QString* error);

} // namespace alertdesk::ui
