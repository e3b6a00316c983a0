#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "event/Event.h"

namespace alertdesk::rules {

// The grouping key of Alertmanager's aggregation groups: the rule's id and the values of its group_by fields.
// Fields are the event model's (id, source, type, subject, region, time, severity, status, title, summary,
// fingerprint, origin), "labels.<name>" and "data.<path>" (a dotted path of member names into the data
// object). A missing value is the empty string. Without group_by every alert is its own group (its fingerprint).
struct GroupKey
{
    QString text; // ruleId{field="value",…}, with " and \ escaped
    QList<std::pair<QString, QString>> values;
};

bool isGroupByField(QStringView field);
QString groupFieldValue(const Event& event, QStringView field);
GroupKey groupKeyFor(const QString& ruleId, const QStringList& groupBy, const Event& event);

} // namespace alertdesk::rules
