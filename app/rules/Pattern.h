#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <QString>

#include "rules/Cidr.h"
#include "rules/FlatEvent.h"
#include "rules/Wildcard.h"

namespace alertdesk::rules {

// A number written in a pattern: it matches an event number with the same spelling, or, when both are exact
// doubles, the same value (event-ruler: [300] matches 300.0 and 3.0e2; 123456789012345678901 only itself).
struct NumberLiteral
{
    std::string lexeme;
    double value = 0;
    bool exact = false;

    bool matches(const Leaf& leaf) const
    {
        return leaf.type == LeafType::Number && (leaf.text == lexeme || (exact && leaf.exact && leaf.number == value));
    }
};

struct NumericRange
{
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    bool lowInclusive = false;
    bool highInclusive = false;

    bool contains(double v) const
    {
        return (lowInclusive ? v >= low : v > low) && (highInclusive ? v <= high : v < high);
    }
};

// The lower-cased text of one leaf, computed the first time an ignore-case matcher asks for it. Keyed by the
// leaf's address, so reset() it before the next event.
class FoldCache final
{
public:
    std::string_view of(const Leaf& leaf);
    void reset() { m_leaf = nullptr; }

private:
    const Leaf* m_leaf = nullptr;
    std::string m_text;
};

// One alternative of a field's list: what a single event value must satisfy.
struct Matcher
{
    enum class Kind : unsigned char {
        ExactString, // strings[0]; also "exactly"
        ExactNumber, // numbers[0]
        ExactTrue,
        ExactFalse,
        ExactNull,
        Prefix,           // strings[0]
        PrefixIgnoreCase, // strings[0], folded
        Suffix,
        SuffixIgnoreCase,
        EqualsIgnoreCase,      // strings[0], folded
        Wildcard,              // wildcards[0]
        Contains,              // strings: every one must occur (Tencent contain/contains)
        Numeric,               // range
        Exists,                // exists:true (any leaf)
        Cidr,                  // cidr
        AnythingButStrings,    // strings
        AnythingButNumbers,    // numbers
        AnythingButPrefix,     // strings
        AnythingButSuffix,     // strings
        AnythingButIgnoreCase, // strings, folded
        AnythingButWildcard,   // wildcards
    };

    Kind kind = Kind::ExactNull;
    std::vector<std::string> strings;
    std::vector<NumberLiteral> numbers;
    std::vector<class Wildcard> wildcards;
    NumericRange range;
    class Cidr cidr;
    std::string source; // the alternative's JSON as written, for explanations

    bool matches(const Leaf& leaf, FoldCache& fold) const;
};

// One field of a conjunction: some event value on `path` matches one of the alternatives, or, when
// `allowAbsent` (exists:false in the list), the event has no value there at all.
struct Condition
{
    uint32_t path = 0; // index into Pattern::paths
    std::vector<Matcher> alternatives;
    bool allowAbsent = false;
    std::string source; // the field's list as written
};

// All conditions must hold at once, with values from one element of each shared array.
struct SubRule
{
    std::vector<Condition> conditions;
};

// A compiled event pattern: `$or` and the Tencent `array` operator expanded into alternative conjunctions
// (a pattern matches when one of them does), fields as paths of keys.
struct Pattern
{
    std::vector<std::vector<std::string>> paths;
    std::vector<SubRule> subRules;
};

// "$.detail.state", with ["…"] for keys that are not plain names.
QString jsonPathText(const std::vector<std::string>& path);

} // namespace alertdesk::rules
