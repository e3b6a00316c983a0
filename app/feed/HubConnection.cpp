#include "HubConnection.h"

#include <sys/socket.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include "common/Logging.h"
#include "feed/FeedHub.h"

namespace alertdesk {

namespace {

constexpr int kLingerMs = 2000;                 // after an error response, read and discard this long …
constexpr qint64 kMaxDrainBytes = 4 * 1024 * 1024;   // … or this much, so the client can read our answer

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 426: return "Upgrade Required";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

QByteArray errorBody(const QString& reason)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact);
}

} // namespace

HubConnection::HubConnection(FeedHub* hub, QTcpSocket* socket)
    : QObject(hub)
    , m_hub(hub)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Nothing legitimate needs more buffered than one head and one body; beyond that the kernel holds the data
    // back and the client is slowed down instead of our memory growing.
    m_socket->setReadBufferSize(hub->maxBodyBytes() + hub->options().maxHeadBytes + 4096);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HubConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HubConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HubConnection::maybeShutdownWrite);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    enter(State::Idle, hub->options().headTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HubConnection::~HubConnection()
{
    // Connections are the hub's children: when the hub itself goes, they are deleted after its destructor ran,
    // and there is no hub left to tell.
    if (m_hub)
        m_hub->connectionFinished();
}

void HubConnection::enter(State state, int timeoutMs)
{
    m_state = state;
    m_timer.start(timeoutMs);
}

void HubConnection::onReadyRead()
{
    switch (m_state) {
    case State::Idle:
    case State::ReadingHead:
        processHead();
        break;
    case State::ReadingBody:
        processBody();
        break;
    case State::Draining:
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > kMaxDrainBytes)
            m_socket->abort();
        break;
    case State::HandedOver:
        break;
    }
}

void HubConnection::onTimeout()
{
    const double seconds = (m_state == State::ReadingBody ? m_hub->options().bodyTimeoutMs
                                                          : m_hub->options().headTimeoutMs) / 1000.0;
    switch (m_state) {
    case State::Idle:   // nothing started: close quietly
        m_socket->disconnectFromHost();
        break;
    case State::ReadingHead:
        respondError(408, QStringLiteral("the request head did not arrive within %1 s").arg(seconds));
        break;
    case State::ReadingBody:
        respondError(408, QStringLiteral("the request body did not arrive within %1 s").arg(seconds));
        break;
    case State::Draining:
        m_socket->abort();
        break;
    case State::HandedOver:
        break;
    }
}

void HubConnection::processHead()
{
    if (m_socket->bytesAvailable() == 0)
        return;
    if (m_state == State::Idle)   // the first byte of a request starts the (shorter) head deadline
        enter(State::ReadingHead, m_hub->options().headTimeoutMs);
    const qsizetype maxHead = m_hub->options().maxHeadBytes;
    const QByteArray peeked = m_socket->peek(maxHead);
    const qsizetype end = HttpRequestHead::findEnd(peeked);
    if (end < 0) {
        if (peeked.size() >= maxHead)
            respondError(431, QStringLiteral("the request head is larger than %1 bytes").arg(maxHead));
        return;
    }
    const Expected<HttpRequestHead> parsed = HttpRequestHead::parse(QByteArrayView(peeked).first(end));
    if (!parsed) {
        respondError(400, parsed.error().toString());
        return;
    }
    const HttpRequestHead& head = *parsed;
    m_corsOrigin.clear();
    if (head.path == "/feed") {
        routeFeed(head);
    } else if (head.path == "/events") {
        m_socket->skip(end);   // from here on the head is ours; the WebSocket path must leave it unread
        if (head.method == "OPTIONS")
            routePreflight(head);
        else
            routeEvents(head);
    } else {
        respondError(404, QStringLiteral("no such endpoint %1: the hub serves GET /feed (WebSocket) and POST /events")
                              .arg(QString::fromLatin1(head.path.left(200))));
    }
}

bool HubConnection::refuseAccess(const HttpRequestHead& head)
{
    switch (m_hub->checkAccess(head)) {
    case FeedHub::Access::Allowed:
        if (head.hasHeader("Origin"))
            m_corsOrigin = head.header("Origin");
        return false;
    case FeedHub::Access::ForbiddenOrigin:
        respondError(403, QStringLiteral("Origin %1 is not allowed; start serve with --allow-origin %1 to allow it")
                              .arg(QString::fromLatin1(head.header("Origin").left(200))));
        return true;
    case FeedHub::Access::Unauthorized:
        respondError(401, QStringLiteral("this hub requires a token: send Authorization: Bearer <token>"),
                     "WWW-Authenticate: Bearer realm=\"alertdesk\"\r\n");
        return true;
    }
    return true;
}

