#include "ProfileLock.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "common/Logging.h"

namespace alertdesk {

ProfileLock::ProfileLock(const QString& lockFilePath)
    : m_path(lockFilePath), m_lock(std::make_unique<QLockFile>(lockFilePath))
{
    // By default QLockFile calls a lock older than 30 s stale; a desk runs for weeks, so only a dead holder is.
    m_lock->setStaleLockTime(0);
}

ProfileLock::~ProfileLock() = default;

Expected<void> ProfileLock::tryLock()
{
    if (m_lock->tryLock(0))
        return {};
    const QString profile = QFileInfo(m_path).absolutePath();
    if (m_lock->error() == QLockFile::LockFailedError) {
        const auto who = holder();
        const QString message = who
            ? QCoreApplication::translate("ProfileLock",
                                          "The profile is in use by %1 (process %2 on %3). Close it first, or "
                                          "start with another --profile.")
                  .arg(who->appName.isEmpty() ? QStringLiteral("?") : who->appName)
                  .arg(who->pid)
                  .arg(who->hostName.isEmpty() ? QStringLiteral("?") : who->hostName)
            : QCoreApplication::translate("ProfileLock", "The profile is in use by another process.");
        qCInfo(lcConfig) << "profile lock held:" << profile;
        return fail(Error::Code::Busy, message, profile);
    }
    return fail(Error::Code::Io,
                QCoreApplication::translate("ProfileLock", "Could not create the profile's lock file."), m_path);
}

bool ProfileLock::isLocked() const
{
    return m_lock->isLocked();
}

std::optional<ProfileLockHolder> ProfileLock::holder() const
{
    ProfileLockHolder who;
    if (!m_lock->getLockInfo(&who.pid, &who.hostName, &who.appName))
        return std::nullopt;
    return who;
}

} // namespace alertdesk
