#pragma once

#include <optional>

#include <QStringList>
#include <QStringView>

#include "store/FilterTerm.h"

namespace alertdesk {

// The field names of the filter language (never translated) and which operators each takes.
// `labels.<name>` and `data.<path>` are recognised by their prefixes.
namespace filterfields {

inline constexpr QLatin1StringView labelPrefix{"labels."};
inline constexpr QLatin1StringView dataPrefix{"data."};

// The field a name denotes (case-insensitive for the fixed names), with the label name or data path in *name.
std::optional<FilterField> byName(QStringView text, QString* name);
// The fixed names, in the event model's order, then the @ fields.
QStringList names();
bool allows(FilterField field, FilterOp op);
QString opText(FilterOp op);
// Fields held as StringPool ids: a term on them is evaluated once per distinct value.
bool isPooled(FilterField field);

} // namespace filterfields

} // namespace alertdesk
