// The hub's request-head parser: what it accepts, and the malformed or ambiguous heads it refuses.
#include <QTest>

#include "feed/HttpRequestHead.h"

using namespace alertdesk;

class TstHttpRequestHead final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRequestLineHeadersAndQuery()
    {
        const QByteArray text = "GET /feed?since=42&x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nconnection: keep-alive, Upgrade\r\n"
                                "Upgrade:  websocket \r\nAuthorization: Bearer abc\r\n\r\n";
        QCOMPARE(HttpRequestHead::findEnd(QByteArray(text + "tail")), text.size());
        const auto head = HttpRequestHead::parse(text);
        QVERIFY(head);
        QCOMPARE(head->method, QByteArray("GET"));
        QCOMPARE(head->path, QByteArray("/feed"));
        QCOMPARE(head->queryValue("since"), QByteArray("42"));
        QVERIFY(head->queryValue("until").isNull());
        QCOMPARE(head->header("UPGRADE"), QByteArray("websocket"));
        QVERIFY(head->isWebSocketUpgrade());
        QVERIFY(head->keepAlive());
        QCOMPARE(head->contentLength().value_or(-2), -1);
    }

    void incompleteHeadHasNoEnd()
    {
        QCOMPARE(HttpRequestHead::findEnd("GET / HTTP/1.1\r\nHost: x\r\n"), -1);
    }

    void keepAliveRules_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("keepAlive");
        QTest::addRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
        QTest::addRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
        QTest::addRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::addRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    }

    void keepAliveRules()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, keepAlive);
        const auto head = HttpRequestHead::parse(text);
        QVERIFY(head);
        QCOMPARE(head->keepAlive(), keepAlive);
    }

    void refusesMalformedHeads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("empty") << QByteArray("\r\n\r\n");
        QTest::addRow("no version") << QByteArray("GET /\r\n\r\n");
        QTest::addRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n");
        QTest::addRow("relative target") << QByteArray("GET feed HTTP/1.1\r\n\r\n");
        QTest::addRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n");
        QTest::addRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
        QTest::addRow("bare LF inside") << QByteArray("GET / HTTP/1.1\r\nX: a\nY: b\r\n\r\n");
        QTest::addRow("control character") << QByteArray("GET / HTTP/1.1\r\nX: a\x01\r\n\r\n");
    }

    void refusesMalformedHeads()
    {
        QFETCH(QByteArray, text);
        const auto head = HttpRequestHead::parse(text);
        QVERIFY(!head);
        QVERIFY(!head.error().message.isEmpty());
    }

    void contentLength_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<qint64>("length");   // -2: an error
        QTest::addRow("absent") << QByteArray() << qint64(-1);
        QTest::addRow("number") << QByteArray("Content-Length: 120\r\n") << qint64(120);
        QTest::addRow("repeated equal") << QByteArray("Content-Length: 7\r\ncontent-length: 7\r\n") << qint64(7);
        QTest::addRow("repeated different") << QByteArray("Content-Length: 7\r\nContent-Length: 8\r\n") << qint64(-2);
        QTest::addRow("signed") << QByteArray("Content-Length: +7\r\n") << qint64(-2);
        QTest::addRow("list") << QByteArray("Content-Length: 7, 7\r\n") << qint64(-2);
        QTest::addRow("huge") << QByteArray("Content-Length: 99999999999999999999999\r\n") << qint64(-2);
    }

    void contentLength()
    {
        QFETCH(QByteArray, headers);
        QFETCH(qint64, length);
        const auto head = HttpRequestHead::parse(QByteArray("POST /events HTTP/1.1\r\n" + headers + "\r\n"));
        QVERIFY(head);
        const auto parsed = head->contentLength();
        QCOMPARE(parsed ? *parsed : qint64(-2), length);
    }
};

QTEST_GUILESS_MAIN(TstHttpRequestHead)
#include "tst_httprequesthead.moc"
