#include "JsonSlice.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace alertdesk::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

size_t skipSpace(std::string_view text, size_t pos)
{
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

// Offset just past the string starting at `pos` (an opening quote). memchr finds the candidate quote with SIMD;
// a quote preceded by an odd number of backslashes is escaped.
size_t skipString(std::string_view text, size_t pos)
{
    const char* begin = text.data();
    const char* end = begin + text.size();
    const char* p = begin + pos + 1;
    while (p < end) {
        const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<size_t>(end - p)));
        if (!quote)
            return text.size();
        size_t backslashes = 0;
        for (const char* q = quote - 1; q >= p && *q == '\\'; --q)
            ++backslashes;
        if (backslashes % 2 == 0)
            return static_cast<size_t>(quote - begin) + 1;
        p = quote + 1;
    }
    return text.size();
}

// The bytes that matter when skipping a container: quotes and brackets.
constexpr std::array<bool, 256> kStructural = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {'"', '{', '}', '[', ']'})
        table[c] = true;
    return table;
}();

// Offset just past the value starting at `pos`.
size_t skipValue(std::string_view text, size_t pos)
{
    if (pos >= text.size())
        return pos;
    const char first = text[pos];
    if (first == '"')
        return skipString(text, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        const size_t n = text.size();
        while (pos < n) {
            const char c = text[pos];
            if (!kStructural[static_cast<unsigned char>(c)]) {
                ++pos;
            } else if (c == '"') {
                pos = skipString(text, pos);
            } else if (c == '{' || c == '[') {
                ++depth;
                ++pos;
            } else {
                ++pos;
                if (--depth == 0)
                    return pos;
            }
        }
        return n;
    }
    // number, true, false, null
    while (pos < text.size() && text[pos] != ',' && text[pos] != '}' && text[pos] != ']' && !isSpace(text[pos]))
        ++pos;
    return pos;
}

} // namespace

std::vector<Member> objectMembers(std::string_view objectText)
{
    std::vector<Member> members;
    size_t pos = skipSpace(objectText, 0);
    if (pos >= objectText.size() || objectText[pos] != '{')
        return members;
    pos = skipSpace(objectText, pos + 1);
    while (pos < objectText.size() && objectText[pos] == '"') {
        Member member;
        member.begin = pos;
        const size_t keyEnd = skipString(objectText, pos);
        member.rawKey = objectText.substr(pos + 1, keyEnd - pos - 2);
        pos = skipSpace(objectText, keyEnd);
        if (pos >= objectText.size() || objectText[pos] != ':')
            break;
        pos = skipSpace(objectText, pos + 1);
        const size_t valueEnd = skipValue(objectText, pos);
        member.value = objectText.substr(pos, valueEnd - pos);
        member.end = valueEnd;
        members.push_back(member);
        pos = skipSpace(objectText, valueEnd);
        if (pos < objectText.size() && objectText[pos] == ',')
            pos = skipSpace(objectText, pos + 1);
    }
    return members;
}

std::string_view memberValue(std::string_view objectText, std::string_view key)
{
    for (const Member& member : objectMembers(objectText)) {
        if (member.rawKey == key)
            return member.value;
    }
    return {};
}

std::string withoutMembers(std::string_view objectText, std::initializer_list<std::string_view> keys)
{
    const std::vector<Member> members = objectMembers(objectText);
    std::string out(objectText);
    // Remove from the back so earlier offsets stay valid.
    for (auto it = members.rbegin(); it != members.rend(); ++it) {
        if (std::find(keys.begin(), keys.end(), it->rawKey) == keys.end())
            continue;
        const bool first = std::next(it) == members.rend();
        size_t cutBegin = it->begin;
        size_t cutEnd = it->end;
        if (first) {
            // Take the separator after it (and nothing more, so the hub's inserted `"seq":N,` comes out
            // byte for byte): `{"seq":1,"id":…` → `{"id":…`.
            size_t pos = skipSpace(out, cutEnd);
            if (pos < out.size() && out[pos] == ',')
                cutEnd = pos + 1;
        } else {
            // Take the separator before it: `…,"seq":1}` → `…}`.
            size_t pos = cutBegin;
            while (pos > 0 && isSpace(out[pos - 1]))
                --pos;
            if (pos > 0 && out[pos - 1] == ',')
                cutBegin = pos - 1;
        }
        out.erase(cutBegin, cutEnd - cutBegin);
    }
    return out;
}

} // namespace alertdesk::json

