#include "Error.h"

namespace alertdesk {

QString Error::toString() const
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace alertdesk
