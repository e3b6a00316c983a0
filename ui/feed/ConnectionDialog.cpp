#include "ConnectionDialog.h"
#include "ui_ConnectionDialog.h"

#include <QCompleter>
#include <QPushButton>

#include "secrets/SecretStore.h"
#include "ui/Palette.h"

namespace alertdesk::ui {

ConnectionDialog::ConnectionDialog(SecretStore& secrets, const QStringList& recentUrls, const QUrl& current,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_secrets(secrets)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    m_ui->connectionButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ui->connectionButtonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->connectionErrorLabel->hide();
    m_ui->connectionUrlEdit->setText(current.isEmpty() ? recentUrls.value(0) : current.toString());
    auto* completer = new QCompleter(recentUrls, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->connectionUrlEdit->setCompleter(completer);
    connect(m_ui->connectionButtonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->connectionButtonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    // Editing starts over: a new URL or token gets a fresh attempt at the keychain.
    for (QLineEdit* edit : {m_ui->connectionUrlEdit, m_ui->connectionTokenEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_keychainFailed = false;
            m_ui->connectionErrorLabel->hide();
            m_ui->connectionButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
        });
    }
}

ConnectionDialog::~ConnectionDialog() = default;

QUrl ConnectionDialog::url() const
{
    return m_url;
}

std::optional<QByteArray> ConnectionDialog::token() const
{
    const QString text = m_ui->connectionTokenEdit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text.toUtf8();
}

Expected<QUrl> ConnectionDialog::validateUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.trimmed().isEmpty())
        return fail(Error::Code::BadInput, tr("Enter the feed's URL, for example ws://127.0.0.1:8765/feed."));
    if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        return fail(Error::Code::BadInput,
                    tr("The URL must start with ws:// or wss://, for example ws://127.0.0.1:8765/feed."));
    if (url.host().isEmpty())
        return fail(Error::Code::BadInput, tr("The URL has no host name."));
    if (!url.userInfo().isEmpty())
        return fail(Error::Code::BadInput,
                    tr("Remove the user name and password from the URL and enter the token below instead: "
                       "the URL is saved in the settings, the token only in the keychain."));
    return url;
}

void ConnectionDialog::accept()
{
    auto url = validateUrl(m_ui->connectionUrlEdit->text());
    if (!url) {
        showError(url.error().message);
        m_ui->connectionUrlEdit->setFocus();
        return;
    }
    m_url = *url;
    const auto secret = token();
    if (!secret || m_keychainFailed) {
        // No token typed, or the operator chose to connect without saving it.
        m_tokenSaved = false;
        QDialog::accept();
        return;
    }
    setBusy(true);
    m_secrets.write(feedTokenKey(m_url), *secret, this, [this](Expected<void> written) {
        setBusy(false);
        if (written) {
            m_tokenSaved = true;
            QDialog::accept();
            return;
        }
        m_keychainFailed = true;
        showError(tr("%1\nThe token was not saved anywhere. Choose \"Connect Without Saving\" to use it for this "
                     "session only, or Cancel.")
                      .arg(written.error().message));
        m_ui->connectionButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect Without Saving"));
    });
}

void ConnectionDialog::showError(const QString& message)
{
    m_ui->connectionErrorLabel->setText(message);
    m_ui->connectionErrorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(errorColour(isDark(palette())).name()));
    m_ui->connectionErrorLabel->show();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_ui->connectionButtonBox->setEnabled(!busy);
    m_ui->connectionUrlEdit->setEnabled(!busy);
    m_ui->connectionTokenEdit->setEnabled(!busy);
    if (busy) {
        m_ui->connectionErrorLabel->setStyleSheet({});
        m_ui->connectionErrorLabel->setText(tr("Saving the token in the system keychain…"));
        m_ui->connectionErrorLabel->show();
    }
}

} // namespace alertdesk::ui
