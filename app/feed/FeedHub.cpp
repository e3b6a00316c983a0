#include "FeedHub.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include "common/Logging.h"
#include "common/Redaction.h"
#include "event/EventJson.h"
#include "event/EventTime.h"
#include "feed/HttpRequestHead.h"
#include "feed/HubConnection.h"

namespace alertdesk {

namespace {

const QString kSubprotocol = QStringLiteral("cloudevents.json");
constexpr int kMaxReasonsReported = 3;
constexpr int kCloseAbortMs = 5000;   // a closed subscriber that never answers the close frame is cut off

QString peerKey(const QTcpSocket* socket)
{
    return socket->peerAddress().toString() + u'|' + QString::number(socket->peerPort());
}

QString peerKey(const QWebSocket* socket)
{
    return socket->peerAddress().toString() + u'|' + QString::number(socket->peerPort());
}

QString peerText(const QWebSocket* socket)
{
    return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
}

// Compares secrets in time independent of where they differ (and of their lengths): both sides are hashed
// first, then every byte of the digests is compared.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da.at(i) ^ db.at(i));
    return diff == 0;
}

// The first few rejections of a body, each naming its place; the count of the rest.
QString rejectionSummary(const QList<Error>& rejections)
{
    QStringList parts;
    for (qsizetype i = 0; i < rejections.size() && i < kMaxReasonsReported; ++i)
        parts.append(rejections.at(i).toString());
    QString text = parts.join(QStringLiteral("; "));
    if (rejections.size() > kMaxReasonsReported)
        text += QStringLiteral(" (and %1 more)").arg(rejections.size() - kMaxReasonsReported);
    return text + QStringLiteral("; nothing from this body was published");
}

} // namespace

