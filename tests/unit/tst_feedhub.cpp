// The feed hub in-process on 127.0.0.1 port 0: what a sender (POST /events) and a subscriber (WebSocket /feed)
// observe. Real sockets throughout; the hub and the clients share this thread's event loop.
#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

#include "HubTestClients.h"
#include "common/Clock.h"
#include "feed/FeedHub.h"

using namespace alertdesk;
using namespace alertdesk::test;

namespace {

QByteArray cloudEvent(const QByteArray& id)
{
    return R"({"specversion":"1.0","id":")" + id
           + R"(","source":"urn:test","type":"test.happened","time":"2026-11-27T00:00:00.000Z","data":{"n":1}})";
}

const QByteArray kTencentList =
    R"({"EventList":[{"specversion":"0","id":"dts-1","type":"dts:mysql:update","source":"dts.cloud.tencent",)"
    R"("subjuect":"cdb-abc123","time":1615430559146,"region":"ap-guangzhou","status":"-","data":{"table":"orders"}},)"
    R"({"specversion":"1.0.2","id":"clb-7","type":"clb:ErrorEvent:BreakDown","source":"clb.cloud.tencent",)"
    R"("subject":"lb-9xk2","time":"1615430559146","region":"ap-shanghai","status":"1","data":{"vip":"10.0.0.8"}}]})";

const QByteArray kAlertmanagerWebhook =
    R"({"receiver":"desk","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"DiskFull",)"
    R"("instance":"db1","severity":"critical"},"annotations":{"summary":"disk full"},)"
    R"("startsAt":"2026-11-27T00:43:52.807Z","endsAt":"0001-01-01T00:00:00Z","fingerprint":"e94c744ae3d44df8"},)"
    R"({"status":"resolved","labels":{"alertname":"HighCPU","instance":"web2:9100","severity":"warning"},)"
    R"("annotations":{"summary":"CPU above 90%"},"startsAt":"2026-11-27T00:30:00.000Z",)"
    R"("endsAt":"2026-11-27T00:45:10.250Z","fingerprint":"0a1b2c3d4e5f6789"}],"groupLabels":{},"commonLabels":{},)"
    R"("commonAnnotations":{},"externalURL":"http://vm:9093","version":"4","groupKey":"{}","truncatedAlerts":0})";

} // namespace

class TstFeedHub final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FeedHub> startHub(HubOptions options = {})
    {
        options.port = 0;
        auto hub = std::make_unique<FeedHub>(m_clock, std::move(options));
        const auto port = hub->listen();
        if (!port)
            qFatal("hub could not listen: %s", qPrintable(port.error().toString()));
        return hub;
    }
    static QUrl feedUrl(const FeedHub& hub, qint64 since = -1)
    {
        QString url = QStringLiteral("ws://127.0.0.1:%1/feed").arg(hub.port());
        if (since >= 0)
            url += QStringLiteral("?since=%1").arg(since);
        return QUrl(url);
    }

    SystemClock m_clock;

