#pragma once

// Small clients for the feed hub tests: a raw HTTP/1.1 exchange over QTcpSocket (to see exactly what the hub
// answers and when), and a WebSocket subscriber that keeps every frame. They wait by running the event loop
// (QSignalSpy::wait), never by sleeping, so an in-process hub keeps working while a test waits.
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace alertdesk::test {

struct RawResponse
{
    int status = 0;              // 0: no complete response arrived
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
    bool hasHeader(const QByteArray& line) const { return head.toLower().contains(line.toLower()); }
};

inline bool waitForData(QTcpSocket& socket, QDeadlineTimer deadline)
{
    if (socket.bytesAvailable() > 0)
        return true;
    if (socket.state() != QAbstractSocket::ConnectedState)
        return false;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    QSignalSpy gone(&socket, &QTcpSocket::disconnected);
    while (ready.isEmpty() && gone.isEmpty() && !deadline.hasExpired())
        ready.wait(50);
    return socket.bytesAvailable() > 0;
}

// Reads the next final response (interim 1xx responses are skipped) from `buffer` + the socket.
inline RawResponse readResponse(QTcpSocket& socket, QByteArray& buffer, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            RawResponse response;
            response.head = buffer.left(end + 4);
            response.status = response.head.mid(9, 3).toInt();
            qsizetype length = 0;
            for (const QByteArray& line : response.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (response.status >= 100 && response.status < 200) {
                buffer.remove(0, end + 4);
                continue;
            }
            if (buffer.size() >= end + 4 + length) {
                response.body = buffer.mid(end + 4, length);
                buffer.remove(0, end + 4 + length);
                return response;
            }
        }
        if (!waitForData(socket, deadline))
            break;
        buffer += socket.readAll();
    }
    return {};
}

// One request on a fresh connection; `request` is sent exactly as given.
inline RawResponse exchange(quint16 port, const QByteArray& request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    if (!connected.wait(timeoutMs))
        return {};
    socket.write(request);
    QByteArray buffer;
    return readResponse(socket, buffer, timeoutMs);
}

inline QByteArray postRequest(const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "POST /events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

// A WebSocket subscriber offering cloudevents.json; every text frame is kept, parsed.
class Subscriber final
{
public:
    Subscriber()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString& text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
            raw.append(text);
        });
    }

    bool open(const QUrl& url, const QByteArray& token = {}, const QByteArray& origin = {})
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!origin.isEmpty())
            request.setRawHeader("Origin", origin);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("cloudevents.json")});
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
        m_socket.open(request, options);
        QDeadlineTimer deadline(5000);
        while (connected.isEmpty() && disconnected.isEmpty() && !deadline.hasExpired())
            connected.wait(50);
        return !connected.isEmpty();
    }

    QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const QJsonObject& frame : frames)
            out.append(frame.value(QStringLiteral("seq")).toInteger());
        return out;
    }

    QWebSocket& socket() { return m_socket; }
    QList<QJsonObject> frames;
    QStringList raw;

private:
    QWebSocket m_socket;
};

} // namespace alertdesk::test
