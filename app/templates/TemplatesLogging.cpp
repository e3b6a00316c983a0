#include "TemplatesLogging.h"

Q_LOGGING_CATEGORY(lcTemplates, "alertdesk.templates", QtInfoMsg)
