#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace alertdesk {

// A saved view of the alert table (UX.md): a name, a filter, a sort and the columns. Kept in settings.ini as
// JSON so the file stays readable and diffable.
struct SavedView
{
    QString id;             // stable: a UUID
    QString name;
    QString filter;
    int sortColumn = 2;     // the table's Age column
    bool sortDescending = false;
    QByteArray columns;     // the header's saved state (order, widths, hidden columns)

    friend bool operator==(const SavedView&, const SavedView&) = default;
};

QByteArray savedViewsToJson(const QList<SavedView>& views);
// Entries that are not objects with an id and a name are skipped.
QList<SavedView> savedViewsFromJson(const QByteArray& json);

} // namespace alertdesk
