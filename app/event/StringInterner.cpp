#include "StringInterner.h"

namespace alertdesk {

QString StringInterner::intern(std::string_view utf8)
{
    if (const auto it = m_strings.find(utf8); it != m_strings.end())
        return it->second;
    QString string = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    if (m_strings.size() < m_capacity)
        m_strings.emplace(std::string(utf8), string);
    return string;
}

} // namespace alertdesk
