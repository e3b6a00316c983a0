#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

namespace alertdesk {

// Everything `alertdesk-cli serve` can tune, with the documented defaults (see `alertdesk-cli serve --help`).
// Tests shorten the timeouts and shrink the buffers; nothing here is read from the environment.
struct HubOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);   // safe by default: loopback only
    quint16 port = 8765;                                             // 0 picks a free port
    QByteArray token;              // when not empty, required as "Authorization: Bearer <token>" on every path
    QStringList allowedOrigins;    // browser Origins allowed in; "*" allows any. Requests with another Origin: 403

    qsizetype replayFrames = 10000;              // /feed?since=S can resume within the last N frames …
    qsizetype replayBytes = 256 * 1024 * 1024;   // … as long as they fit in this much memory

    qsizetype maxHeadBytes = 16 * 1024;   // request line + headers; larger heads get 431
    int headTimeoutMs = 10000;            // a started head must be complete within this time (slowloris)
    int bodyTimeoutMs = 30000;            // a body must arrive within this time after its head
    int idleTimeoutMs = 30000;            // a keep-alive connection with no request is closed after this
    int maxHttpConnections = 512;         // concurrent HTTP connections (subscribers are not counted)

    qint64 maxSubscriberBacklog = 16 * 1024 * 1024;   // unsent bytes before a subscriber is closed with 1008
    qint64 catchUpWatermark = 1024 * 1024;            // replay is written in steps of about this much
    quint64 maxIncomingFrameBytes = 4096;             // subscribers only send pings and small control text
};

} // namespace alertdesk
