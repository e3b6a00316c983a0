// FeedClient against real sockets on 127.0.0.1: a scripted hub (QWebSocketServer) and a raw TCP server for
// handshake-level misbehaviour. Each test asserts what a user of the feed would notice: which events arrive,
// which are reported as rejected or lost, and what the connection state says.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

#include "common/Clock.h"
#include "feed/FeedClient.h"

using namespace alertdesk;

namespace {

QByteArray eventFrame(qint64 seq, const QByteArray& id)
{
    return "{\"seq\":" + QByteArray::number(seq) + ",\"specversion\":\"1.0\",\"id\":\"" + id +
        "\",\"source\":\"urn:test:hub\",\"type\":\"test.alert\",\"subject\":\"ins-" + QByteArray::number(seq) +
        "\",\"time\":\"2024-05-01T10:00:00.000Z\",\"data\":{\"n\":" + QByteArray::number(seq) + "}}";
}

QByteArray eventFrame(qint64 seq)
{
    return eventFrame(seq, "e-" + QByteArray::number(seq));
}

QStringList expectedIds(int from, int to)
{
    QStringList ids;
    for (int i = from; i <= to; ++i)
        ids << QStringLiteral("e-%1").arg(i);
    return ids;
}

// A hub whose behaviour per connection is scripted by the test. It offers cloudevents.json like ours.
class ScriptedHub final
{
public:
    // Called for each accepted connection with its index and the since= it asked for (-1 when absent).
    std::function<void(QWebSocket*, int index, qint64 since)> onConnection;

    ScriptedHub() : m_server(QStringLiteral("scripted hub"), QWebSocketServer::NonSecureMode)
    {
        m_server.setSupportedSubprotocols({QStringLiteral("cloudevents.json")});
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                m_sockets.append(socket);
                m_urls.append(socket->requestUrl());
                const QString since = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("since"));
                if (onConnection)
                    onConnection(socket, static_cast<int>(m_sockets.size() - 1),
                                 since.isEmpty() ? -1 : since.toLongLong());
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/feed?topic=ops").arg(m_server.serverPort())); }
    qsizetype connections() const { return m_sockets.size(); }
    QWebSocket* socket(qsizetype index) const { return m_sockets.at(index); }
    QUrl requestUrl(qsizetype index) const { return m_urls.at(index); }

private:
    QWebSocketServer m_server;
    QList<QWebSocket*> m_sockets;
    QList<QUrl> m_urls;
};

// Speaks just enough RFC 6455 by hand to misbehave where QWebSocketServer cannot: never answer the handshake,
// or answer it and then ignore or answer pings. Records every request head.
class RawServer final
{
public:
    enum class Mode { NeverAnswer, HandshakeThenSilent, HandshakeAndPong };

    explicit RawServer(Mode mode) : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                ++m_connections;
                m_buffers.insert(socket, {});
                QObject::connect(socket, &QTcpSocket::readyRead, &m_server, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(m_server.serverPort())); }
    int connections() const { return m_connections; }
    int pingsAnswered() const { return m_pingsAnswered; }
    QList<QByteArray> heads() const { return m_heads; }

    // A request header's value (name compared case-insensitively), from the first request head.
    QByteArray header(const QByteArray& name) const
    {
        if (m_heads.isEmpty())
            return {};
        for (const QByteArray& line : m_heads.first().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!m_handshaken.contains(socket)) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            m_heads.append(head);
            if (m_mode == Mode::NeverAnswer)
                return;
            m_handshaken.insert(socket);
            socket->write(handshakeResponse(head));
        }
        if (m_mode == Mode::HandshakeAndPong)
            answerPings(socket, buffer);
    }

    QByteArray handshakeResponse(const QByteArray& head)
    {
        QByteArray key;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                .toBase64();
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Accept: " +
            accept + "\r\nSec-WebSocket-Protocol: cloudevents.json\r\n\r\n";
    }

    // Client frames are masked (RFC 6455 §5.3); pings carry at most 125 bytes.
    void answerPings(QTcpSocket* socket, QByteArray& buffer)
    {
        while (buffer.size() >= 6) {
            const auto opcode = static_cast<quint8>(buffer.at(0)) & 0x0f;
            const int length = static_cast<quint8>(buffer.at(1)) & 0x7f;
            if (length > 125 || buffer.size() < 6 + length)
                return;
            QByteArray payload = buffer.mid(6, length);
            for (int i = 0; i < length; ++i)
                payload[i] = static_cast<char>(payload.at(i) ^ buffer.at(2 + i % 4));
            buffer.remove(0, 6 + length);
            if (opcode == 0x9) {
                socket->write(QByteArray(1, static_cast<char>(0x8a)) + QByteArray(1, static_cast<char>(length)) +
                              payload);
                ++m_pingsAnswered;
            }
        }
    }

    Mode m_mode;
    QTcpServer m_server;
    int m_connections = 0;
    int m_pingsAnswered = 0;
    QList<QByteArray> m_heads;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QSet<QTcpSocket*> m_handshaken;
};

