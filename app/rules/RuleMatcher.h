#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "common/Error.h"
#include "rules/FlatEvent.h"
#include "rules/PathTrie.h"
#include "rules/Pattern.h"

namespace alertdesk::rules {

// Many patterns compiled together. Each field path gets an index of every rule condition on it: hash tables for
// exact strings, numbers and ignore-case strings, per-length hash tables for prefixes and suffixes, and a short
// list for the operators that must be evaluated (wildcard, anything-but, numeric, cidr, contains). An event is
// flattened once; each of its values is looked up on its path, hits are counted per conjunction, and only the
// conjunctions whose every required field was hit are checked further. Matching cost follows the event and the
// hits, not the number of rules. Not thread-safe: one per thread (it keeps scratch buffers).
class RuleMatcher final
{
public:
    RuleMatcher();
    ~RuleMatcher();
    RuleMatcher(const RuleMatcher&) = delete;
    RuleMatcher& operator=(const RuleMatcher&) = delete;

    // Adds a rule; returns its index (0, 1, 2, … in the order added).
    uint32_t add(Pattern pattern);
    size_t ruleCount() const;
    const Pattern& pattern(uint32_t rule) const;
    // The trie events must be read with; it grows with add().
    const PathTrie& trie() const;
    // Rule `rule`'s path i has the trie id pathIds(rule)[i].
    std::span<const uint32_t> pathIds(uint32_t rule) const;

    // Reads the event and puts the indices of the matching rules, ascending, into `rules`.
    Expected<void> match(std::string_view json, std::vector<uint32_t>& rules, size_t readable = 0);
    // The same answer by evaluating each pattern in turn: the naive loop over rules (property tests, baseline).
    Expected<void> matchEachRule(std::string_view json, std::vector<uint32_t>& rules, size_t readable = 0);
    // For an event already read with trie().
    void match(const FlatEvent& event, std::vector<uint32_t>& rules);
    void matchEachRule(const FlatEvent& event, std::vector<uint32_t>& rules);

    // The event last read by match() or matchEachRule().
    const FlatEvent& lastEvent() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace alertdesk::rules
