#pragma once

#include <QLoggingCategory>

// One logging category per module (STYLE.md). Log lines never hold secrets: URLs go through redactUrl().
Q_DECLARE_LOGGING_CATEGORY(lcEvent)
Q_DECLARE_LOGGING_CATEGORY(lcFeed)
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
