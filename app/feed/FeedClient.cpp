#include "FeedClient.h"

#include <QLocale>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include "common/Logging.h"
#include "common/Redaction.h"
#include "feed/Backoff.h"
#include "feed/DedupCache.h"
#include "feed/FrameScan.h"

namespace alertdesk {

namespace {

// A connection that stayed up this long was healthy: the next outage starts the backoff from the beginning.
constexpr qint64 kStableConnectionMs = 10000;
const QString kSubprotocol = QStringLiteral("cloudevents.json");

QString seconds(int ms)
{
    if (ms < 1000)
        return QString::number(ms) + QStringLiteral(" ms");
    return QLocale::c().toString(ms / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1) + QStringLiteral(" s");
}

QString bytes(qsizetype count)
{
    return QLocale::c().toString(count) + QStringLiteral(" bytes");
}

} // namespace

struct FeedClient::Private
{
    Private(FeedClient* owner, const Clock& clock, FeedClientOptions opts)
        : q(owner),
          m_clock(clock),
          m_options(opts),
          m_decoder(clock, opts.limits),
          m_dedup(opts.dedupCapacity),
          m_backoff(opts.backoffInitialMs, opts.backoffMaxMs),
          m_connectTimer(new QTimer(owner)),
          m_pingTimer(new QTimer(owner)),
          m_pongTimer(new QTimer(owner)),
          m_reconnectTimer(new QTimer(owner))
    {}

    void openSocket();
    void wireSocket();
    void detachSocket(bool graceful);
    void drop(const QString& reason);
    void setState(FeedState state, const QString& detail);
    QUrl resumeUrl() const;

    void onConnected();
    void onDisconnected();
    void onFrame(const QByteArray& frame);
    void onBinaryFrame(const QByteArray& frame);
    void reject(const QString& reason);
    void emitFresh(QList<Event> events);

    FeedClient* q;
    const Clock& m_clock;
    FeedClientOptions m_options;
    EventDecoder m_decoder;
    DedupCache m_dedup;
    Backoff m_backoff;

    // Timers are children of the client so they follow it to its worker thread.
    QTimer* m_connectTimer;
    QTimer* m_pingTimer;
    QTimer* m_pongTimer;
    QTimer* m_reconnectTimer;
    QWebSocket* m_socket = nullptr; // a fresh socket per attempt, so a dead one can never signal again
    quint64 m_generation = 0;       // which socket a queued notification belongs to

    QUrl m_url;
    QByteArray m_token;
    QString m_origin; // redacted: it ends up in events, logs and tooltips
    FeedState m_state = FeedState::Stopped;
    qint64 m_lastSeq = -1;
    qint64 m_connectedAtMs = 0;
    quint64 m_frameNumber = 0; // frames of the current connection, to name the place of a rejection
    int m_attempt = 0;
};

FeedClient::FeedClient(const Clock& clock, FeedClientOptions options, QObject* parent)
    : QObject(parent),
      d(std::make_unique<Private>(this, clock, options))
{
    d->m_connectTimer->setSingleShot(true);
    d->m_pongTimer->setSingleShot(true);
    d->m_reconnectTimer->setSingleShot(true);
    connect(d->m_connectTimer, &QTimer::timeout, this, [this] {
        d->drop(QStringLiteral("The server did not complete the WebSocket handshake within %1")
                    .arg(seconds(d->m_options.connectTimeoutMs)));
    });
    connect(d->m_pingTimer, &QTimer::timeout, this, [this] {
        if (!d->m_socket)
            return;
        d->m_socket->ping();
        if (!d->m_pongTimer->isActive())
            d->m_pongTimer->start(d->m_options.pongTimeoutMs);
    });
    connect(d->m_pongTimer, &QTimer::timeout, this, [this] {
        d->drop(QStringLiteral("Nothing (no event, no pong) arrived from the server for %1 after a ping")
                    .arg(seconds(d->m_options.pongTimeoutMs)));
    });
    connect(d->m_reconnectTimer, &QTimer::timeout, this, [this] { d->openSocket(); });
}

FeedClient::~FeedClient()
{
    d->detachSocket(false);
}

void FeedClient::start(const QUrl& url, const QByteArray& token)
{
    stop();
    d->m_url = url;
    d->m_token = token;
    d->m_origin = redactUrl(url);
    // A ?since= in the given URL is where the user wants to start; later resumes replace it.
    const QString since = QUrlQuery(url).queryItemValue(QStringLiteral("since"));
    bool ok = false;
    const qint64 sinceValue = since.toLongLong(&ok);
    d->m_lastSeq = ok && sinceValue >= 0 ? sinceValue : -1;
    d->m_dedup.clear();
    d->m_backoff.reset();
    d->m_attempt = 0;
    d->openSocket();
}

void FeedClient::stop()
{
    d->m_reconnectTimer->stop();
    d->detachSocket(true);
    if (d->m_state != FeedState::Stopped)
        d->setState(FeedState::Stopped, QStringLiteral("Stopped."));
}

FeedState FeedClient::state() const
{
    return d->m_state;
}

qint64 FeedClient::lastSeq() const
{
    return d->m_lastSeq;
}

QUrl FeedClient::Private::resumeUrl() const
{
    if (m_lastSeq < 0)
        return m_url;
    QUrl url = m_url;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("since"));
    query.addQueryItem(QStringLiteral("since"), QString::number(m_lastSeq));
    url.setQuery(query);
    return url;
}