void HubConnection::routeFeed(const HttpRequestHead& head)
{
    if (head.method != "GET") {
        respondError(405, QStringLiteral("/feed only answers GET (a WebSocket upgrade)"), "Allow: GET\r\n");
        return;
    }
    if (refuseAccess(head))
        return;
    if (!head.isWebSocketUpgrade()) {
        respondError(426, QStringLiteral("/feed is a WebSocket endpoint: connect with a WebSocket client "
                                         "(subprotocol cloudevents.json)"),
                     "Upgrade: websocket\r\nConnection: Upgrade\r\n");
        return;
    }
    qint64 since = -1;
    const QByteArray sinceText = head.queryValue("since");
    if (!sinceText.isNull()) {
        bool ok = false;
        since = sinceText.toLongLong(&ok);
        if (!ok || since < 0) {
            respondError(400, QStringLiteral("query since: must be the last seq you saw (a number, 0 or more)"));
            return;
        }
    }
    // The head stays unread: QWebSocketServer reads it again to answer the handshake.
    m_state = State::HandedOver;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->setReadBufferSize(0);
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    m_hub->handOverUpgrade(socket, since);
    deleteLater();
}

void HubConnection::routeEvents(const HttpRequestHead& head)
{
    if (head.method != "POST") {
        respondError(405, QStringLiteral("/events only answers POST"), "Allow: POST, OPTIONS\r\n");
        return;
    }
    if (refuseAccess(head))
        return;
    if (head.hasHeader("Transfer-Encoding")) {
        respondError(411, QStringLiteral("header Transfer-Encoding: chunked bodies are not accepted; "
                                         "send a Content-Length"));
        return;
    }
    const Expected<qint64> length = head.contentLength();
    if (!length) {
        respondError(400, length.error().toString());
        return;
    }
    if (*length < 0) {
        respondError(411, QStringLiteral("header Content-Length: required for POST /events"));
        return;
    }
    // Answered from the head alone, before a single byte of the body is read (BRIEF.md: size limits).
    if (*length > m_hub->maxBodyBytes()) {
        respondError(413, QStringLiteral("header Content-Length: the body is %1 bytes; the limit is %2 bytes")
                              .arg(*length)
                              .arg(m_hub->maxBodyBytes()));
        return;
    }
    m_head = head;
    m_bodyLength = *length;
    if (head.minorVersion >= 1 && head.headerHasToken("Expect", "100-continue"))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    enter(State::ReadingBody, m_hub->options().bodyTimeoutMs);
    processBody();
}

// CORS preflight for an allowed browser Origin (no token: browsers never send one on a preflight).
void HubConnection::routePreflight(const HttpRequestHead& head)
{
    const QByteArray origin = head.header("Origin");
    if (origin.isEmpty() || !m_hub->originAllowed(origin)) {
        respondError(403, QStringLiteral("Origin %1 is not allowed; start serve with --allow-origin %1 to allow it")
                              .arg(QString::fromLatin1(origin.left(200))));
        return;
    }
    m_corsOrigin = origin;
    QByteArray headers = "Access-Control-Allow-Methods: POST\r\nAccess-Control-Max-Age: 600\r\n";
    const QByteArray requested = head.header("Access-Control-Request-Headers");
    if (!requested.isEmpty())
        headers += "Access-Control-Allow-Headers: " + requested + "\r\n";
    respond(204, {}, !head.keepAlive(), headers);
    finishRequest(head.keepAlive());
}

void HubConnection::processBody()
{
    if (m_socket->bytesAvailable() < m_bodyLength)
        return;
    const QByteArray body = m_socket->read(m_bodyLength);
    const QString origin = QStringLiteral("http:") + m_socket->peerAddress().toString();
    const Expected<int> accepted = EventDecoder::isBinaryMode(m_head.headers)
                                       ? m_hub->ingestBinary(m_head.headers, body, origin)
                                       : m_hub->ingest(body, origin);
    const bool keepAlive = m_head.keepAlive();
    if (!accepted) {
        respondError(400, accepted.error().toString());
        return;
    }
    respond(202, "{\"accepted\":" + QByteArray::number(*accepted) + '}', !keepAlive);
    finishRequest(keepAlive);
}

void HubConnection::finishRequest(bool keepAlive)
{
    if (!keepAlive || m_state == State::Draining)
        return;
    m_head = {};
    enter(State::Idle, m_hub->options().idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)   // a pipelined request is already here
        processHead();
}

void HubConnection::respondError(int status, const QString& reason, const QByteArray& extraHeaders)
{
    qCInfo(lcHub).noquote() << "answered" << m_socket->peerAddress().toString() << "with" << status << "-" << reason;
    respond(status, errorBody(reason), true, extraHeaders);
}

void HubConnection::respond(int status, const QByteArray& jsonBody, bool close, const QByteArray& extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!jsonBody.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(jsonBody.size()) + "\r\nCache-Control: no-store\r\n";
    if (!m_corsOrigin.isEmpty())
        out += "Access-Control-Allow-Origin: " + m_corsOrigin + "\r\nVary: Origin\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += extraHeaders + "\r\n" + jsonBody;
    m_socket->write(out);
    if (close)
        closeAfterWrite();
}

// A lingering close (RFC 9112 9.6): after an early answer such as 413 the client may still be sending its body.
// Closing at once would reset the connection and could destroy our answer before the client reads it, so the
// write side is shut once the answer is out and the rest of the input is read and dropped for a short while.
void HubConnection::closeAfterWrite()
{
    m_state = State::Draining;
    m_timer.start(kLingerMs);
    m_drained += m_socket->skip(m_socket->bytesAvailable());
    m_socket->flush();
    maybeShutdownWrite();
}

void HubConnection::maybeShutdownWrite()
{
    if (m_state == State::Draining && m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace alertdesk
