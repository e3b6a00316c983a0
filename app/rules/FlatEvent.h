#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/Error.h"
#include "rules/PathTrie.h"

namespace alertdesk::rules {

enum class LeafType : unsigned char { String, Number, True, False, Null };

// Which element of which array a leaf sits in; a leaf carries one per enclosing array, outermost first.
struct ArrayPosition
{
    uint32_t array = 0;
    uint32_t index = 0;
};

// One scalar of the event on a path some pattern reads. Objects and empty arrays give no leaf (event-ruler's
// "exists applies to leaves only"); arrays give one leaf per scalar element, nested arrays included.
struct Leaf
{
    uint32_t path = 0;
    LeafType type = LeafType::Null;
    bool exact = false;      // numbers: the double holds the written value exactly (JsonNumber.h)
    double number = 0;       // numbers: the value
    std::string_view text;   // strings: unescaped UTF-8; numbers: the lexeme as written
    uint32_t chainBegin = 0; // the leaf's ArrayPositions in FlatEvent::chain()
    uint32_t chainEnd = 0;
    int32_t nextSamePath = -1; // the next leaf on the same path, or -1
};

// An event flattened once for matching: the scalars on the trie's paths with their array positions. Parsed with
// simdjson's on-demand API, so members on no path are skipped, not decoded, and number spellings are kept.
// Reuse one per thread: the buffers stay allocated between events. Views stay valid until the next read().
class FlatEvent final
{
public:
    FlatEvent();
    ~FlatEvent();
    FlatEvent(const FlatEvent&) = delete;
    FlatEvent& operator=(const FlatEvent&) = delete;

    // Events nested deeper than this (objects and arrays on a pattern's path) are refused.
    static constexpr int kMaxDepth = 256;

    // Reads one JSON object. `readable` is how many bytes may be read from json.data() (at least json.size());
    // with simdjson's padding available after the text, it is parsed in place, otherwise copied once.
    // Parts of the event that no path reaches are skipped and therefore not fully validated.
    Expected<void> read(std::string_view json, const PathTrie& trie, size_t readable = 0);

    const std::vector<Leaf>& leaves() const { return m_leaves; }
    // The first leaf on `path`, or -1 when the event has none there (the field is absent for matching).
    int32_t firstLeaf(uint32_t path) const { return path < m_heads.size() ? m_heads[path] : -1; }
    std::span<const ArrayPosition> chain(const Leaf& leaf) const
    {
        return std::span<const ArrayPosition>(m_chains).subspan(leaf.chainBegin, leaf.chainEnd - leaf.chainBegin);
    }
    // True when the two leaves could come from one element of every array they share (array-consistent matching).
    bool consistent(const Leaf& a, const Leaf& b) const;

private:
    struct Private;
    friend struct Private;

    std::vector<Leaf> m_leaves;
    std::vector<int32_t> m_heads;         // by path id
    std::vector<uint32_t> m_touchedPaths; // heads to reset before the next event
    std::vector<ArrayPosition> m_chains;
    std::vector<ArrayPosition> m_stack; // the arrays around the value being read
    uint32_t m_arrays = 0;
    std::unique_ptr<Private> d;
};

} // namespace alertdesk::rules
