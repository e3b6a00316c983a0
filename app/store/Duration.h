#pragma once

#include <optional>

#include <QStringView>

namespace alertdesk {

// A duration as the filter language writes it: one or more number+unit pairs, units ms, s, m, h, d, w
// ("90s", "10m", "2h", "1d", "1h30m"). Milliseconds, or empty when the text is not such a duration (a bare
// number is refused: "10" could mean seconds or minutes).
std::optional<qint64> parseDurationMs(QStringView text);

} // namespace alertdesk
