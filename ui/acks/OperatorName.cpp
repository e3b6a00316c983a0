#include "ui/acks/OperatorName.h"

#include <QtGlobal>

namespace alertdesk::ui {

QString operatorName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace alertdesk::ui
