#include "ui/alerts/AlertColumns.h"

#include <QCoreApplication>

namespace alertdesk::ui {

QString columnTitle(AlertColumn column)
{
    switch (column) {
    case AlertColumn::Severity: return QCoreApplication::translate("AlertTable", "Severity");
    case AlertColumn::Status: return QCoreApplication::translate("AlertTable", "Status");
    case AlertColumn::Age: return QCoreApplication::translate("AlertTable", "Age");
    case AlertColumn::Count: return QCoreApplication::translate("AlertTable", "Count");
    case AlertColumn::Source: return QCoreApplication::translate("AlertTable", "Source");
    case AlertColumn::Type: return QCoreApplication::translate("AlertTable", "Type");
    case AlertColumn::Subject: return QCoreApplication::translate("AlertTable", "Subject");
    case AlertColumn::Region: return QCoreApplication::translate("AlertTable", "Region");
    case AlertColumn::Title: return QCoreApplication::translate("AlertTable", "Title");
    case AlertColumn::Summary: return QCoreApplication::translate("AlertTable", "Summary");
    case AlertColumn::LastSeen: return QCoreApplication::translate("AlertTable", "Last Seen");
    case AlertColumn::Origin: return QCoreApplication::translate("AlertTable", "Origin");
    case AlertColumn::Fingerprint: return QCoreApplication::translate("AlertTable", "Fingerprint");
    }
    return {};
}

bool hiddenByDefault(AlertColumn column)
{
    return column == AlertColumn::Summary || column == AlertColumn::LastSeen || column == AlertColumn::Origin ||
           column == AlertColumn::Fingerprint;
}

AlertSortKey sortKeyOf(AlertColumn column)
{
    switch (column) {
    case AlertColumn::Severity: return AlertSortKey::Severity;
    case AlertColumn::Status: return AlertSortKey::Status;
    case AlertColumn::Age: return AlertSortKey::Age;
    case AlertColumn::Count: return AlertSortKey::Count;
    case AlertColumn::Source: return AlertSortKey::Source;
    case AlertColumn::Type: return AlertSortKey::Type;
    case AlertColumn::Subject: return AlertSortKey::Subject;
    case AlertColumn::Region: return AlertSortKey::Region;
    case AlertColumn::Title: return AlertSortKey::Title;
    case AlertColumn::Summary: return AlertSortKey::Summary;
    case AlertColumn::LastSeen: return AlertSortKey::LastSeen;
    case AlertColumn::Origin: return AlertSortKey::Origin;
    case AlertColumn::Fingerprint: return AlertSortKey::Subject;   // no order of its own: hashes
    }
    return AlertSortKey::Age;
}

AlertColumn columnOf(AlertSortKey key)
{
    for (int c = 0; c < alertColumnCount; ++c) {
        if (sortKeyOf(AlertColumn(c)) == key && AlertColumn(c) != AlertColumn::Fingerprint)
            return AlertColumn(c);
    }
    return AlertColumn::Age;
}

} // namespace alertdesk::ui
