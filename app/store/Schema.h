#pragma once

#include "common/Error.h"
#include "store/Sqlite.h"

namespace alertdesk::schema {

// The alert history's schema version (PRAGMA user_version). Each version is reached from the one before by one
// migration step, so a database of any older version is brought up to date in order, each step in its own
// transaction.
inline constexpr int currentVersion = 2;

// Brings `db` to `targetVersion` (default: current). A database newer than this program is refused, not touched.
Expected<void> migrate(sqlite::Database& db, int targetVersion = currentVersion);
int version(sqlite::Database& db);

} // namespace alertdesk::schema
