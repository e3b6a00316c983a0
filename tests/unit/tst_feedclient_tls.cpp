// FeedClient over TLS (wss://) against a QWebSocketServer in SecureMode on 127.0.0.1: the feed flows when the
// server's certificate chains to a CA this process trusts and names the host, and is refused (and retried, never
// silently accepted) when it does not.
//
// Test data, tests/data/tls (made by its make-certs.sh with OpenSSL 3, valid for 100 years): ca.pem, a test CA
// whose key was deleted; server.pem/.key for IP 127.0.0.1 and DNS localhost, and other-host.pem/.key for
// feed.example.invalid, both EC P-256 and signed by that CA.
//
// FeedClient opens each socket with the process-wide default QSslConfiguration, so trusting the test CA means
// changing that default; cleanup() restores it after every test.
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "common/Clock.h"
#include "feed/FeedClient.h"
#include "TestEnvironment.h"

using namespace alertdesk;

namespace {

const QString kSubprotocol = QStringLiteral("cloudevents.json");

// A hub speaking wss:// with the given certificate; every subscriber gets the same two events.
class TlsHub final
{
public:
    explicit TlsHub(const QSslConfiguration& tls) : m_server(QStringLiteral("tls hub"), QWebSocketServer::SecureMode)
    {
        m_server.setSslConfiguration(tls);
        m_server.setSupportedSubprotocols({kSubprotocol});
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                m_subprotocols.append(socket->subprotocol());
                socket->sendTextMessage(
                    QStringLiteral(R"({"seq":1,"specversion":"1.0","id":"a","source":"/t","type":"t"})"));
                socket->sendTextMessage(
                    QStringLiteral(R"({"seq":2,"specversion":"1.0","id":"b","source":"/t","type":"t"})"));
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("wss://127.0.0.1:%1/feed").arg(m_server.serverPort())); }
    // The subprotocol negotiated on each connection that completed the TLS and WebSocket handshakes: the server
    // only picks cloudevents.json when the client offered it.
    QStringList subprotocols() const { return m_subprotocols; }

private:
    QWebSocketServer m_server;
    QStringList m_subprotocols;
};

// What the client told its user, collected from its signals.
struct Recorder
{
    QStringList ids;
    QList<std::pair<FeedState, QString>> states;

    void attach(FeedClient& client)
    {
        QObject::connect(&client, &FeedClient::eventsReceived, &client, [this](const QList<Event>& events) {
            for (const Event& event : events)
                ids << event.id;
        });
        QObject::connect(&client, &FeedClient::stateChanged, &client, [this](FeedState state, const QString& detail) {
            states.append({state, detail});
        });
    }

    QStringList details(FeedState state) const
    {
        QStringList result;
        for (const auto& [s, detail] : states) {
            if (s == state)
                result << detail;
        }
        return result;
    }
};

FeedClientOptions fastOptions()
{
    FeedClientOptions options;
    options.connectTimeoutMs = 5000; // far above a local TLS handshake: a refusal must not look like a timeout
    options.backoffInitialMs = 20;
    options.backoffMaxMs = 100;
    return options;
}

QByteArray readTestData(const QString& name)
{
    QFile file(alertdesk::test::testDataDir() + QStringLiteral("/tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFeedClientTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void trustedCertificateCarriesTheFeed();
    void untrustedServerIsRefusedAndRetried_data();
    void untrustedServerIsRefusedAndRetried();

private:
    QSslConfiguration serverTls(const QString& name) const;
    void trustTestCa() const;

    QSslConfiguration m_originalDefault;
    QSslCertificate m_ca;
};

void TestFeedClientTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here, so wss:// feeds cannot work");
    QVERIFY2(!alertdesk::test::testDataDir().isEmpty(), "ALERTDESK_TEST_DATA is not set: run through ctest");
    m_originalDefault = QSslConfiguration::defaultConfiguration();
    m_ca = QSslCertificate(readTestData(QStringLiteral("ca.pem")));
    QVERIFY2(!m_ca.isNull(), "tests/data/tls/ca.pem is missing or unreadable");
}

void TestFeedClientTls::cleanup()
{
    QSslConfiguration::setDefaultConfiguration(m_originalDefault);
}

QSslConfiguration TestFeedClientTls::serverTls(const QString& name) const
{
    QSslConfiguration tls = m_originalDefault;
    tls.setLocalCertificate(QSslCertificate(readTestData(name + QStringLiteral(".pem"))));
    tls.setPrivateKey(QSslKey(readTestData(name + QStringLiteral(".key")), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // subscribers present no certificate
    return tls;
}

void TestFeedClientTls::trustTestCa() const
{
    QSslConfiguration trusting = m_originalDefault;
    trusting.addCaCertificates({m_ca});
    QSslConfiguration::setDefaultConfiguration(trusting);
}

void TestFeedClientTls::trustedCertificateCarriesTheFeed()
{
    const QSslConfiguration tls = serverTls(QStringLiteral("server"));
    QVERIFY(!tls.localCertificate().isNull());
    QVERIFY(!tls.privateKey().isNull());
    TlsHub hub(tls);
    QVERIFY(hub.listen());
    trustTestCa();

    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE(client.state(), FeedState::Connected);
    QTRY_COMPARE(recorder.ids, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(client.lastSeq(), 2);
    QCOMPARE(hub.subprotocols(), QStringList{kSubprotocol}); // one connection, and the client offered ours
    const QStringList connected = recorder.details(FeedState::Connected);
    QCOMPARE(connected.size(), 1);
    QVERIFY2(connected.first().contains(QStringLiteral("subprotocol cloudevents.json")), qPrintable(connected.first()));
    QVERIFY2(recorder.details(FeedState::Reconnecting).isEmpty(),
             qPrintable(recorder.details(FeedState::Reconnecting).join(QLatin1Char('\n'))));
}

void TestFeedClientTls::untrustedServerIsRefusedAndRetried_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("expected"); // the part of Qt's explanation that tells the user what is wrong
    QTest::addRow("issuer not trusted") << QStringLiteral("server") << false << QStringLiteral("issuer certificate");
    QTest::addRow("certificate for another host")
        << QStringLiteral("other-host") << true << QStringLiteral("host name did not match");
}

void TestFeedClientTls::untrustedServerIsRefusedAndRetried()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustCa);
    QFETCH(QString, expected);
    TlsHub hub(serverTls(certificate));
    QVERIFY(hub.listen());
    if (trustCa)
        trustTestCa();

    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    // Three refusals in a row: every new attempt checks the certificate again, none gives up on checking.
    QTRY_VERIFY(recorder.details(FeedState::Reconnecting).size() >= 3);
    client.stop();

    QVERIFY(recorder.details(FeedState::Connected).isEmpty());
    QVERIFY(recorder.ids.isEmpty());
    QVERIFY(hub.subprotocols().isEmpty()); // no WebSocket handshake was ever completed
    for (const QString& detail : recorder.details(FeedState::Reconnecting)) {
        QVERIFY2(detail.contains(expected, Qt::CaseInsensitive), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("wss://127.0.0.1:")), qPrintable(detail)); // names the feed
        QVERIFY2(detail.contains(QStringLiteral("reconnecting in")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("TLS handshake failed")), qPrintable(detail));   // says what kind of failure
    }
}

QTEST_GUILESS_MAIN(TestFeedClientTls)
#include "tst_feedclient_tls.moc"
