#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include <QString>

namespace alertdesk {

// Shares one QString per distinct value of low-cardinality fields (sources, types, regions, label names and
// values): converting and allocating them for every event costs more than decoding the JSON. Bounded: once
// full it converts without remembering, so a stream of unique values cannot grow it.
class StringInterner final
{
public:
    explicit StringInterner(size_t capacity = 8192) : m_capacity(capacity) {}

    QString intern(std::string_view utf8);
    size_t size() const { return m_strings.size(); }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    const size_t m_capacity;
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

} // namespace alertdesk