FeedHub::FeedHub(const Clock& clock, HubOptions options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_decoder(clock)
    , m_replay(m_options.replayFrames, m_options.replayBytes)
    , m_tcpServer(new QTcpServer(this))
    , m_wsServer(new QWebSocketServer(QStringLiteral("alertdesk"), QWebSocketServer::NonSecureMode, this))
{
    m_wsServer->setSupportedSubprotocols({kSubprotocol});
    m_wsServer->setHandshakeTimeout(m_options.headTimeoutMs);
    // Origin is checked on our own side before the hand-over (with the token); nothing reaches here unchecked.
    connect(m_wsServer, &QWebSocketServer::newConnection, this, &FeedHub::onNewWebSocket);
    connect(m_tcpServer, &QTcpServer::newConnection, this, &FeedHub::onNewTcpConnection);
}

FeedHub::~FeedHub()
{
    // Subscribers are children of the hub; say goodbye properly when the hub stops on purpose.
    for (auto it = m_subscribers.cbegin(); it != m_subscribers.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the hub is shutting down"));
    }
}

Expected<quint16> FeedHub::listen()
{
    if (!m_tcpServer->listen(m_options.address, m_options.port)) {
        return fail(Error::Code::Unavailable,
                    QStringLiteral("cannot listen: %1").arg(m_tcpServer->errorString()),
                    m_options.address.toString() + u':' + QString::number(m_options.port));
    }
    qCInfo(lcHub).noquote() << "feed hub listening on" << listeningAddress() << "token"
                            << (m_options.token.isEmpty() ? "not required" : "required") << "replay"
                            << m_options.replayFrames << "frames";
    return m_tcpServer->serverPort();
}

QString FeedHub::listeningAddress() const
{
    const QHostAddress address = m_tcpServer->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return host + u':' + QString::number(m_tcpServer->serverPort());
}

quint16 FeedHub::port() const
{
    return m_tcpServer->serverPort();
}

qsizetype FeedHub::maxBodyBytes() const
{
    return m_decoder.limits().maxDocumentBytes;
}

Expected<int> FeedHub::ingest(QByteArrayView document, const QString& origin)
{
    return acceptDecoded(m_decoder.decode(document, origin), origin);
}

Expected<int> FeedHub::ingestBinary(const HttpHeaders& headers, QByteArrayView body, const QString& origin)
{
    return acceptDecoded(m_decoder.decodeBinaryMode(headers, body, origin), origin);
}

Expected<int> FeedHub::acceptDecoded(DecodeResult result, const QString& origin)
{
    // All or nothing: a sender that retries a partly accepted batch would otherwise duplicate its first half.
    if (!result.rejections.isEmpty()) {
        const QString summary = rejectionSummary(result.rejections);
        qCInfo(lcHub).noquote() << "rejected input from" << origin << "-" << summary;
        return fail(result.rejections.constFirst().code, summary);
    }
    publish(result.events);
    return int(result.events.size());
}

void FeedHub::publish(const QList<Event>& events)
{
    if (events.isEmpty())
        return;
    const qint64 first = m_replay.newestSeq() + 1;
    // A snapshot: a send can end a subscriber (and change the hash) in the middle of the fan-out.
    const QList<QWebSocket*> sockets = m_subscribers.keys();
    for (const Event& event : events) {
        const qint64 seq = m_replay.newestSeq() + 1;
        // Converted once; every subscriber and the replay buffer share this one implicitly shared QString.
        const QString frame = QString::fromUtf8(cloudEventWithSeq(event.cloudEvent(), seq));
        m_replay.append(seq, frame);
        for (QWebSocket* socket : sockets) {
            const auto it = m_subscribers.constFind(socket);
            if (it == m_subscribers.cend() || it->nextSeq != 0)
                continue;   // gone, or still catching up: pump() reaches this frame in order
            socket->sendTextMessage(frame);
            if (socket->bytesToWrite() > m_options.maxSubscriberBacklog)
                dropSlowSubscriber(socket, QStringLiteral("over %1 KiB unsent").arg(m_options.maxSubscriberBacklog >> 10));
        }
    }
    emit published(first, m_replay.newestSeq());
}

FeedHub::Access FeedHub::checkAccess(const HttpRequestHead& head) const
{
    if (head.hasHeader("Origin") && !originAllowed(head.header("Origin")))
        return Access::ForbiddenOrigin;
    if (m_options.token.isEmpty())
        return Access::Allowed;
    const QByteArray authorization = head.header("Authorization");
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return Access::Unauthorized;
    const QByteArray presented = authorization.mid(space + 1).trimmed();
    return constantTimeEquals(presented, m_options.token) ? Access::Allowed : Access::Unauthorized;
}

bool FeedHub::originAllowed(const QByteArray& origin) const
{
    const QString text = QString::fromLatin1(origin);
    return m_options.allowedOrigins.contains(text) || m_options.allowedOrigins.contains(QStringLiteral("*"));
}

void FeedHub::onNewTcpConnection()
{
    while (QTcpSocket* socket = m_tcpServer->nextPendingConnection()) {
        if (m_httpConnections >= m_options.maxHttpConnections) {
            qCInfo(lcHub) << "refused a connection: already" << m_httpConnections << "HTTP connections open";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_httpConnections;
        // Every answer and every frame batch is written in one go: Nagle's algorithm would only add the peer's
        // delayed-ACK time (~40 ms) to each of them.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new HubConnection(this, socket);   // a child of the hub; deletes itself when the connection ends
    }
}

void FeedHub::connectionFinished()
{
    --m_httpConnections;
}

void FeedHub::handOverUpgrade(QTcpSocket* socket, qint64 since)
{
    socket->setParent(this);
    m_pendingUpgrades.insert(peerKey(socket), PendingUpgrade{socket, since});
    // A failed handshake is closed by QWebSocketServer; the socket is then ours to delete. After a successful
    // one the socket belongs to its QWebSocket (see onNewWebSocket) and this finds no pending entry.
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, key = peerKey(socket)] {
        const auto it = m_pendingUpgrades.constFind(key);
        if (it != m_pendingUpgrades.cend() && it->socket == socket) {
            m_pendingUpgrades.erase(it);
            socket->deleteLater();
        }
    });
    m_wsServer->handleConnection(socket);
}

void FeedHub::onNewWebSocket()
{
    while (QWebSocket* socket = m_wsServer->nextPendingConnection()) {
        socket->setParent(this);
        const PendingUpgrade pending = m_pendingUpgrades.take(peerKey(socket));
        if (pending.socket)
            pending.socket->setParent(socket);   // dies with its WebSocket
        startSubscriber(socket, pending.since);
    }
}

void FeedHub::startSubscriber(QWebSocket* socket, qint64 since)
{
    socket->setMaxAllowedIncomingFrameSize(m_options.maxIncomingFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(m_options.maxIncomingFrameBytes);
    // Subscribers have nothing to say beyond pings (answered by QWebSocket itself); their messages are ignored.
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { removeSubscriber(socket); });
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket] { pump(socket); });

    Subscriber subscriber;
    subscriber.peer = peerText(socket);
    if (since >= 0) {
        const ReplayBuffer::Resume resume = m_replay.resumeFrom(since);
        if (resume.kind != ReplayBuffer::Resume::Kind::Complete)
            sendGap(socket, resume, since);
        subscriber.nextSeq = resume.firstSeq;
    }
    m_subscribers.insert(socket, subscriber);
    qCInfo(lcHub).noquote() << "subscriber" << subscriber.peer << "connected to"
                            << redactUrl(socket->requestUrl()) << "subprotocol"
                            << (socket->subprotocol().isEmpty() ? QStringLiteral("(none)") : socket->subprotocol())
                            << "-" << m_subscribers.size() << "subscribers";
    emit subscriberCountChanged(int(m_subscribers.size()));
    if (since >= 0)
        pump(socket);
}