namespace alertdesk::json {

void StructuralIndex::reset(std::string_view text, const uint32_t* positions, uint32_t count)
{
    m_text = text;
    m_positions = positions;
    m_count = count;
    if (m_partner.size() < count)
        m_partner.resize(count);
    m_open.clear();
    // Most tokens are not brackets: one table look-up each decides.
    static constexpr std::array<signed char, 256> kBracket = [] {
        std::array<signed char, 256> table{};
        table['{'] = table['['] = 1;
        table['}'] = table[']'] = -1;
        return table;
    }();
    for (uint32_t t = 0; t < count; ++t) {
        const signed char bracket = kBracket[static_cast<unsigned char>(at(t))];
        if (bracket > 0) {
            m_open.push_back(t);
        } else if (bracket < 0 && !m_open.empty()) {
            m_partner[m_open.back()] = t;
            m_open.pop_back();
        }
    }
}

uint32_t StructuralIndex::next(uint32_t token) const
{
    const char first = at(token);
    return first == '{' || first == '[' ? m_partner[token] + 1 : token + 1;
}

std::string_view StructuralIndex::text(uint32_t token) const
{
    if (token >= m_count)
        return {};
    const size_t begin = m_positions[token];
    const uint32_t following = next(token);
    const char first = at(token);
    size_t end;
    if (first == '{' || first == '[')
        end = m_positions[following - 1] + 1;   // just past the closing bracket
    else
        end = following < m_count ? m_positions[following] : m_text.size();
    while (end > begin && isSpace(m_text[end - 1]))
        --end;
    return m_text.substr(begin, end - begin);
}

std::vector<StructuralIndex::Entry> StructuralIndex::elements(uint32_t arrayToken) const
{
    std::vector<Entry> out;
    uint32_t t = arrayToken + 1;
    while (t < m_count && at(t) != ']') {
        out.push_back({{}, t});
        t = next(t);
        if (t < m_count && at(t) == ',')
            ++t;
    }
    return out;
}

namespace {

template <typename Visit>
void forEachMember(std::string_view text, const uint32_t* positions, uint32_t count, uint32_t objectToken, Visit visit,
                   const StructuralIndex& index)
{
    uint32_t t = objectToken + 1;
    while (t + 2 < count && text[positions[t]] == '"') {
        // The key runs from its opening quote to the last quote before the colon token.
        const size_t keyBegin = positions[t] + 1;
        size_t keyEnd = positions[t + 1];
        while (keyEnd > keyBegin && text[keyEnd - 1] != '"')
            --keyEnd;
        if (!visit(text.substr(keyBegin, keyEnd - 1 - keyBegin), t + 2))
            return;
        t = index.next(t + 2);
        if (t < count && text[positions[t]] == ',')
            ++t;
    }
}

} // namespace

void StructuralIndex::members(uint32_t objectToken, std::vector<Entry>& out) const
{
    out.clear();
    forEachMember(m_text, m_positions, m_count, objectToken, [&](std::string_view key, uint32_t token) {
        out.push_back({key, token});
        return true;
    }, *this);
}

uint32_t StructuralIndex::member(uint32_t objectToken, std::string_view key) const
{
    uint32_t found = 0;
    forEachMember(m_text, m_positions, m_count, objectToken, [&](std::string_view name, uint32_t token) {
        if (name != key)
            return true;
        found = token;
        return false;
    }, *this);
    return found;
}

} // namespace alertdesk::json
