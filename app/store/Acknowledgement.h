#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace alertdesk {

// An operator's acknowledgement of one alert (issue 4): who, why, and until when. While it holds, the alert
// carries AlertRow::Acknowledged and the router sends no repeat notifications for it. It ends when it is
// withdrawn, when its time is up, or — for an "until resolved" one — when an event resolving the alert folds in.
struct Acknowledgement
{
    qint64 alertId = 0;
    QString fingerprint; // the alert's, so the router can ask by fingerprint (not stored: the row has it)
    QString actor;
    QString note;
    qint64 atMs = 0;
    qint64 untilMs = 0; // 0: no end time (until resolved)
    bool untilResolved = false;

    bool isActive(qint64 nowMs) const { return untilMs == 0 || nowMs < untilMs; }
};

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::Acknowledgement)
