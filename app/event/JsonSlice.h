#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace alertdesk::json {

// Source ranges inside JSON text that a validating parser has already accepted. simdjson's DOM keeps no source
// offsets, and the decoder must keep values exactly as written (number spellings, key order, escapes), so these
// small scanners find the byte ranges instead. They assume valid JSON; on anything else they return empty results.

struct Member
{
    std::string_view rawKey;   // between the quotes, escapes not decoded
    std::string_view value;    // the value's text
    size_t begin = 0;          // offset of the key's opening quote in the object text
    size_t end = 0;            // offset just past the value
};

// The members of an object, in order.
std::vector<Member> objectMembers(std::string_view objectText);
// The value of the first member whose raw key equals `key` (keys with escapes never match).
std::string_view memberValue(std::string_view objectText, std::string_view key);
// The object text without the named members; bytes elsewhere stay as they were. A member removed from the
// front takes the comma after it, otherwise the comma before it.
std::string withoutMembers(std::string_view objectText, std::initializer_list<std::string_view> keys);

} // namespace alertdesk::json

namespace alertdesk::json {

// The same ranges found from the structural index simdjson's stage 1 leaves behind (one position per token:
// brackets, colons, commas and the start of every string and scalar), so skipping a nested value costs one step
// per token instead of one per byte. Valid only for the document just parsed.
class StructuralIndex final
{
public:
    // Pairs every bracket with its partner in one pass, so skipping any value is a single look-up.
    void reset(std::string_view text, const uint32_t* positions, uint32_t count);

    struct Entry
    {
        std::string_view rawKey;   // objects only
        uint32_t token = 0;        // where the value starts
    };

    // The value at `token` as written.
    std::string_view text(uint32_t token) const;
    // Elements of the array / members of the object starting at `token`, in document order.
    std::vector<Entry> elements(uint32_t arrayToken) const;
    void members(uint32_t objectToken, std::vector<Entry>& out) const;   // `out` is reused, not reallocated
    // The token of the named member's value, or 0 when absent.
    uint32_t member(uint32_t objectToken, std::string_view key) const;

    // The token after the value that starts at `token`.
    uint32_t next(uint32_t token) const;

private:
    char at(uint32_t token) const { return m_text[m_positions[token]]; }

    std::string_view m_text;
    const uint32_t* m_positions = nullptr;
    uint32_t m_count = 0;
    std::vector<uint32_t> m_partner;   // for an opening bracket's token: its closing bracket's token
    std::vector<uint32_t> m_open;      // scratch stack
};

} // namespace alertdesk::json
