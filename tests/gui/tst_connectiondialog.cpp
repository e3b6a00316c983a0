#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "GuiDesk.h"
#include "TestFeedServer.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/feed/ConnectionDialog.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;
using alertdesk::test::TestFeedServer;

namespace {

// A keychain that is never there, as on a machine without a Secret Service.
class UnavailableSecretStore final : public SecretStore
{
public:
    int writes = 0;
    void write(const QString&, const QByteArray&, QObject* context, WriteDone done) override
    {
        ++writes;
        QTimer::singleShot(0, context, [done] { done(fail(Error::Code::Unavailable, QStringLiteral("No keychain."))); });
    }
    void read(const QString&, QObject* context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(fail(Error::Code::Unavailable, QStringLiteral("No keychain."))); });
    }
    void remove(const QString&, QObject* context, WriteDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(fail(Error::Code::Unavailable, QStringLiteral("No keychain."))); });
    }
};

QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void fillIn(ui::ConnectionDialog& dialog, const QString& url, const QString& token)
{
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("connectionUrlEdit"));
    auto* tokenEdit = dialog.findChild<QLineEdit*>(QStringLiteral("connectionTokenEdit"));
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
}

QPushButton* okButton(ui::ConnectionDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>(QStringLiteral("connectionButtonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

// The connection dialog: a token goes to the keychain (keyed by the URL) and to the feed, never to
// settings.ini; the next start reads it back from the keychain; a bad URL is explained inline; without a
// keychain the dialog says so, saves the token nowhere, and can connect for this session only.
class TstConnectionDialog final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};

private slots:
    void tokenGoesToKeychainNotSettings()
    {
        const QString token = QStringLiteral("tok-9f8e7d6c5b4a");
        QTemporaryDir profile;
        TestFeedServer server({TestFeedServer::validFrame(QStringLiteral("a"))});
        QVERIFY(server.listen());
        {
            GuiDesk desk(profile.path(), m_secrets);
            desk.window.show();
            desk.controller.startDemo();
            QPointer<ui::ConnectionDialog> dialog = desk.window.openConnectionDialog();
            QTRY_VERIFY(dialog->isVisible());
            auto* tokenEdit = dialog->findChild<QLineEdit*>(QStringLiteral("connectionTokenEdit"));
            QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);   // masked
            fillIn(*dialog, server.url().toString(), token);
            QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);   // closed once the keychain has it

            QTRY_VERIFY_WITH_TIMEOUT(server.connections() == 1, 10000);
            QCOMPARE(server.authorizations().at(0), QByteArray("Bearer ") + token.toUtf8());
            desk.window.close();
        }
        std::optional<Expected<std::optional<QByteArray>>> stored;
        m_secrets.read(feedTokenKey(server.url()), this, [&stored](auto r) { stored = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY(stored->has_value() && stored->value().has_value());
        QCOMPARE(*stored->value(), token.toUtf8());

        const QString ini = fileText(profile.filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.contains(server.url().toString()));
        QVERIFY2(!ini.contains(token), qPrintable(ini));

        // Next start: the remembered URL, with its token read back from the keychain.
        GuiDesk next(profile.path(), m_secrets);
        next.controller.restoreLastChoice();
        QTRY_VERIFY_WITH_TIMEOUT(server.connections() == 2, 10000);
        QCOMPARE(server.authorizations().at(1), QByteArray("Bearer ") + token.toUtf8());
    }

    void badUrlIsExplainedInline_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QString() << QStringLiteral("Enter the feed's URL");
        QTest::addRow("http") << QStringLiteral("http://127.0.0.1:8765/feed") << QStringLiteral("ws:// or wss://");
        QTest::addRow("no scheme") << QStringLiteral("127.0.0.1:8765") << QStringLiteral("ws:// or wss://");
        QTest::addRow("password in URL") << QStringLiteral("ws://ops:pw@127.0.0.1:8765/feed")
                                         << QStringLiteral("Remove the user name and password");
    }

    void badUrlIsExplainedInline()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        QPointer<ui::ConnectionDialog> dialog = desk.window.openConnectionDialog();
        fillIn(*dialog, url, QString());
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QVERIFY(!dialog.isNull() && dialog->isVisible());
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("connectionErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    }

    void unavailableKeychainSavesNothingAndConnectsForTheSession()
    {
        const QString token = QStringLiteral("session-only-5c4b3a");
        UnavailableSecretStore noKeychain;
        QTemporaryDir profile;
        TestFeedServer server({TestFeedServer::validFrame(QStringLiteral("a"))});
        QVERIFY(server.listen());
        GuiDesk desk(profile.path(), noKeychain);
        desk.window.show();
        QPointer<ui::ConnectionDialog> dialog = desk.window.openConnectionDialog();
        fillIn(*dialog, server.url().toString(), token);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);

        auto* error = dialog->findChild<QLabel*>(QStringLiteral("connectionErrorLabel"));
        QTRY_VERIFY(error->text().contains(QStringLiteral("not saved anywhere")));
        QVERIFY(error->text().contains(QStringLiteral("No keychain.")));
        QCOMPARE(okButton(*dialog)->text(), QStringLiteral("Connect Without Saving"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(server.connections(), 0);

        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(server.connections() == 1, 10000);
        QCOMPARE(server.authorizations().at(0), QByteArray("Bearer ") + token.toUtf8());
        QCOMPARE(noKeychain.writes, 1);
        desk.settings.sync();
        QVERIFY(!fileText(profile.filePath(QStringLiteral("settings.ini"))).contains(token));
    }
};

QTEST_MAIN(TstConnectionDialog)
#include "tst_connectiondialog.moc"
