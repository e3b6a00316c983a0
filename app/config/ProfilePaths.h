#pragma once

#include <QString>

#include "common/Error.h"

namespace alertdesk {

// Where a profile keeps its files. With --profile DIR everything lives in DIR; otherwise configuration goes to
// the platform's config location and data to its data location, both under "alertdesk" (shared by the GUI and
// alertdesk-cli, whose application names differ, hence the generic locations).
class ProfilePaths final
{
public:
    // `profileDir` is the --profile option (empty for the defaults). Creates the directories.
    static Expected<ProfilePaths> resolve(const QString& profileDir);

    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }
    QString settingsFile() const;
    QString lockFile() const;
    QString databaseFile() const;
    QString rulesFile() const;

private:
    ProfilePaths(QString configDir, QString dataDir);

    QString m_configDir;
    QString m_dataDir;
};

} // namespace alertdesk