void FeedClient::Private::openSocket()
{
    detachSocket(false);
    ++m_attempt;
    m_frameNumber = 0;
    ++m_generation;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
    // Qt refuses a larger frame from its header, before buffering it, and closes with 1009 (too much data).
    const auto limit = static_cast<quint64>(m_options.limits.maxDocumentBytes);
    m_socket->setMaxAllowedIncomingFrameSize(limit);
    m_socket->setMaxAllowedIncomingMessageSize(limit);

    wireSocket();

    const QUrl url = resumeUrl();
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({kSubprotocol});

    QString detail = QStringLiteral("Connecting to %1").arg(m_origin);
    if (m_attempt > 1)
        detail += QStringLiteral(" (attempt %1)").arg(m_attempt);
    if (m_lastSeq >= 0)
        detail += QStringLiteral(", resuming after event %1").arg(m_lastSeq);
    setState(FeedState::Connecting, detail + QLatin1Char('.'));
    m_connectTimer->start(m_options.connectTimeoutMs);
    m_socket->open(request, handshake);
}

void FeedClient::Private::wireSocket()
{
    QObject::connect(m_socket, &QWebSocket::connected, q, [this] { onConnected(); });
    // Qt may report `disconnected` before the `error` that says why (a refused connection does): handle it a
    // moment later, so the error's own words reach the user when there are any.
    QObject::connect(m_socket, &QWebSocket::disconnected, q, [this, generation = m_generation] {
        QMetaObject::invokeMethod(
            q,
            [this, generation] {
                if (generation == m_generation)
                    onDisconnected();
            },
            Qt::QueuedConnection);
    });
    QObject::connect(
        m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), q,
        [this](QAbstractSocket::SocketError error) {
            // Qt's TLS errors never say "TLS": name it, so an operator knows to look at the certificate.
            const QString what = error == QAbstractSocket::SslHandshakeFailedError
                ? QStringLiteral("TLS handshake failed, the server's certificate is not trusted: ")
                : QString();
            drop(m_origin + QStringLiteral(": ") + what + m_socket->errorString());
        });
    QObject::connect(m_socket, &QWebSocket::textMessageReceived, q,
                     [this](const QString& text) { onFrame(text.toUtf8()); });
    QObject::connect(m_socket, &QWebSocket::binaryMessageReceived, q,
                     [this](const QByteArray& frame) { onBinaryFrame(frame); });
    QObject::connect(m_socket, &QWebSocket::pong, q, [this] { m_pongTimer->stop(); });
}

void FeedClient::Private::detachSocket(bool graceful)
{
    m_connectTimer->stop();
    m_pingTimer->stop();
    m_pongTimer->stop();
    if (!m_socket)
        return;
    QWebSocket* socket = std::exchange(m_socket, nullptr);
    QObject::disconnect(socket, nullptr, q, nullptr);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    else
        socket->abort();
    socket->deleteLater();
}

void FeedClient::Private::drop(const QString& reason)
{
    if (!m_socket)
        return; // already dropped: a socket reports one failure through several signals
    const bool wasStable = m_state == FeedState::Connected && m_clock.nowMs() - m_connectedAtMs >= kStableConnectionMs;
    detachSocket(false);
    if (wasStable)
        m_backoff.reset();
    const int delayMs = m_backoff.nextDelayMs();
    m_reconnectTimer->start(delayMs);
    setState(FeedState::Reconnecting, QStringLiteral("%1; reconnecting in %2.").arg(reason, seconds(delayMs)));
}

