#include "TimeWindowText.h"

#include <QCoreApplication>
#include <QStringList>

#include "rules/TimeWindow.h"

namespace alertdesk::ui {

namespace {

// "HH:MM-HH:MM" into the window; false when it is not that.
bool parseTimes(QStringView text, rules::TimeWindow& window)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0)
        return false;
    const std::optional<int> start = rules::parseClockTime(text.first(dash).trimmed(), false);
    const std::optional<int> end = rules::parseClockTime(text.sliced(dash + 1).trimmed(), true);
    if (!start || !end)
        return false;
    window.startMinute = *start;
    window.endMinute = *end;
    return true;
}

} // namespace

QString timeWindowsText(const QList<rules::TimeWindow>& windows)
{
    QStringList parts;
    for (const rules::TimeWindow& window : windows) {
        const QString times = rules::clockTimeText(window.startMinute) + u'-' + rules::clockTimeText(window.endMinute);
        parts << (window.weekdays.isEmpty() ? times : rules::daySpecs(window.weekdays).join(u',') + u' ' + times);
    }
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<rules::TimeWindow>> parseTimeWindows(const QString& text, QString* error)
{
    QList<rules::TimeWindow> windows;
    for (const QString& raw : text.split(u';', Qt::SkipEmptyParts)) {
        const QString part = raw.simplified();
        if (part.isEmpty())
            continue;
        rules::TimeWindow window;
        const qsizetype space = part.lastIndexOf(u' ');
        const QStringView times = space < 0 ? QStringView(part) : QStringView(part).sliced(space + 1);
        if (!parseTimes(times, window)) {
            *error =
                QCoreApplication::translate("TimeWindowText",
                                            "“%1” is not a time window: write days and times, e.g. mon-fri 09:00-18:00 "
                                            "(times 00:00 to 24:00)")
                    .arg(part);
            return std::nullopt;
        }
        if (space > 0) {
            for (QStringView day : QStringView(part).first(space).split(u',', Qt::SkipEmptyParts)) {
                if (!rules::addDaySpec(day.trimmed(), window.weekdays)) {
                    *error = QCoreApplication::translate(
                                 "TimeWindowText", "“%1” is not a day or a range of days (mon … sun, e.g. mon-fri)")
                                 .arg(day.trimmed().toString());
                    return std::nullopt;
                }
            }
            std::sort(window.weekdays.begin(), window.weekdays.end());
            window.weekdays.erase(std::unique(window.weekdays.begin(), window.weekdays.end()), window.weekdays.end());
        }
        windows << window;
    }
    return windows;
}

} // namespace alertdesk::ui
