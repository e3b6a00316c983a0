#pragma once

#include <memory>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "common/Clock.h"
#include "common/Error.h"
#include "event/Event.h"
#include "event/EventDecoder.h"
#include "feed/HubOptions.h"
#include "feed/ReplayBuffer.h"

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace alertdesk {

struct HttpRequestHead;

// The feed hub behind `alertdesk-cli serve` (BRIEF.md, "The feed hub and the wire"): WebSocket /feed sends each
// accepted event as one CloudEvent text frame with the hub's sequence number `seq`; HTTP POST /events accepts
// every format the decoder knows. Built as specs/toolchain.md says for Qt 6.4: our own QTcpServer reads each
// request head (token, Origin, Content-Length, size limits) and hands WebSocket upgrades to a public
// QWebSocketServer that echoes the subprotocol cloudevents.json. Everything runs on the thread that owns the hub.
class FeedHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedHub)

public:
    FeedHub(const Clock& clock, HubOptions options, QObject* parent = nullptr);
    ~FeedHub() override;

    // Starts listening; the port actually bound (useful with port 0).
    Expected<quint16> listen();
    // "127.0.0.1:8765" or "[::1]:8765" once listening.
    QString listeningAddress() const;
    quint16 port() const;

    // The one path into the feed (POST /events and the demo use it): decodes `document` and publishes its
    // events, or publishes nothing when any part of it is rejected. The number of events published, or an
    // error naming the first rejected places.
    Expected<int> ingest(QByteArrayView document, const QString& origin);
    // The same for a CloudEvents HTTP binary-mode request.
    Expected<int> ingestBinary(const HttpHeaders& headers, QByteArrayView body, const QString& origin);

    qint64 lastSeq() const { return m_replay.newestSeq(); }
    int subscriberCount() const { return int(m_subscribers.size()); }
    const HubOptions& options() const { return m_options; }
    qsizetype maxBodyBytes() const;

    // For HubConnection, the HTTP side of the hub.
    enum class Access { Allowed, Unauthorized, ForbiddenOrigin };
    Access checkAccess(const HttpRequestHead& head) const;
    bool originAllowed(const QByteArray& origin) const;
    // Passes a socket whose complete, checked upgrade head is still unread to the WebSocket server.
    void handOverUpgrade(QTcpSocket* socket, qint64 since);
    void connectionFinished();

signals:
    void published(qint64 firstSeq, qint64 lastSeq);
    void subscriberCountChanged(int count);

private:
    struct Subscriber
    {
        QString peer;
        qint64 nextSeq = 0;   // while catching up: the next buffered frame to send; 0 once live
    };
    struct PendingUpgrade
    {
        QPointer<QTcpSocket> socket;
        qint64 since = -1;   // -1: live only
    };

    Expected<int> acceptDecoded(DecodeResult result, const QString& origin);
    void publish(const QList<Event>& events);
    void onNewTcpConnection();
    void onNewWebSocket();
    void startSubscriber(QWebSocket* socket, qint64 since);
    void sendGap(QWebSocket* socket, const ReplayBuffer::Resume& resume, qint64 since);
    void pump(QWebSocket* socket);
    void dropSlowSubscriber(QWebSocket* socket, const QString& why);
    void removeSubscriber(QWebSocket* socket);
    QByteArray gapFrame(const ReplayBuffer::Resume& resume, qint64 since);

    const Clock& m_clock;
    HubOptions m_options;
    EventDecoder m_decoder;
    ReplayBuffer m_replay;
    QTcpServer* m_tcpServer = nullptr;
    QWebSocketServer* m_wsServer = nullptr;
    QHash<QString, PendingUpgrade> m_pendingUpgrades;   // by peer "address:port"
    QHash<QWebSocket*, Subscriber> m_subscribers;
    int m_httpConnections = 0;
    quint64 m_gapCounter = 0;
};

} // namespace alertdesk
