#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <QString>

#include "common/Error.h"
#include "rules/Pattern.h"

namespace alertdesk::rules {

// A set of named routing rules as `rules test` reads it: {"version":1,"rules":[{"id":…,"name":…,
// "enabled":true,"pattern":{…}},…]}. The full rules.json schema (targets, policies) builds on this.
struct RuleSet
{
    struct Rule
    {
        QString id;
        QString name;
        bool enabled = true;
        Pattern pattern;
    };

    std::vector<Rule> rules;

    // Every rejection names the place: a JSON path into the file ("$.rules[2].pattern.source[0]") or, for a
    // syntax error, the line and column.
    static Expected<RuleSet> fromJson(std::string_view text);
};

} // namespace alertdesk::rules
