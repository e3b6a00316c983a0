#pragma once

#include <expected>

#include <QList>
#include <QMetaType>
#include <QString>

#include "store/AlertFilter.h"

namespace alertdesk {

// A silence (issue 4): for [startsMs, endsMs) every alert its matchers select carries AlertRow::Silenced and
// the router suppresses its notifications. The matchers are a filter in the alert table's language (BRIEF.md,
// "The filter language (alert table, saved views, silences)"), so what the table shows for a filter is exactly
// what a silence with that text covers.
struct Silence
{
    enum class State : quint8 { Pending, Active, Expired };

    QString uid; // stable: the silences table's key
    QString matchers;
    QString actor;
    QString note;
    qint64 startsMs = 0;
    qint64 endsMs = 0;

    State state(qint64 nowMs) const;
    bool isActive(qint64 nowMs) const { return state(nowMs) == State::Active; }
};

// Compiles a silence's matchers. Besides the filter language's own errors, refuses an empty filter (it would
// silence everything) and @silenced (a silence cannot depend on silences).
std::expected<AlertFilter, FilterError> compileSilenceMatchers(QStringView matchers);

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::Silence)
