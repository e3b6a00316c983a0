#include "KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

#include "common/Logging.h"

namespace alertdesk {

namespace {

Error unavailable(const QKeychain::Job& job)
{
    qCWarning(lcSecrets) << "keychain error" << job.error() << job.errorString() << "for" << job.key();
    return Error{Error::Code::Unavailable,
                 QCoreApplication::translate("KeychainSecretStore", "The system keychain is unavailable: %1")
                     .arg(job.errorString()),
                 QCoreApplication::translate("KeychainSecretStore", "keychain")};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);   // deletes itself after finished()
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            done(std::unexpected(unavailable(*j)));
        else
            done({});
    });
    job->start();
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() == QKeychain::EntryNotFound)
            done(std::optional<QByteArray>());
        else if (j->error() != QKeychain::NoError)
            done(std::unexpected(unavailable(*j)));
        else
            done(std::optional<QByteArray>(static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(std::unexpected(unavailable(*j)));
        else
            done({});
    });
    job->start();
}

} // namespace alertdesk
