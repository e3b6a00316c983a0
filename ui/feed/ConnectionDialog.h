#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDialog>
#include <QStringList>
#include <QUrl>

#include "common/Error.h"

namespace Ui {
class ConnectionDialog;
}

namespace alertdesk {
class SecretStore;
}

namespace alertdesk::ui {

// Asks for a feed URL (ws:// or wss://) and an optional token. On Connect, a token is saved in the keychain
// (keyed by the URL) before the dialog closes; if the keychain is unavailable the dialog says so, saves the
// token nowhere, and offers to connect with it for this session only.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(SecretStore& secrets, const QStringList& recentUrls, const QUrl& current,
                     QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    QUrl url() const;
    // The token typed in the dialog, or nullopt when the field was left empty (then the saved one is used).
    std::optional<QByteArray> token() const;
    // Whether the token could be saved in the keychain (false: it is used for this session only).
    bool tokenSaved() const { return m_tokenSaved; }

    // Checks a URL as the dialog does: ws:// or wss://, a host, no user name or password in it.
    static Expected<QUrl> validateUrl(const QString& text);

    void accept() override;

private:
    void showError(const QString& message);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    SecretStore& m_secrets;
    QUrl m_url;
    bool m_keychainFailed = false;
    bool m_tokenSaved = false;
};

} // namespace alertdesk::ui
