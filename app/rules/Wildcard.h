#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <QString>

namespace alertdesk::rules {

// A wildcard pattern: `*` matches any run of characters (none included), case-sensitive; `\*` is a literal star
// and `\\` a literal backslash. Consecutive stars and any other escape are refused when compiled.
class Wildcard final
{
public:
    // Empty message on success; otherwise why the text is not a wildcard pattern (with the character position).
    static QString compile(std::string_view text, Wildcard& out);

    bool matches(std::string_view value) const;

private:
    std::vector<std::string> m_parts; // literal runs between stars
    bool m_leadingStar = false;
    bool m_trailingStar = false;
};

} // namespace alertdesk::rules
