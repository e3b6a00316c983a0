#include "DeliveryPolicy.h"

#include <array>

#include "store/Duration.h"

namespace alertdesk::rules {

QString durationText(std::chrono::milliseconds duration)
{
    struct Unit
    {
        qint64 ms;
        const char* name;
    };
    static constexpr std::array<Unit, 6> kUnits{{{7LL * 24 * 3600 * 1000, "w"},
                                                 {24LL * 3600 * 1000, "d"},
                                                 {3600LL * 1000, "h"},
                                                 {60LL * 1000, "m"},
                                                 {1000, "s"},
                                                 {1, "ms"}}};
    qint64 rest = duration.count();
    if (rest <= 0)
        return QStringLiteral("0s");
    QString text;
    for (const Unit& unit : kUnits) {
        if (rest < unit.ms)
            continue;
        text += QString::number(rest / unit.ms) + QLatin1StringView(unit.name);
        rest %= unit.ms;
    }
    return text;
}

std::optional<std::chrono::milliseconds> parseDurationText(QStringView text)
{
    const std::optional<qint64> ms = parseDurationMs(text);
    if (!ms)
        return std::nullopt;
    return std::chrono::milliseconds(*ms);
}

} // namespace alertdesk::rules
