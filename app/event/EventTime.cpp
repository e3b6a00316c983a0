#include "EventTime.h"

#include <charconv>

namespace alertdesk {

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil { qint64 y; unsigned m; unsigned d; };

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

void putDigits(char* out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

bool readDigits(std::string_view text, size_t pos, size_t count, int& out)
{
    if (pos + count > text.size())
        return false;
    out = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

std::optional<qint64> parseRfc3339(std::string_view t)
{
    int year, month, day, hour, minute, second;
    if (t.size() < 20 || !readDigits(t, 0, 4, year) || t[4] != '-' || !readDigits(t, 5, 2, month) || t[7] != '-'
        || !readDigits(t, 8, 2, day) || (t[10] != 'T' && t[10] != 't' && t[10] != ' ')
        || !readDigits(t, 11, 2, hour) || t[13] != ':' || !readDigits(t, 14, 2, minute) || t[16] != ':'
        || !readDigits(t, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    size_t pos = 19;
    int millis = 0;
    if (pos < t.size() && t[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') {
            if (digits < 3)
                millis = millis * 10 + (t[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= t.size())
        return std::nullopt;
    qint64 offsetMinutes = 0;
    if (t[pos] == 'Z' || t[pos] == 'z') {
        ++pos;
    } else if (t[pos] == '+' || t[pos] == '-') {
        int oh, om;
        if (!readDigits(t, pos + 1, 2, oh) || pos + 3 >= t.size() || t[pos + 3] != ':' || !readDigits(t, pos + 4, 2, om))
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (t[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != t.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + qMin(second, 59) - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

} // namespace

QByteArray formatRfc3339Ms(qint64 epochMs)
{
    qint64 days = epochMs / 86400000;
    qint64 msOfDay = epochMs % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    const Civil c = civilFromDays(days);
    char buf[24];
    putDigits(buf, c.y, 4);
    buf[4] = '-';
    putDigits(buf + 5, c.m, 2);
    buf[7] = '-';
    putDigits(buf + 8, c.d, 2);
    buf[10] = 'T';
    putDigits(buf + 11, msOfDay / 3600000, 2);
    buf[13] = ':';
    putDigits(buf + 14, msOfDay / 60000 % 60, 2);
    buf[16] = ':';
    putDigits(buf + 17, msOfDay / 1000 % 60, 2);
    buf[19] = '.';
    putDigits(buf + 20, msOfDay % 1000, 3);
    buf[23] = 'Z';
    return QByteArray(buf, 24);
}

std::optional<qint64> parseEventTime(std::string_view text)
{
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos) {
        qint64 ms = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
        if (ec != std::errc() || end != text.data() + text.size())
            return std::nullopt;
        return ms;
    }
    return parseRfc3339(text);
}

} // namespace alertdesk
