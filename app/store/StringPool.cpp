#include "store/StringPool.h"

namespace alertdesk {

StringPool::StringPool()
{
    intern(QString());
}

uint32_t StringPool::intern(const QString& value)
{
    const auto found = m_ids.constFind(value);
    if (found != m_ids.cend())
        return *found;
    const auto id = uint32_t(m_texts.size());
    m_ids.insert(value, id);
    m_texts.append(value);
    m_folded.append(value.toLower().toUtf8());
    m_utf8.append(value.toUtf8());
    return id;
}

} // namespace alertdesk
