#pragma once

#include <QLoggingCategory>

// The store's logging category (alertdesk.store).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
