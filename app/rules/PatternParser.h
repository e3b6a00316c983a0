#pragma once

#include <string_view>

#include "common/Error.h"
#include "rules/Pattern.h"
#include "rules/PatternJson.h"

namespace alertdesk::rules {

// Validates and compiles an event pattern (../shared/specs/event-patterns.md): the event-ruler language plus the
// Tencent extensions (scalar shorthand, contain/contains, array). Every rejection has Error::where = the JSON
// path of the offending node ("$.detail.state[1]") and a message saying what is allowed there; JSON syntax
// errors give "line L, column C" instead. Duplicate keys: the last one wins, as in event-ruler.
class PatternParser final
{
public:
    // Limits that keep a pattern's expansion bounded: `$or` and `array` multiply into alternative conjunctions.
    static constexpr size_t kMaxSubRules = 1024;
    static constexpr size_t kMaxFieldsPerSubRule = 256;
    static constexpr int kMaxDepth = 64;

    static Expected<Pattern> parse(std::string_view json);
    static Expected<Pattern> parse(const JsonNode& root);
};

} // namespace alertdesk::rules
