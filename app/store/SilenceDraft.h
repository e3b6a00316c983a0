#pragma once

#include <QList>
#include <QString>

namespace alertdesk {

class AlertTable;

// The matchers a new silence starts from when the operator silences selected alerts (UX.md: "S — silence
// selected, dialog pre-filled"): for one alert its source, type and subject (its fingerprint when it has no
// subject), which also covers the same problem on that subject later; for several, the fields they share and
// their fingerprints. Values are quoted when the filter language needs it.
QString silenceMatchersFor(const AlertTable& table, const QList<quint32>& rows);

// `field=value`, the value quoted when it holds white space, quotes or backslashes (or is empty).
QString exactTerm(const QString& field, const QString& value);

} // namespace alertdesk
