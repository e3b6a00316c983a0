#include "ProfilePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace alertdesk {

namespace {

Expected<QString> ensureDir(const QString& path)
{
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("ProfilePaths", "Could not create the profile directory."), path);
    return dir.absolutePath();
}

} // namespace

ProfilePaths::ProfilePaths(QString configDir, QString dataDir)
    : m_configDir(std::move(configDir)), m_dataDir(std::move(dataDir))
{
}

Expected<ProfilePaths> ProfilePaths::resolve(const QString& profileDir)
{
    const auto appDir = QStringLiteral("/alertdesk");
    const QString config = profileDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + appDir
        : profileDir;
    const QString data = profileDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + appDir
        : profileDir;
    auto configDir = ensureDir(config);
    if (!configDir)
        return std::unexpected(configDir.error());
    auto dataDir = ensureDir(data);
    if (!dataDir)
        return std::unexpected(dataDir.error());
    return ProfilePaths(*configDir, *dataDir);
}

QString ProfilePaths::settingsFile() const
{
    return m_configDir + QStringLiteral("/settings.ini");
}

QString ProfilePaths::lockFile() const
{
    return m_configDir + QStringLiteral("/alertdesk.lock");
}

QString ProfilePaths::rulesFile() const
{
    return m_configDir + QStringLiteral("/rules.json");
}

QString ProfilePaths::databaseFile() const
{
    return m_dataDir + QStringLiteral("/alertdesk.sqlite");
}

} // namespace alertdesk
