#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include "common/Clock.h"
#include "event/Event.h"
#include "event/EventDecoder.h"
#include "feed/FeedStats.h"

namespace alertdesk {

struct FeedClientOptions
{
    int connectTimeoutMs = 10000;    // a server that never answers the handshake
    int pingIntervalMs = 15000;      // liveness: a ping this often …
    int pongTimeoutMs = 10000;       // … and the connection is dropped when nothing came back for this long
    int backoffInitialMs = 500;      // reconnect: exponential backoff with jitter between these bounds
    int backoffMaxMs = 30000;
    qsizetype dedupCapacity = 100000;   // remembered source+id keys
    DecodeLimits limits;
};

// WebSocket feed client (ws and wss) offering the subprotocol cloudevents.json. Accepts one event per text
// frame, batch arrays and the Tencent {"EventList":[…]} wrapper; reconnects with exponential backoff and jitter;
// checks liveness by ping/pong; drops events already seen (source + id); resumes with ?since=<last seq>;
// reports the hub's gap events. Lives on whichever thread owns it (a worker thread in the GUI).
class FeedClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedClient)

public:
    explicit FeedClient(const Clock& clock, FeedClientOptions options = {}, QObject* parent = nullptr);
    ~FeedClient() override;

    // `token`, when not empty, is sent as "Authorization: Bearer <token>".
    void start(const QUrl& url, const QByteArray& token = {});
    void stop();

    FeedState state() const;
    qint64 lastSeq() const;

signals:
    void eventsReceived(const QList<alertdesk::Event>& events);   // decoded and de-duplicated, frame by frame
    void duplicatesDropped(int count);
    void inputRejected(const QString& reason);                    // one sentence naming the place
    void gapReported(qint64 lostEvents);   // -1: the hub cannot tell how many (it restarted)
    void stateChanged(alertdesk::FeedState state, const QString& detail);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace alertdesk
