#pragma once

#include <cstdint>
#include <vector>

#include "rules/FlatEvent.h"

namespace alertdesk::rules {

// The last step of matching one conjunction, event-ruler's array-consistent matching (rulesForJSONEvent): pick
// one matching value per field so that all picks come from one element of every array they share, and let an
// exists:false field count as absent when none of its values lies in the picked elements. Buffers are reused.
class SubRuleCheck final
{
public:
    void clear();
    // A field that must match: its candidate values follow through addCandidate().
    void startRequired() { start(Kind::Required, -1); }
    // A field with exists:false among its alternatives and values on its path (the first is `pathHead`): it
    // holds by a candidate that follows, or by having no value in the picked array elements.
    void startOptional(int32_t pathHead) { start(Kind::Optional, pathHead); }
    void addCandidate(uint32_t leaf) { m_candidates.push_back(leaf); }

    // True when the fields hold together. The search backtracks; it gives up (no match) after kMaxSteps tries,
    // which only contrived patterns over large arrays of objects reach.
    bool solve(const FlatEvent& event);

    static constexpr uint32_t kMaxSteps = 1000000;

private:
    enum class Kind : unsigned char { Required, Optional };
    struct Field
    {
        Kind kind = Kind::Required;
        int32_t pathHead = -1;
        uint32_t begin = 0; // candidates
        uint32_t end = 0;
    };

    void start(Kind kind, int32_t pathHead);
    bool search(const FlatEvent& event, size_t open);
    bool fitsPicks(const FlatEvent& event, const Leaf& leaf) const;
    bool absentFromPicks(const FlatEvent& event, int32_t pathHead) const;

    std::vector<uint32_t> m_candidates;
    std::vector<Field> m_fields;
    std::vector<uint32_t> m_open;   // fields that constrain the search
    std::vector<uint32_t> m_chosen; // picked leaves
    std::vector<int32_t> m_claimedAbsent;
    uint32_t m_steps = 0;
};

} // namespace alertdesk::rules
