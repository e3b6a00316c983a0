#include <QTemporaryDir>
#include <QTest>

#include "secrets/KeychainSecretStore.h"

using namespace alertdesk;

// Without a session D-Bus there is no keychain: every operation says "unavailable" with the keychain's own
// reason, and nothing is stored anywhere else (a read afterwards still finds nothing usable).
class TstKeychainUnavailable final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;

private slots:
    void initTestCase()
    {
        // Before the first keychain call: no bus address, no X11 autolaunch, no bus socket in XDG_RUNTIME_DIR.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
    }

    void writeReportsUnavailable()
    {
        KeychainSecretStore store(QStringLiteral("AlertDesk-test"));
        std::optional<Expected<void>> result;
        store.write(QStringLiteral("k"), "secret", this, [&result](Expected<void> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->has_value());
        QCOMPARE(result->error().code, Error::Code::Unavailable);
        QVERIFY2(result->error().message.startsWith(QStringLiteral("The system keychain is unavailable: ")),
                 qPrintable(result->error().message));
        QVERIFY(result->error().message.size() > 40);   // the keychain's own reason follows
    }

    void readReportsUnavailableNotAbsent()
    {
        KeychainSecretStore store(QStringLiteral("AlertDesk-test"));
        std::optional<Expected<std::optional<QByteArray>>> result;
        store.read(QStringLiteral("k"), this, [&result](auto r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->has_value());
        QCOMPARE(result->error().code, Error::Code::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TstKeychainUnavailable)
#include "tst_keychainunavailable.moc"
