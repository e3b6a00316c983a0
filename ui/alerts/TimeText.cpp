#include "ui/alerts/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace alertdesk::ui {

QString relativeAge(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return QCoreApplication::translate("TimeText", "%1s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("TimeText", "%1m").arg(s / 60);
    if (s < 86400) {
        const qint64 m = (s % 3600) / 60;
        return m == 0 ? QCoreApplication::translate("TimeText", "%1h").arg(s / 3600)
                      : QCoreApplication::translate("TimeText", "%1h %2m").arg(s / 3600).arg(m);
    }
    const qint64 h = (s % 86400) / 3600;
    return h == 0 ? QCoreApplication::translate("TimeText", "%1d").arg(s / 86400)
                  : QCoreApplication::translate("TimeText", "%1d %2h").arg(s / 86400).arg(h);
}

QString localTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString utcTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace alertdesk::ui
