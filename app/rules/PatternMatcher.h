#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "common/Error.h"
#include "rules/FlatEvent.h"
#include "rules/PathTrie.h"
#include "rules/Pattern.h"
#include "rules/SubRuleCheck.h"

namespace alertdesk::rules {

// One pattern evaluated on its own: each conjunction's conditions tried in turn over the flattened event. This
// is what `pattern match` and explanations use, and the loop over rules the index is measured against.
class PatternMatcher final
{
public:
    explicit PatternMatcher(Pattern pattern);

    const Pattern& pattern() const { return m_pattern; }
    const PathTrie& trie() const { return m_trie; }

    // Reads the event (a JSON object) and tells whether the pattern matches it.
    Expected<bool> matches(std::string_view eventJson, size_t readable = 0);
    // The event last read by matches(), for explain().
    const FlatEvent& lastEvent() const { return m_event; }
    // The pattern's path i is the trie's path i here.
    std::span<const uint32_t> pathIds() const { return m_pathIds; }

    // `event` was read with a trie where the pattern's path i has the id pathIds[i].
    static bool evaluate(const Pattern& pattern, const FlatEvent& event, std::span<const uint32_t> pathIds,
                         SubRuleCheck& check, FoldCache& fold);
    // Whether one conjunction holds; `failed` gets the first condition that does not (or conditions.size() when
    // only the array-consistent pick failed).
    static bool evaluateSubRule(const SubRule& rule, const FlatEvent& event, std::span<const uint32_t> pathIds,
                                SubRuleCheck& check, FoldCache& fold, size_t* failed = nullptr);

private:
    Pattern m_pattern;
    PathTrie m_trie;
    std::vector<uint32_t> m_pathIds;
    FlatEvent m_event;
    SubRuleCheck m_check;
    FoldCache m_fold;
};

} // namespace alertdesk::rules
