#pragma once

#include <QLoggingCategory>

// The rules module's logging category (alertdesk.rules); declared here so the module stays in its folder.
Q_DECLARE_LOGGING_CATEGORY(lcRules)
