#pragma once

#include <QString>

#include "common/Error.h"

namespace alertdesk {

// A template problem with its place: 1-based line and column (in UTF-16 characters, as an editor counts).
struct TemplateError
{
    QString message;
    int line = 0;
    int column = 0;

    // "<name>:<line>:<column>: <message>" as an Error of code BadInput.
    Error toError(const QString& templateName) const;
};

} // namespace alertdesk