void FeedClient::Private::setState(FeedState state, const QString& detail)
{
    m_state = state;
    qCInfo(lcFeed).noquote() << feedStateName(state) << detail;
    emit q->stateChanged(state, detail);
}

void FeedClient::Private::onConnected()
{
    m_connectTimer->stop();
    m_connectedAtMs = m_clock.nowMs();
    m_pingTimer->start(m_options.pingIntervalMs);
    const QString subprotocol = m_socket->subprotocol();
    setState(FeedState::Connected,
             subprotocol.isEmpty() ? QStringLiteral("Connected to %1 (the server chose no subprotocol).").arg(m_origin)
                                   : QStringLiteral("Connected to %1 (subprotocol %2).").arg(m_origin, subprotocol));
}

void FeedClient::Private::onDisconnected()
{
    if (!m_socket)
        return;
    const auto code = m_socket->closeCode();
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        // Qt closed the connection itself when a frame's header announced more than the limit.
        reject(QStringLiteral("%1, frame %2: the frame is larger than the limit of %3 and was refused; "
                              "the feed resumes after it")
                   .arg(m_origin)
                   .arg(m_frameNumber + 1)
                   .arg(bytes(m_options.limits.maxDocumentBytes)));
        // Frames arrive in order, so the refused one is the hub's next: resume after it, or it comes back.
        if (m_lastSeq >= 0)
            ++m_lastSeq;
        drop(QStringLiteral("A frame over the size limit ended the connection"));
        return;
    }
    QString reason = QStringLiteral("The connection to %1 was closed").arg(m_origin);
    if (code != QWebSocketProtocol::CloseCodeNormal || !m_socket->closeReason().isEmpty())
        reason +=
            QStringLiteral(" (code %1%2)")
                .arg(static_cast<int>(code))
                .arg(m_socket->closeReason().isEmpty() ? QString() : QStringLiteral(": ") + m_socket->closeReason());
    drop(reason);
}

void FeedClient::Private::reject(const QString& reason)
{
    qCWarning(lcFeed).noquote() << reason;
    emit q->inputRejected(reason);
}

void FeedClient::Private::onBinaryFrame(const QByteArray& frame)
{
    m_pongTimer->stop();
    ++m_frameNumber;
    reject(QStringLiteral("%1, frame %2: a binary frame of %3 was refused; this feed accepts JSON text frames "
                          "(subprotocol cloudevents.json)")
               .arg(m_origin)
               .arg(m_frameNumber)
               .arg(bytes(frame.size())));
}

void FeedClient::Private::onFrame(const QByteArray& frame)
{
    m_pongTimer->stop(); // any frame proves the connection alive
    ++m_frameNumber;
    const QString place = QStringLiteral("%1, frame %2").arg(m_origin).arg(m_frameNumber);
    const std::optional<qint64> seq = leadingSeq(frame);
    if (const std::optional<qint64> lost = gapLostEvents(frame)) {
        emit q->gapReported(*lost);
        return;
    }
    if (seq)
        m_lastSeq = *seq;
    if (frame.size() > m_options.limits.maxDocumentBytes) {
        reject(QStringLiteral("%1: the frame of %2 is larger than the limit of %3 and was refused")
                   .arg(place, bytes(frame.size()), bytes(m_options.limits.maxDocumentBytes)));
        return;
    }
    DecodeResult result = m_decoder.decode(frame, m_origin);
    for (const Error& error : std::as_const(result.rejections))
        reject(place + QStringLiteral(": ") + error.toString());
    emitFresh(std::move(result.events));
}

void FeedClient::Private::emitFresh(QList<Event> events)
{
    QList<Event> fresh;
    fresh.reserve(events.size());
    for (Event& event : events) {
        if (m_dedup.insert(event.dedupKey()))
            fresh.append(std::move(event));
    }
    const auto duplicates = static_cast<int>(events.size() - fresh.size());
    if (duplicates > 0)
        emit q->duplicatesDropped(duplicates);
    if (!fresh.isEmpty())
        emit q->eventsReceived(fresh);
}

} // namespace alertdesk