void FeedHub::sendGap(QWebSocket* socket, const ReplayBuffer::Resume& resume, qint64 since)
{
    qCInfo(lcHub).noquote() << "subscriber" << peerText(socket) << "asked for events after" << since
                            << (resume.kind == ReplayBuffer::Resume::Kind::Gap
                                    ? QStringLiteral("- %1 of them left the replay buffer").arg(resume.lost)
                                    : QStringLiteral("- beyond the newest event %1 (hub restarted?)").arg(lastSeq()));
    socket->sendTextMessage(QString::fromUtf8(gapFrame(resume, since)));
}

// The gap event is a CloudEvent of its own (type alertdesk.feed.gap) carrying seq = the seq just before the
// first replayed frame, so a client that stores the last seq it saw resumes correctly from here.
QByteArray FeedHub::gapFrame(const ReplayBuffer::Resume& resume, qint64 since)
{
    const qint64 nowMs = m_clock.nowMs();
    QByteArray event = QByteArrayLiteral("{\"specversion\":\"1.0\",\"id\":\"gap-") + QByteArray::number(nowMs)
                       + '-' + QByteArray::number(++m_gapCounter)
                       + QByteArrayLiteral("\",\"source\":\"urn:alertdesk:hub\",\"type\":\"alertdesk.feed.gap\","
                                           "\"time\":\"")
                       + formatRfc3339Ms(nowMs) + QByteArrayLiteral("\",\"datacontenttype\":\"application/json\",");
    if (resume.kind == ReplayBuffer::Resume::Kind::Gap) {
        event += "\"data\":{\"lost\":" + QByteArray::number(resume.lost) + ",\"from\":"
                 + QByteArray::number(since + 1) + ",\"to\":" + QByteArray::number(resume.firstSeq - 1) + "}}";
    } else {
        event += "\"data\":{\"lost\":null,\"from\":" + QByteArray::number(since + 1) + ",\"to\":null,\"newest\":"
                 + QByteArray::number(lastSeq())
                 + ",\"reason\":\"unknown position: the hub does not know this seq (it restarted); "
                   "replaying everything it holds\"}}";
    }
    return cloudEventWithSeq(event, resume.firstSeq - 1);
}

// Catch-up: buffered frames are written a watermark at a time as the socket drains, so a resume of a large
// buffer never piles up in the socket's memory; live frames wait in the buffer until the cursor reaches them.
void FeedHub::pump(QWebSocket* socket)
{
    while (socket->bytesToWrite() < m_options.catchUpWatermark) {
        const auto it = m_subscribers.find(socket);   // looked up again: a send may have ended the subscriber
        if (it == m_subscribers.end() || it->nextSeq == 0)
            return;
        if (it->nextSeq > m_replay.newestSeq()) {
            it->nextSeq = 0;   // caught up: from now on publish() sends directly
            return;
        }
        const QString* frame = m_replay.frame(it->nextSeq);
        if (!frame) {
            dropSlowSubscriber(socket, QStringLiteral("fell out of the replay buffer while catching up"));
            return;
        }
        ++it->nextSeq;
        socket->sendTextMessage(*frame);
    }
}

void FeedHub::dropSlowSubscriber(QWebSocket* socket, const QString& why)
{
    qCInfo(lcHub).noquote() << "closing slow subscriber" << peerText(socket) << "-" << why;
    removeSubscriber(socket);
    // 1008 (policy violation); the reason must fit in a control frame (123 bytes).
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("too slow: %1; reconnect with /feed?since=<last seq seen>").arg(why).left(123));
    QTimer::singleShot(kCloseAbortMs, socket, &QWebSocket::abort);
}

void FeedHub::removeSubscriber(QWebSocket* socket)
{
    if (!m_subscribers.contains(socket))
        return;
    const Subscriber subscriber = m_subscribers.take(socket);
    disconnect(socket, &QWebSocket::bytesWritten, this, nullptr);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    const QString how = socket->closeCode() != QWebSocketProtocol::CloseCodeNormal
                            ? QStringLiteral(" (close code %1)").arg(int(socket->closeCode()))
                            : QString();
    qCInfo(lcHub).noquote() << "subscriber" << subscriber.peer << QStringLiteral("disconnected") + how << "-"
                            << m_subscribers.size() << "subscribers";
    emit subscriberCountChanged(int(m_subscribers.size()));
}

} // namespace alertdesk
