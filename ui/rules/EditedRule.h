#pragma once

#include <QString>

#include "common/Error.h"
#include "rules/RuleSet.h"

namespace alertdesk::ui {

// A rule as the editor holds it: the rule of rules.json plus its pattern as the operator is writing it, which
// may be unfinished. `rule.patternJson` keeps the compact text last loaded or saved, so an unedited pattern is
// written back byte for byte; `rule.pattern` is compiled when the set is saved.
struct EditedRule
{
    rules::RuleSet::Rule rule;
    QString patternText;
    bool patternValid = false; // patternText compiles (kept current by fromRule/setPatternText)

    static EditedRule fromRule(rules::RuleSet::Rule rule);
    void setPatternText(const QString& text);
    // The rule to save: its pattern compiled from patternText; the error names the JSON path or line/column.
    Expected<rules::RuleSet::Rule> toRule() const;

    // Everything the operator can see and change (the compiled pattern follows from the text).
    bool operator==(const EditedRule& other) const;
};

} // namespace alertdesk::ui
