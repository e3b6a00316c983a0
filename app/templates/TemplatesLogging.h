#pragma once

#include <QLoggingCategory>

// The templates module's logging category (STYLE.md: one per module).
Q_DECLARE_LOGGING_CATEGORY(lcTemplates)
