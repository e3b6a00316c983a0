#pragma once

#include <QByteArrayView>
#include <QString>

namespace alertdesk::rules {

// The alert fields a new rule starts from ("New rule from this alert…").
struct DraftFields
{
    QString source;
    QString type;
    QString subject;
    QString region;
    QString fingerprint; // used only when none of the others can be matched
};

// A first pattern for a rule that should catch an alert like this one: its source, type, subject and region as
// exact values, pretty-printed for the pattern editor. Patterns match the event's CloudEvent JSON as written, so
// when that JSON is known it decides: a field the event carries under another key (Tencent's documented
// "subjuect") uses that key and its value as written, and one the event does not carry at the top level is left
// out (it could never match). With nothing to match on, the pattern names the alert's fingerprint.
class PatternDraft final
{
public:
    static QString build(const DraftFields& fields, QByteArrayView eventJson = {});
};

} // namespace alertdesk::rules
