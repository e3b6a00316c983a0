#pragma once

#include <memory>
#include <optional>

#include <QLockFile>
#include <QString>

#include "common/Error.h"

namespace alertdesk {

// Who holds a profile's lock, as QLockFile records it.
struct ProfileLockHolder
{
    qint64 pid = 0;
    QString hostName;
    QString appName;
};

// One process per profile (BRIEF.md, Threads): a lock file in the profile, held for the life of the process.
// A lock left by a process that died is taken over; a live holder is never considered stale, however old.
class ProfileLock final
{
public:
    explicit ProfileLock(const QString& lockFilePath);
    ~ProfileLock();
    ProfileLock(const ProfileLock&) = delete;
    ProfileLock& operator=(const ProfileLock&) = delete;

    // Takes the lock without waiting. Error::Busy names the holder (process id, host, application).
    Expected<void> tryLock();
    bool isLocked() const;
    std::optional<ProfileLockHolder> holder() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace alertdesk
