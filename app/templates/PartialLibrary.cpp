#include "PartialLibrary.h"

#include <algorithm>

namespace alertdesk {

QStringList PartialLibrary::names() const
{
    QStringList names = m_partials.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace alertdesk