// What the client told its user, collected from its signals.
struct Recorder
{
    QStringList ids;
    QStringList rejections;
    QList<qint64> gaps;
    int duplicates = 0;
    QList<std::pair<FeedState, QString>> states;

    void attach(FeedClient& client)
    {
        QObject::connect(&client, &FeedClient::eventsReceived, &client, [this](const QList<Event>& events) {
            for (const Event& event : events)
                ids << event.id;
        });
        QObject::connect(&client, &FeedClient::inputRejected, &client, [this](const QString& r) { rejections << r; });
        QObject::connect(&client, &FeedClient::gapReported, &client, [this](qint64 lost) { gaps << lost; });
        QObject::connect(&client, &FeedClient::duplicatesDropped, &client, [this](int n) { duplicates += n; });
        QObject::connect(&client, &FeedClient::stateChanged, &client, [this](FeedState state, const QString& detail) {
            states.append({state, detail});
        });
    }

    bool saw(FeedState state, const QString& detailPart = {}) const
    {
        return std::any_of(states.cbegin(), states.cend(), [&](const auto& entry) {
            return entry.first == state && entry.second.contains(detailPart, Qt::CaseInsensitive);
        });
    }
};

FeedClientOptions fastOptions()
{
    FeedClientOptions options;
    options.connectTimeoutMs = 2000;
    options.backoffInitialMs = 20;
    options.backoffMaxMs = 100;
    return options;
}

// Sends the frames whose seq is after `since`, as a hub resuming a subscriber does.
void sendAfter(QWebSocket* socket, const QList<std::pair<qint64, QByteArray>>& frames, qint64 since)
{
    for (const auto& [seq, frame] : frames) {
        if (seq > since)
            socket->sendTextMessage(QString::fromUtf8(frame));
    }
}

} // namespace

class TestFeedClient final : public QObject
{
    Q_OBJECT

private slots:
    void resumesAfterDropWithoutCloseFrame();
    void malformedFrameIsRejectedAndStreamContinues_data();
    void malformedFrameIsRejectedAndStreamContinues();
    void batchFramesYieldEveryEvent_data();
    void batchFramesYieldEveryEvent();
    void overlapAfterReconnectIsDeduplicated();
    void serverThatNeverAnswersTimesOut();
    void refusedConnectionIsRetried();
    void hugeFrameIsRejectedAndFeedResumes();
    void gapIsReportedNotEmitted();
    void handshakeOffersSubprotocolAndBearerToken();
    void silentServerIsDroppedByLiveness();
    void answeredPingsKeepConnection();
    void backoffGrowsThenStartsOverAfterStableConnection();
    void stopEndsTheFeed();
};

void TestFeedClient::resumesAfterDropWithoutCloseFrame()
{
    ScriptedHub hub;
    QList<std::pair<qint64, QByteArray>> frames;
    for (int seq = 1; seq <= 5; ++seq)
        frames.append({seq, eventFrame(seq)});
    hub.onConnection = [&](QWebSocket* socket, int index, qint64 since) {
        if (index == 0) {
            for (int seq = 1; seq <= 3; ++seq)
                socket->sendTextMessage(QString::fromUtf8(frames.at(seq - 1).second));
        } else {
            sendAfter(socket, frames, since);
        }
    };
    QVERIFY(hub.listen());

    ManualClock clock(1'700'000'000'000);
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE(recorder.ids, expectedIds(1, 3));
    QCOMPARE(client.lastSeq(), 3);

    hub.socket(0)->abort(); // TCP reset: no close frame
    QTRY_COMPARE(recorder.ids, expectedIds(1, 5));
    QCOMPARE(hub.connections(), 2);
    const QUrlQuery resumed(hub.requestUrl(1));
    QCOMPARE(resumed.queryItemValue(QStringLiteral("since")), QStringLiteral("3"));
    QCOMPARE(resumed.queryItemValue(QStringLiteral("topic")), QStringLiteral("ops")); // other items kept
    QVERIFY(recorder.saw(FeedState::Reconnecting, QStringLiteral("reconnecting in")));
    QCOMPARE(client.state(), FeedState::Connected);
    QCOMPARE(client.lastSeq(), 5);
    QVERIFY(recorder.rejections.isEmpty());
}

