#pragma once

#include <chrono>
#include <optional>

#include <QString>
#include <QStringView>

namespace alertdesk::rules {

// rules.json writes durations as number+unit pairs, largest unit first ("30s", "5m", "1h30m", "1w", "500ms");
// it reads whatever app/store/Duration reads (units ms, s, m, h, d, w), so "90s" is read and written "1m30s".
QString durationText(std::chrono::milliseconds duration);
std::optional<std::chrono::milliseconds> parseDurationText(QStringView text);

} // namespace alertdesk::rules
