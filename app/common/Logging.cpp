#include "Logging.h"

Q_LOGGING_CATEGORY(lcEvent, "alertdesk.event", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "alertdesk.feed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "alertdesk.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "alertdesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "alertdesk.config", QtInfoMsg)