void TestFeedClient::malformedFrameIsRejectedAndStreamContinues_data()
{
    QTest::addColumn<QByteArray>("badFrame");
    QTest::addColumn<bool>("binary");
    QTest::addRow("not JSON") << QByteArray(R"({"seq":2,"id": oops)") << false;
    QTest::addRow("truncated event") << QByteArray(R"({"seq":2,"specversion":"1.0","id":"x")") << false;
    QTest::addRow("JSON but not an event") << QByteArray(R"({"seq":2,"hello":"world"})") << false;
    QTest::addRow("plain text") << QByteArray("hello") << false;
    QTest::addRow("binary frame") << QByteArray("\x00\x01\x02", 3) << true;
}

void TestFeedClient::malformedFrameIsRejectedAndStreamContinues()
{
    QFETCH(QByteArray, badFrame);
    QFETCH(bool, binary);
    ScriptedHub hub;
    hub.onConnection = [&](QWebSocket* socket, int, qint64) {
        socket->sendTextMessage(QString::fromUtf8(eventFrame(1)));
        if (binary)
            socket->sendBinaryMessage(badFrame);
        else
            socket->sendTextMessage(QString::fromUtf8(badFrame));
        socket->sendTextMessage(QString::fromUtf8(eventFrame(3)));
    };
    QVERIFY(hub.listen());

    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE(recorder.ids, (QStringList{QStringLiteral("e-1"), QStringLiteral("e-3")}));
    QCOMPARE(recorder.rejections.size(), 1);
    QVERIFY2(recorder.rejections.first().contains(QStringLiteral("frame 2")), qPrintable(recorder.rejections.first()));
    QVERIFY2(recorder.rejections.first().contains(QStringLiteral("127.0.0.1")),
             qPrintable(recorder.rejections.first()));
    QVERIFY(!recorder.saw(FeedState::Reconnecting)); // a bad frame does not cost the connection
    QCOMPARE(hub.connections(), 1);
}

void TestFeedClient::batchFramesYieldEveryEvent_data()
{
    QTest::addColumn<QByteArray>("frame");
    const QByteArray a = R"({"specversion":"1.0","id":"b-1","source":"urn:test:batch","type":"test.alert","data":{}})";
    const QByteArray b = R"({"specversion":"1.0","id":"b-2","source":"urn:test:batch","type":"test.alert","data":{}})";
    QTest::addRow("CloudEvents batch array") << ("[" + a + "," + b + "]");
    QTest::addRow("Tencent EventList wrapper") << (R"({"EventList":[)" + a + "," + b + "]}");
}

void TestFeedClient::batchFramesYieldEveryEvent()
{
    QFETCH(QByteArray, frame);
    ScriptedHub hub;
    hub.onConnection = [&](QWebSocket* socket, int, qint64) { socket->sendTextMessage(QString::fromUtf8(frame)); };
    QVERIFY(hub.listen());
    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE(recorder.ids, (QStringList{QStringLiteral("b-1"), QStringLiteral("b-2")}));
    QVERIFY(recorder.rejections.isEmpty());
    QCOMPARE(client.lastSeq(), -1); // another server's frames carry no seq: nothing to resume from
}

void TestFeedClient::overlapAfterReconnectIsDeduplicated()
{
    ScriptedHub hub;
    hub.onConnection = [&](QWebSocket* socket, int index, qint64) {
        // The second connection replays from the start, ignoring since=: three events are seen twice.
        for (int seq = 1; seq <= (index == 0 ? 3 : 5); ++seq)
            socket->sendTextMessage(QString::fromUtf8(eventFrame(seq)));
    };
    QVERIFY(hub.listen());
    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE(recorder.ids, expectedIds(1, 3));
    hub.socket(0)->abort();
    QTRY_COMPARE(recorder.ids.size(), 5);
    QCOMPARE(recorder.ids, expectedIds(1, 5));
    QTRY_COMPARE(recorder.duplicates, 3);
}

