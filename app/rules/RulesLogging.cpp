#include "RulesLogging.h"

Q_LOGGING_CATEGORY(lcRules, "alertdesk.rules", QtInfoMsg)
