#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include "common/Error.h"

namespace alertdesk {

// Where secrets live: only the operating system's keychain (BRIEF.md, Secrets). Every call is asynchronous and
// answers exactly once through `done`, on the caller's thread, unless `context` died first. Any failure of the
// keychain is Error::Unavailable with the keychain's own explanation; nothing is ever written elsewhere instead.
class SecretStore
{
public:
    using WriteDone = std::function<void(Expected<void>)>;
    using ReadDone = std::function<void(Expected<std::optional<QByteArray>>)>;   // nullopt: no such entry

    virtual ~SecretStore() = default;

    virtual void write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done) = 0;
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString& key, QObject* context, WriteDone done) = 0;
};

// The keychain key of a feed's token: one entry per feed URL (without user info or fragment).
QString feedTokenKey(const QUrl& feedUrl);

} // namespace alertdesk