private slots:
    void subprotocolIsEchoed()
    {
        auto hub = startHub();
        Subscriber subscriber;
        QVERIFY(subscriber.open(feedUrl(*hub)));
        QCOMPARE(subscriber.socket().subprotocol(), QStringLiteral("cloudevents.json"));
        QTRY_COMPARE(hub->subscriberCount(), 1);
    }

    void postFansOutToEverySubscriber_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("single CloudEvent") << postRequest(cloudEvent("a1")) << QStringList{QStringLiteral("a1")};
        QTest::addRow("CloudEvents batch")
            << postRequest('[' + cloudEvent("b1") + ',' + cloudEvent("b2") + ',' + cloudEvent("b3") + ']')
            << QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")};
        QTest::addRow("Tencent EventList") << postRequest(kTencentList)
                                           << QStringList{QStringLiteral("dts-1"), QStringLiteral("clb-7")};
        QTest::addRow("Alertmanager webhook") << postRequest(kAlertmanagerWebhook) << QStringList{};
        const QByteArray binaryBody = R"({"disk":"/dev/sda1"})";
        QTest::addRow("CloudEvents binary mode")
            << QByteArray("POST /events HTTP/1.1\r\nHost: x\r\nce-specversion: 1.0\r\nce-id: bin-1\r\n"
                          "ce-source: urn:test\r\nce-type: test.binary\r\nContent-Type: application/json\r\n"
                          "Content-Length: " + QByteArray::number(binaryBody.size()) + "\r\n\r\n" + binaryBody)
            << QStringList{QStringLiteral("bin-1")};
    }

    void postFansOutToEverySubscriber()
    {
        QFETCH(QByteArray, request);
        QFETCH(QStringList, ids);
        auto hub = startHub();
        Subscriber first;
        Subscriber second;
        QVERIFY(first.open(feedUrl(*hub)));
        QVERIFY(second.open(feedUrl(*hub)));

        const RawResponse response = exchange(hub->port(), request);
        QCOMPARE(response.status, 202);
        const int accepted = response.json().value(QStringLiteral("accepted")).toInt();
        QVERIFY(accepted >= qMax(1, int(ids.size())));
        QList<qint64> expectedSeqs;
        for (int i = 1; i <= accepted; ++i)
            expectedSeqs.append(i);
        for (Subscriber* subscriber : {&first, &second}) {
            QTRY_COMPARE(subscriber->seqs(), expectedSeqs);
            for (int i = 0; i < ids.size(); ++i)
                QCOMPARE(subscriber->frames.at(i).value(QStringLiteral("id")).toString(), ids.at(i));
            // The frame is the event's CloudEvent with seq written first.
            QVERIFY(subscriber->raw.constFirst().startsWith(QStringLiteral("{\"seq\":1,")));
            QVERIFY(!subscriber->frames.constFirst().value(QStringLiteral("specversion")).toString().isEmpty());
        }
    }

    void badBodiesAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("not JSON") << QByteArray("{\"specversion\":") << QString();
        QTest::addRow("wrong shape") << QByteArray(R"({"hello":"world"})") << QString();
        QTest::addRow("invalid UTF-8") << QByteArray("{\"specversion\":\"1.0\",\"id\":\"x\xff\xfe\",\"source\":\"s\",\"type\":\"t\"}")
                                       << QString();
        QTest::addRow("deep nesting") << QByteArray(R"({"specversion":"1.0","id":"d","source":"s","type":"t","data":)")
                                                 + QByteArray(200, '[') + QByteArray(200, ']') + '}'
                                      << QString();
        QTest::addRow("one bad element of a batch")
            << QByteArray('[' + cloudEvent("ok-1") + R"(,{"specversion":"1.0","source":"s"}])")
            << QStringLiteral("[1]");
    }

    void badBodiesAreRefusedWithTheirReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        auto hub = startHub();
        Subscriber subscriber;
        QVERIFY(subscriber.open(feedUrl(*hub)));

        const RawResponse response = exchange(hub->port(), postRequest(body));
        QCOMPARE(response.status, 400);
        QVERIFY2(!response.error().isEmpty(), response.body.constData());
        QVERIFY2(response.error().contains(mentions), qPrintable(response.error()));
        // Nothing of a refused body is published, not even its good elements.
        QCOMPARE(hub->lastSeq(), 0);
        const RawResponse good = exchange(hub->port(), postRequest(cloudEvent("after")));
        QCOMPARE(good.status, 202);
        QTRY_COMPARE(subscriber.seqs(), QList<qint64>{1});
        QCOMPARE(subscriber.frames.constFirst().value(QStringLiteral("id")).toString(), QStringLiteral("after"));
    }

    void statusFromTheHeadAlone_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addRow("413: Content-Length over 1 MiB, body never sent")
            << QByteArray("POST /events HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n") << 413;
        QTest::addRow("411: no Content-Length") << QByteArray("POST /events HTTP/1.1\r\nHost: x\r\n\r\n") << 411;
        QTest::addRow("411: chunked")
            << QByteArray("POST /events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::addRow("404: other path") << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
        QTest::addRow("405: GET /events") << QByteArray("GET /events HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
        QTest::addRow("405: POST /feed") << QByteArray("POST /feed HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405;
        QTest::addRow("426: /feed without upgrade") << QByteArray("GET /feed HTTP/1.1\r\nHost: x\r\n\r\n") << 426;
        QTest::addRow("400: garbage request line") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::addRow("400: two Content-Lengths")
            << QByteArray("POST /events HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") << 400;
        QTest::addRow("431: head over 16 KiB")
            << QByteArray("GET /feed HTTP/1.1\r\nX-Filler: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n") << 431;
    }

    void statusFromTheHeadAlone()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        auto hub = startHub();
        const RawResponse response = exchange(hub->port(), head);
        QCOMPARE(response.status, status);
        QVERIFY2(!response.error().isEmpty(), response.body.constData());
        QVERIFY(response.hasHeader("connection: close"));
    }

    void tokenIsRequiredOnFeedAndEvents()
    {
        HubOptions options;
        options.token = "s3cret-token";
        auto hub = startHub(options);
        QCOMPARE(exchange(hub->port(), postRequest(cloudEvent("t1"))).status, 401);
        QCOMPARE(exchange(hub->port(), postRequest(cloudEvent("t1"), "Authorization: Bearer wrong\r\n")).status, 401);
        const RawResponse feed = exchange(hub->port(),
                                          "GET /feed HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                                          "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QCOMPARE(feed.status, 401);
        QVERIFY(feed.hasHeader("www-authenticate: bearer"));
        QVERIFY(!feed.body.contains("s3cret"));

        Subscriber refused;
        QVERIFY(!refused.open(feedUrl(*hub), "wrong"));
        Subscriber subscriber;
        QVERIFY(subscriber.open(feedUrl(*hub), "s3cret-token"));
        QCOMPARE(exchange(hub->port(), postRequest(cloudEvent("t2"), "Authorization: Bearer s3cret-token\r\n")).status,
                 202);
        QTRY_COMPARE(subscriber.seqs(), QList<qint64>{1});
    }

    void browserOriginIsRefusedUnlessAllowed()
    {
        HubOptions options;
        options.allowedOrigins = {QStringLiteral("http://localhost:3000")};
        auto hub = startHub(options);
        const RawResponse refused = exchange(hub->port(), postRequest(cloudEvent("o1"), "Origin: http://evil.example\r\n"));
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.error().contains(QStringLiteral("http://evil.example")));
        Subscriber refusedSubscriber;
        QVERIFY(!refusedSubscriber.open(feedUrl(*hub), {}, "http://evil.example"));

        const RawResponse allowed = exchange(hub->port(), postRequest(cloudEvent("o2"), "Origin: http://localhost:3000\r\n"));
        QCOMPARE(allowed.status, 202);
        QVERIFY(allowed.hasHeader("access-control-allow-origin: http://localhost:3000"));
        Subscriber allowedSubscriber;
        QVERIFY(allowedSubscriber.open(feedUrl(*hub), {}, "http://localhost:3000"));
    }

    void sinceReplaysThenGoesLive()
    {
        auto hub = startHub();
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(hub->ingest(cloudEvent("r" + QByteArray::number(i)), QStringLiteral("test")).value_or(-1), 1);
        Subscriber subscriber;
        QVERIFY(subscriber.open(feedUrl(*hub, 2)));
        QTRY_COMPARE(subscriber.seqs(), (QList<qint64>{3, 4, 5}));
        QCOMPARE(subscriber.frames.constFirst().value(QStringLiteral("id")).toString(), QStringLiteral("r3"));
        QCOMPARE(hub->ingest(cloudEvent("r6"), QStringLiteral("test")).value_or(-1), 1);
        QTRY_COMPARE(subscriber.seqs(), (QList<qint64>{3, 4, 5, 6}));

        Subscriber liveOnly;   // without since: nothing old
        QVERIFY(liveOnly.open(feedUrl(*hub)));
        QCOMPARE(hub->ingest(cloudEvent("r7"), QStringLiteral("test")).value_or(-1), 1);
        QTRY_COMPARE(liveOnly.seqs(), QList<qint64>{7});
    }

    void gapEventWhenSinceIsOlderThanTheBuffer()
    {
        HubOptions options;
        options.replayFrames = 3;
        auto hub = startHub(options);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(hub->ingest(cloudEvent("g" + QByteArray::number(i)), QStringLiteral("test")));
        Subscriber subscriber;
        QVERIFY(subscriber.open(feedUrl(*hub, 2)));
        QTRY_COMPARE(subscriber.seqs(), (QList<qint64>{7, 8, 9, 10}));
        const QJsonObject gap = subscriber.frames.constFirst();
        QCOMPARE(gap.value(QStringLiteral("type")).toString(), QStringLiteral("alertdesk.feed.gap"));
        QCOMPARE(gap.value(QStringLiteral("specversion")).toString(), QStringLiteral("1.0"));
        QVERIFY(!gap.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!gap.value(QStringLiteral("source")).toString().isEmpty());
        QVERIFY(!gap.value(QStringLiteral("time")).toString().isEmpty());
        const QJsonObject data = gap.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("lost")).toInteger(), 5);
        QCOMPARE(data.value(QStringLiteral("from")).toInteger(), 3);
        QCOMPARE(data.value(QStringLiteral("to")).toInteger(), 7);
        QCOMPARE(subscriber.frames.at(1).value(QStringLiteral("id")).toString(), QStringLiteral("g8"));
    }

    void gapEventWhenSinceIsUnknown()
    {
        auto hub = startHub();
        for (int i = 1; i <= 3; ++i)
            QVERIFY(hub->ingest(cloudEvent("u" + QByteArray::number(i)), QStringLiteral("test")));
        Subscriber subscriber;   // a client that saw seq 500 of a previous run of the hub
        QVERIFY(subscriber.open(feedUrl(*hub, 500)));
        QTRY_COMPARE(subscriber.seqs(), (QList<qint64>{0, 1, 2, 3}));
        const QJsonObject gap = subscriber.frames.constFirst();
        QCOMPARE(gap.value(QStringLiteral("type")).toString(), QStringLiteral("alertdesk.feed.gap"));
        QVERIFY(gap.value(QStringLiteral("data")).toObject().value(QStringLiteral("lost")).isNull());
    }

    void keepAlivePipelinedRequestsAndConnectionClose()
    {
        auto hub = startHub();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, hub->port());
        QVERIFY(QSignalSpy(&socket, &QTcpSocket::connected).wait(5000));
        socket.write(postRequest(cloudEvent("k1")) + postRequest(cloudEvent("k2"), "Connection: close\r\n"));
        QByteArray buffer;
        const RawResponse first = readResponse(socket, buffer);
        QCOMPARE(first.status, 202);
        QVERIFY(!first.hasHeader("connection: close"));
        const RawResponse second = readResponse(socket, buffer);
        QCOMPARE(second.status, 202);
        QVERIFY(second.hasHeader("connection: close"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(hub->lastSeq(), 2);
    }

    void slowOrSilentClientsAreCutOff()
    {
        HubOptions options;
        options.headTimeoutMs = 300;
        auto hub = startHub(options);
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, hub->port());
        QVERIFY(QSignalSpy(&slow, &QTcpSocket::connected).wait(5000));
        slow.write("POST /events HTTP/1.1\r\nHost: x\r\n");   // never finishes its head
        QByteArray buffer;
        QCOMPARE(readResponse(slow, buffer).status, 408);
        QTRY_COMPARE(slow.state(), QAbstractSocket::UnconnectedState);

        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, hub->port());
        QVERIFY(QSignalSpy(&silent, &QTcpSocket::connected).wait(5000));
        QTRY_COMPARE(silent.state(), QAbstractSocket::UnconnectedState);
    }

    void subscriberSendingLargeFramesIsClosed()
    {
        auto hub = startHub();
        Subscriber subscriber;
        QVERIFY(subscriber.open(feedUrl(*hub)));
        QSignalSpy closed(&subscriber.socket(), &QWebSocket::disconnected);
        subscriber.socket().sendTextMessage(QString(64 * 1024, u'x'));
        QVERIFY(closed.wait(5000));
        QCOMPARE(subscriber.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QTRY_COMPARE(hub->subscriberCount(), 0);
    }

    void slowSubscriberIsClosedWithPolicyCode()
    {
        HubOptions options;
        options.maxSubscriberBacklog = 256 * 1024;
        auto hub = startHub(options);
        Subscriber healthy;
        QVERIFY(healthy.open(feedUrl(*hub)));
        // A subscriber that completes the handshake and then never reads.
        QTcpSocket stalled;
        stalled.setReadBufferSize(1);
        stalled.connectToHost(QHostAddress::LocalHost, hub->port());
        QVERIFY(QSignalSpy(&stalled, &QTcpSocket::connected).wait(5000));
        stalled.write("GET /feed HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                      "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QTRY_COMPARE(hub->subscriberCount(), 2);

        // Batches of ~80 KB; the healthy subscriber has read everything before the next one goes out, so only
        // the stalled one can pile up unsent bytes (once the kernel's socket buffers are full).
        const QByteArray padding(4000, 'p');
        int published = 0;
        for (int round = 0; round < 1000 && hub->subscriberCount() == 2; ++round) {
            QByteArray batch = "[";
            for (int i = 0; i < 20; ++i) {
                batch += (i ? "," : "") + cloudEvent("s" + QByteArray::number(published++));
                batch.insert(batch.size() - 1, ",\"pad\":\"" + padding + '"');
            }
            QVERIFY(hub->ingest(QByteArray(batch + ']'), QStringLiteral("test")));
            QTRY_COMPARE(healthy.frames.size(), published);
        }
        QTRY_COMPARE(hub->subscriberCount(), 1);
        QTRY_COMPARE(healthy.frames.size(), published);
        QCOMPARE(healthy.socket().state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TstFeedHub)
#include "tst_feedhub.moc"
