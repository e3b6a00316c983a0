#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "common/Error.h"
#include "event/EventDecoder.h"

namespace alertdesk {

// One HTTP/1.x request head as the feed hub reads it from its own QTcpServer (RFC 9112, section 2-3 and 5).
// Only what the hub needs: request line, header fields in order, and the few framing rules that matter for
// safety (one Content-Length, no obsolete line folding, no bare CR/LF tricks).
struct HttpRequestHead
{
    QByteArray method;     // "GET", "POST", … (case-sensitive, as RFC 9110 says)
    QByteArray target;     // as received: "/feed?since=3"
    QByteArray path;       // target before '?'
    QByteArray query;      // target after '?', without it
    int minorVersion = 1;  // HTTP/1.<minorVersion>
    HttpHeaders headers;   // names as received, values trimmed of optional whitespace

    // Index just past the blank line that ends a head in `data`, or -1 when the head is not complete yet.
    static qsizetype findEnd(QByteArrayView data);
    // Parses a complete head (with or without its final blank line). Errors name what was wrong.
    static Expected<HttpRequestHead> parse(QByteArrayView head);

    // First value of a header, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // True when a comma-separated header (Connection, Upgrade, Expect) lists `token` (case-insensitive).
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const;

    // Content-Length as a number: -1 when absent; an error when malformed or given twice with different values.
    Expected<qint64> contentLength() const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with "Connection: keep-alive".
    bool keepAlive() const;
    bool isWebSocketUpgrade() const;
    // The value of one query parameter (not percent-decoded: the hub's parameters are numbers); null if absent.
    QByteArray queryValue(QByteArrayView name) const;
};

} // namespace alertdesk
