#include <QTest>

#include "secrets/KeychainSecretStore.h"

using namespace alertdesk;

// KeychainSecretStore against a real Secret Service (a private gnome-keyring, KEYRING option): what is written
// is read back byte for byte, a removed or never-written entry reads as absent, and removing twice is fine.
class TstKeychainSecretStore final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store{QStringLiteral("AlertDesk-test")};

    Expected<void> write(const QString& key, const QByteArray& secret)
    {
        std::optional<Expected<void>> result;
        m_store.write(key, secret, this, [&result](Expected<void> r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(fail(Error::Code::Unavailable, QStringLiteral("no answer")));
    }

    Expected<std::optional<QByteArray>> read(const QString& key)
    {
        std::optional<Expected<std::optional<QByteArray>>> result;
        m_store.read(key, this, [&result](Expected<std::optional<QByteArray>> r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(fail(Error::Code::Unavailable, QStringLiteral("no answer")));
    }

    Expected<void> remove(const QString& key)
    {
        std::optional<Expected<void>> result;
        m_store.remove(key, this, [&result](Expected<void> r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(fail(Error::Code::Unavailable, QStringLiteral("no answer")));
    }

private slots:
    void writeReadRemove_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("secret");
        QTest::addRow("ascii token") << feedTokenKey(QUrl(QStringLiteral("ws://127.0.0.1:8765/feed")))
                                     << QByteArray("s3cret-token");
        QTest::addRow("utf-8") << QStringLiteral("webhook:钉钉") << QStringLiteral("密码-secret").toUtf8();
        QTest::addRow("binary bytes") << QStringLiteral("binary") << QByteArray("\x00\x01\xfe\xff", 4);
    }

    void writeReadRemove()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, secret);
        const auto written = write(key, secret);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));

        const auto stored = read(key);
        QVERIFY(stored.has_value());
        QVERIFY(stored->has_value());
        QCOMPARE(**stored, secret);

        QVERIFY(remove(key).has_value());
        const auto gone = read(key);
        QVERIFY(gone.has_value());
        QVERIFY(!gone->has_value());
        QVERIFY(remove(key).has_value());   // removing what is not there succeeds
    }

    void overwriteReplaces()
    {
        const QString key = QStringLiteral("overwrite");
        QVERIFY(write(key, "first").has_value());
        QVERIFY(write(key, "second").has_value());
        QCOMPARE(read(key)->value_or(QByteArray()), QByteArray("second"));
        QVERIFY(remove(key).has_value());
    }

    void feedTokenKeyIgnoresUserInfoAndFragment()
    {
        QCOMPARE(feedTokenKey(QUrl(QStringLiteral("ws://user:pw@host:1/feed#x"))),
                 feedTokenKey(QUrl(QStringLiteral("ws://host:1/feed"))));
        QVERIFY(feedTokenKey(QUrl(QStringLiteral("ws://host:1/feed")))
                != feedTokenKey(QUrl(QStringLiteral("ws://host:2/feed"))));
    }
};

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
