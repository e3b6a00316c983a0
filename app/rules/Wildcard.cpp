#include "Wildcard.h"

namespace alertdesk::rules {

QString Wildcard::compile(std::string_view text, Wildcard& out)
{
    out = Wildcard();
    std::string part;
    bool lastWasStar = false;
    bool sawStar = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '*') {
            if (lastWasStar)
                return QStringLiteral("consecutive wildcard characters at position %1").arg(i);
            if (!sawStar && part.empty())
                out.m_leadingStar = true;
            else
                out.m_parts.push_back(part);
            part.clear();
            lastWasStar = true;
            sawStar = true;
            continue;
        }
        lastWasStar = false;
        if (c == '\\') {
            if (i + 1 >= text.size() || (text[i + 1] != '*' && text[i + 1] != '\\'))
                return QStringLiteral("invalid escape at position %1: only \\* and \\\\ are allowed").arg(i + 1);
            part.push_back(text[++i]);
            continue;
        }
        part.push_back(c);
    }
    if (lastWasStar)
        out.m_trailingStar = true;
    else
        out.m_parts.push_back(part);
    // Without any star the whole pattern is one literal that must equal the value.
    if (!sawStar)
        out.m_trailingStar = false;
    return {};
}

bool Wildcard::matches(std::string_view value) const
{
    if (m_parts.empty())
        return m_leadingStar || m_trailingStar || value.empty();
    size_t first = 0;
    size_t last = m_parts.size();
    size_t from = 0;
    size_t until = value.size();
    if (!m_leadingStar) {
        if (!value.starts_with(m_parts.front()))
            return false;
        from = m_parts.front().size();
        first = 1;
        if (m_parts.size() == 1 && !m_trailingStar)
            return value.size() == from;
    }
    if (!m_trailingStar && last > first) {
        const std::string& tail = m_parts.back();
        if (until - from < tail.size() || value.substr(until - tail.size()) != tail)
            return false;
        until -= tail.size();
        --last;
    }
    // Stars separate the middle parts: finding each as early as possible leaves the most room for the rest.
    for (size_t k = first; k < last; ++k) {
        const size_t at = value.substr(0, until).find(m_parts[k], from);
        if (at == std::string_view::npos)
            return false;
        from = at + m_parts[k].size();
    }
    return true;
}

} // namespace alertdesk::rules