void TestFeedClient::serverThatNeverAnswersTimesOut()
{
    RawServer server(RawServer::Mode::NeverAnswer);
    QVERIFY(server.listen());
    FeedClientOptions options = fastOptions();
    options.connectTimeoutMs = 300;
    SystemClock clock;
    FeedClient client(clock, options);
    Recorder recorder;
    recorder.attach(client);
    QElapsedTimer elapsed;
    elapsed.start();
    client.start(server.url());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.saw(FeedState::Reconnecting, QStringLiteral("handshake")), 3000);
    QVERIFY2(elapsed.elapsed() >= 250, "the client gave up before its connect timeout");
    QVERIFY(!recorder.saw(FeedState::Connected));
    QTRY_VERIFY(server.connections() >= 2); // and it tries again
}

void TestFeedClient::refusedConnectionIsRetried()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was just free: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(port)));
    QTRY_VERIFY(recorder.saw(FeedState::Reconnecting, QStringLiteral("refused")));
    QTRY_VERIFY(std::count_if(recorder.states.cbegin(), recorder.states.cend(),
                              [](const auto& s) { return s.first == FeedState::Connecting; }) >= 3);
}

void TestFeedClient::hugeFrameIsRejectedAndFeedResumes()
{
    FeedClientOptions options = fastOptions();
    options.limits.maxDocumentBytes = 64 * 1024;
    const QByteArray huge =
        R"({"seq":2,"specversion":"1.0","id":"huge","source":"urn:test:hub","type":"test.alert","data":")" +
        QByteArray(4 * 1024 * 1024, 'x') + "\"}";
    const QList<std::pair<qint64, QByteArray>> frames{{1, eventFrame(1)}, {2, huge}, {3, eventFrame(3)}};
    ScriptedHub hub;
    hub.onConnection = [&](QWebSocket* socket, int, qint64 since) { sendAfter(socket, frames, since); };
    QVERIFY(hub.listen());

    SystemClock clock;
    FeedClient client(clock, options);
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.ids, (QStringList{QStringLiteral("e-1"), QStringLiteral("e-3")}), 10000);
    QVERIFY(!recorder.rejections.isEmpty());
    QVERIFY2(recorder.rejections.first().contains(QStringLiteral("limit")), qPrintable(recorder.rejections.first()));
    QTRY_COMPARE(client.state(), FeedState::Connected);
    QCOMPARE(client.lastSeq(), 3);
}

void TestFeedClient::gapIsReportedNotEmitted()
{
    ScriptedHub hub;
    hub.onConnection = [&](QWebSocket* socket, int, qint64) {
        socket->sendTextMessage(QStringLiteral(
            R"({"seq":0,"specversion":"1.0","id":"gap-1","source":"alertdesk-cli serve","type":"alertdesk.feed.gap","data":{"lost":42}})"));
        socket->sendTextMessage(QString::fromUtf8(eventFrame(43)));
    };
    QVERIFY(hub.listen());
    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE(recorder.ids, QStringList{QStringLiteral("e-43")});
    QCOMPARE(recorder.gaps, QList<qint64>{42});
    QVERIFY(recorder.rejections.isEmpty());
}

void TestFeedClient::handshakeOffersSubprotocolAndBearerToken()
{
    RawServer server(RawServer::Mode::HandshakeAndPong);
    QVERIFY(server.listen());
    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(server.url(), QByteArrayLiteral("s3cr3t-token"));
    QTRY_COMPARE(client.state(), FeedState::Connected);
    QCOMPARE(server.header("Sec-WebSocket-Protocol"), QByteArrayLiteral("cloudevents.json"));
    QCOMPARE(server.header("Authorization"), QByteArrayLiteral("Bearer s3cr3t-token"));
    QVERIFY(recorder.saw(FeedState::Connected, QStringLiteral("cloudevents.json")));
    for (const auto& [state, detail] : std::as_const(recorder.states))
        QVERIFY2(!detail.contains(QStringLiteral("s3cr3t")), "the token leaked into a state message");
}

