#pragma once

#include <QString>

namespace alertdesk {

// The version both executables print (defined by CMake from the project version).
inline QString versionString()
{
    return QStringLiteral(ALERTDESK_VERSION);
}

} // namespace alertdesk
