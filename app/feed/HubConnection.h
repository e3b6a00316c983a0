#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "feed/HttpRequestHead.h"

class QTcpSocket;

namespace alertdesk {

class FeedHub;

// One HTTP/1.1 connection to the feed hub, read by hand so that every decision is made from the request head
// before any body is read (specs/toolchain.md: QHttpServer 6.4 buffers whole bodies first): 431 for an oversize
// head, 401/403 for token and Origin, 411/413 from Content-Length, then either the WebSocket hand-over (GET /feed)
// or the body of POST /events. Keep-alive and pipelining work; "Connection: close" is honoured. Timeouts keep a
// silent or slow client from holding the socket. Deletes itself (and its socket) when the connection ends.
class HubConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubConnection)

public:
    HubConnection(FeedHub* hub, QTcpSocket* socket);
    ~HubConnection() override;

private:
    enum class State { Idle, ReadingHead, ReadingBody, Draining, HandedOver };

    void onReadyRead();
    void onTimeout();
    void processHead();
    void routeFeed(const HttpRequestHead& head);
    void routeEvents(const HttpRequestHead& head);
    void routePreflight(const HttpRequestHead& head);
    bool refuseAccess(const HttpRequestHead& head);
    void processBody();
    void finishRequest(bool keepAlive);

    // Writes a complete response. `close` ends the connection afterwards (lingering: see closeAfterWrite()).
    void respond(int status, const QByteArray& jsonBody, bool close, const QByteArray& extraHeaders = {});
    void respondError(int status, const QString& reason, const QByteArray& extraHeaders = {});
    void closeAfterWrite();
    void maybeShutdownWrite();
    void enter(State state, int timeoutMs);

    QPointer<FeedHub> m_hub;   // null once the hub is being destroyed (it deletes its connections last)
    QTcpSocket* m_socket;
    QTimer m_timer;
    State m_state = State::Idle;
    HttpRequestHead m_head;     // the request whose body is being read
    qint64 m_bodyLength = 0;
    QByteArray m_corsOrigin;    // an allowed browser Origin to echo in the response
    qint64 m_drained = 0;
};

} // namespace alertdesk
