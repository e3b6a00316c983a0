#pragma once

#include <optional>
#include <string_view>

#include <QByteArray>

namespace alertdesk {

// RFC 3339 UTC with milliseconds: "2023-03-02T03:31:52.553Z".
QByteArray formatRfc3339Ms(qint64 epochMs);

// Parses RFC 3339 ("2026-11-27T00:43:52.807734039Z", "…+08:00"; fraction truncated to milliseconds) or a
// string of epoch milliseconds ("1615430559146", Tencent's string form). Empty when neither.
std::optional<qint64> parseEventTime(std::string_view text);

} // namespace alertdesk