void TestFeedClient::silentServerIsDroppedByLiveness()
{
    RawServer server(RawServer::Mode::HandshakeThenSilent);
    QVERIFY(server.listen());
    FeedClientOptions options = fastOptions();
    options.pingIntervalMs = 100;
    options.pongTimeoutMs = 200;
    SystemClock clock;
    FeedClient client(clock, options);
    Recorder recorder;
    recorder.attach(client);
    client.start(server.url());
    QTRY_COMPARE(client.state(), FeedState::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.saw(FeedState::Reconnecting, QStringLiteral("ping")), 3000);
    QTRY_VERIFY(server.connections() >= 2);
}

void TestFeedClient::answeredPingsKeepConnection()
{
    RawServer server(RawServer::Mode::HandshakeAndPong);
    QVERIFY(server.listen());
    FeedClientOptions options = fastOptions();
    options.pingIntervalMs = 50;
    options.pongTimeoutMs = 400; // generous: the server answers on this same (shared, busy) event loop
    SystemClock clock;
    FeedClient client(clock, options);
    Recorder recorder;
    recorder.attach(client);
    client.start(server.url());
    // Twenty answered pings span over twice the pong timeout with no event at all: the link is alive.
    QTRY_VERIFY_WITH_TIMEOUT(server.pingsAnswered() >= 20, 10000);
    QCOMPARE(client.state(), FeedState::Connected);
    QVERIFY(!recorder.saw(FeedState::Reconnecting));
    QCOMPARE(server.connections(), 1);
}

// The delay the client announced in its last "reconnecting in …" state message, in milliseconds.
int announcedDelayMs(const Recorder& recorder)
{
    static const QRegularExpression delay(QStringLiteral("reconnecting in ([0-9.]+) (ms|s)\\.$"));
    for (auto it = recorder.states.crbegin(); it != recorder.states.crend(); ++it) {
        const QRegularExpressionMatch match = delay.match(it->second);
        if (it->first == FeedState::Reconnecting && match.hasMatch())
            return static_cast<int>(match.captured(1).toDouble() *
                                    (match.captured(2) == QLatin1String("s") ? 1000 : 1));
    }
    return -1;
}

void TestFeedClient::backoffGrowsThenStartsOverAfterStableConnection()
{
    ScriptedHub hub;
    hub.onConnection = [&](QWebSocket* socket, int index, qint64) {
        if (index < 2) // the first two connections fail at once
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
    };
    QVERIFY(hub.listen());
    FeedClientOptions options = fastOptions();
    options.backoffInitialMs = 200;
    options.backoffMaxMs = 60000;
    ManualClock clock(1'700'000'000'000);
    FeedClient client(clock, options);
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());

    QTRY_VERIFY(recorder.saw(FeedState::Reconnecting));
    const int first = announcedDelayMs(recorder);
    QVERIFY2(first >= 200 && first <= 400, qPrintable(QString::number(first)));
    QTRY_COMPARE(hub.connections(), 2);
    QTRY_COMPARE(hub.connections(), 3);
    QTRY_COMPARE(client.state(), FeedState::Connected);
    const auto reconnects = std::count_if(recorder.states.cbegin(), recorder.states.cend(),
                                          [](const auto& s) { return s.first == FeedState::Reconnecting; });
    QCOMPARE(reconnects, 2);
    const int second = announcedDelayMs(recorder);
    QVERIFY2(second >= 400 && second <= 800, qPrintable(QString::number(second))); // it grew

    clock.advanceMs(60'000); // the third connection stays up for a minute …
    hub.socket(2)->abort();
    QTRY_COMPARE(std::count_if(recorder.states.cbegin(), recorder.states.cend(),
                               [](const auto& s) { return s.first == FeedState::Reconnecting; }),
                 3);
    const int third = announcedDelayMs(recorder);
    QVERIFY2(third >= 200 && third <= 400, qPrintable(QString::number(third))); // … so the backoff starts over
}

void TestFeedClient::stopEndsTheFeed()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    SystemClock clock;
    FeedClient client(clock, fastOptions());
    Recorder recorder;
    recorder.attach(client);
    client.start(hub.url());
    QTRY_COMPARE(client.state(), FeedState::Connected);
    client.stop();
    QCOMPARE(client.state(), FeedState::Stopped);
    QCOMPARE(recorder.states.last().first, FeedState::Stopped);
    QTRY_VERIFY(hub.socket(0)->state() == QAbstractSocket::UnconnectedState);
    QCOMPARE(hub.connections(), 1);
}

QTEST_GUILESS_MAIN(TestFeedClient)
#include "tst_feedclient.moc"
