#include "TemplateError.h"

namespace alertdesk {

Error TemplateError::toError(const QString& templateName) const
{
    return Error{Error::Code::BadInput, message, QStringLiteral("%1:%2:%3").arg(templateName).arg(line).arg(column)};
}

} // namespace alertdesk
