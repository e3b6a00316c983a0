#include "TimeWindow.h"

#include <algorithm>
#include <array>

namespace alertdesk::rules {

namespace {

constexpr std::array<QLatin1StringView, 7> kDayNames{
    QLatin1StringView("mon"), QLatin1StringView("tue"), QLatin1StringView("wed"), QLatin1StringView("thu"),
    QLatin1StringView("fri"), QLatin1StringView("sat"), QLatin1StringView("sun")};

int dayNumber(QStringView name)
{
    for (size_t i = 0; i < kDayNames.size(); ++i) {
        if (name.compare(kDayNames[i], Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

QString dayName(int day)
{
    return QString(kDayNames[static_cast<size_t>(day - 1)]);
}

bool hasDay(const TimeWindow& window, int weekday)
{
    return window.weekdays.isEmpty() || window.weekdays.contains(weekday);
}

} // namespace

bool windowContains(const TimeWindow& window, int weekday, int minuteOfDay)
{
    if (window.startMinute < window.endMinute)
        return hasDay(window, weekday) && minuteOfDay >= window.startMinute && minuteOfDay < window.endMinute;
    // Wraps past midnight: the evening part on its own day, the morning part on the day after.
    const int previousDay = weekday == 1 ? 7 : weekday - 1;
    return (hasDay(window, weekday) && minuteOfDay >= window.startMinute) ||
        (hasDay(window, previousDay) && minuteOfDay < window.endMinute);
}

bool addDaySpec(QStringView spec, QList<int>& days)
{
    const qsizetype dash = spec.indexOf(u'-');
    if (dash < 0) {
        const int day = dayNumber(spec);
        if (day == 0)
            return false;
        days.append(day);
        return true;
    }
    const int first = dayNumber(spec.first(dash));
    const int last = dayNumber(spec.sliced(dash + 1));
    if (first == 0 || last == 0)
        return false;
    for (int day = first;; day = day % 7 + 1) {
        days.append(day);
        if (day == last)
            break;
    }
    return true;
}

QStringList daySpecs(QList<int> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QStringList specs;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype end = i + 1;
        while (end < days.size() && days[end] == days[end - 1] + 1)
            ++end;
        if (end - i >= 3) {
            specs.append(dayName(days[i]) + u'-' + dayName(days[end - 1]));
        } else {
            for (qsizetype k = i; k < end; ++k)
                specs.append(dayName(days[k]));
        }
        i = end;
    }
    return specs;
}

std::optional<int> parseClockTime(QStringView text, bool allowEndOfDay)
{
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    auto digit = [&](qsizetype i) { return text[i] >= u'0' && text[i] <= u'9' ? text[i].unicode() - u'0' : -1; };
    const int h1 = digit(0), h2 = digit(1), m1 = digit(3), m2 = digit(4);
    if (h1 < 0 || h2 < 0 || m1 < 0 || m2 < 0)
        return std::nullopt;
    const int hour = h1 * 10 + h2;
    const int minute = m1 * 10 + m2;
    if (minute > 59)
        return std::nullopt;
    if (hour == 24 && minute == 0 && allowEndOfDay)
        return 24 * 60;
    if (hour > 23)
        return std::nullopt;
    return hour * 60 + minute;
}

QString clockTimeText(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace alertdesk::rules
