#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QStringList>

namespace alertdesk {

// The values of the `data.<path>` fields a filter uses (AlertFilter::dataPaths()), per table row. The data JSON
// lives in SQLite, not in the rows, so the store extracts these once per filter change (extractDataValues) and
// hands them to the evaluation. Each row's list has one entry per data path, in the same order; an absent
// entry (no row, or std::nullopt) means the path does not exist for that alert, and a term on it is false.
// Values as text: strings unescaped (no quotes), numbers as written, true/false/null, objects and arrays as
// compact JSON.
struct FilterDataValues
{
    QHash<quint32, QList<std::optional<QByteArray>>> rows;

    const std::optional<QByteArray>* value(quint32 row, int pathIndex) const;
};

// One value per path (dotted, "a.b.0" = key a, key b, array element 0; "" = the whole value) from an event's
// data JSON (Event::data()). Invalid JSON gives no values.
QList<std::optional<QByteArray>> extractDataValues(QByteArrayView dataJson, const QStringList& paths);

} // namespace alertdesk
