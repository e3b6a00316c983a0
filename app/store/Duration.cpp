#include "store/Duration.h"

#include <limits>

namespace alertdesk {

namespace {

// The unit at `pos` and its length, or 0 when there is none.
qint64 unitMs(QStringView text, qsizetype pos, qsizetype* length)
{
    const auto rest = text.sliced(pos);
    *length = 1;
    if (rest.startsWith(u"ms"))
        return (*length = 2, 1);
    switch (rest.front().unicode()) {
    case 's':
        return 1000;
    case 'm':
        return 60 * 1000;
    case 'h':
        return 3600 * 1000;
    case 'd':
        return 24 * 3600 * 1000;
    case 'w':
        return 7 * 24 * 3600 * 1000;
    default:
        return 0;
    }
}

} // namespace

std::optional<qint64> parseDurationMs(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qint64 number = 0;
        const qsizetype digitsStart = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            number = number * 10 + (text[pos].unicode() - u'0');
            if (number > std::numeric_limits<qint32>::max())
                return std::nullopt; // past 68 years in seconds: not an age anyone means
            ++pos;
        }
        if (pos == digitsStart || pos == text.size())
            return std::nullopt;
        qsizetype unitLength = 0;
        const qint64 unit = unitMs(text, pos, &unitLength);
        if (unit == 0)
            return std::nullopt;
        total += number * unit;
        pos += unitLength;
    }
    return total;
}

} // namespace alertdesk
