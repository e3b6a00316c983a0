#include "PatternMatcher.h"

namespace alertdesk::rules {

PatternMatcher::PatternMatcher(Pattern pattern) : m_pattern(std::move(pattern))
{
    for (const auto& path : m_pattern.paths)
        m_pathIds.push_back(m_trie.add(path));
}

Expected<bool> PatternMatcher::matches(std::string_view eventJson, size_t readable)
{
    if (auto ok = m_event.read(eventJson, m_trie, readable); !ok)
        return std::unexpected(ok.error());
    m_fold.reset();
    return evaluate(m_pattern, m_event, m_pathIds, m_check, m_fold);
}

bool PatternMatcher::evaluate(const Pattern& pattern, const FlatEvent& event, std::span<const uint32_t> pathIds,
                              SubRuleCheck& check, FoldCache& fold)
{
    for (const SubRule& rule : pattern.subRules) {
        if (evaluateSubRule(rule, event, pathIds, check, fold))
            return true;
    }
    return false;
}

bool PatternMatcher::evaluateSubRule(const SubRule& rule, const FlatEvent& event, std::span<const uint32_t> pathIds,
                                     SubRuleCheck& check, FoldCache& fold, size_t* failed)
{
    const auto& leaves = event.leaves();
    check.clear();
    for (size_t c = 0; c < rule.conditions.size(); ++c) {
        const Condition& condition = rule.conditions[c];
        int32_t leaf = event.firstLeaf(pathIds[condition.path]);
        if (leaf < 0) {
            if (condition.allowAbsent)
                continue;
            if (failed != nullptr)
                *failed = c;
            return false;
        }
        const Leaf* outside = nullptr; // a value outside every array, if any
        if (condition.allowAbsent)
            check.startOptional(leaf);
        else
            check.startRequired();
        bool any = false;
        for (; leaf >= 0; leaf = leaves[static_cast<size_t>(leaf)].nextSamePath) {
            const Leaf& value = leaves[static_cast<size_t>(leaf)];
            if (value.chainBegin == value.chainEnd)
                outside = &value;
            for (const Matcher& matcher : condition.alternatives) {
                if (matcher.matches(value, fold)) {
                    check.addCandidate(static_cast<uint32_t>(leaf));
                    any = true;
                    break;
                }
            }
        }
        // Without a match, exists:false can still hold, but not when a value sits outside every array.
        if (!any && (!condition.allowAbsent || outside != nullptr)) {
            if (failed != nullptr)
                *failed = c;
            return false;
        }
    }
    if (check.solve(event))
        return true;
    if (failed != nullptr)
        *failed = rule.conditions.size();
    return false;
}

} // namespace alertdesk::rules
