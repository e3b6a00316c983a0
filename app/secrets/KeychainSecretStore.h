#pragma once

#include <QString>

#include "secrets/SecretStore.h"

namespace alertdesk {

// SecretStore on QtKeychain 0.13 (Secret Service on Linux, Credential Manager on Windows, Keychain on macOS).
// QtKeychain's jobs are asynchronous; this class never waits on them (no nested event loops). On 0.13 a missing
// or locked keychain shows up as OtherError or AccessDenied rather than NoBackendAvailable
// (../shared/specs/keychain.md), so every code but EntryNotFound means "unavailable".
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("AlertDesk"));

    void write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done) override;
    void read(const QString& key, QObject* context, ReadDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace alertdesk
