#pragma once

#include <memory>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include "common/Clock.h"
#include "common/Error.h"
#include "event/Event.h"
#include "event/HttpBinding.h"

namespace alertdesk {

// Documented limits (README, "Event model", Limits): input beyond them is rejected with a reason, never parsed.
struct DecodeLimits
{
    qsizetype maxDocumentBytes = 1024 * 1024;   // one document, WebSocket frame or HTTP body
    int maxDepth = 64;                           // JSON nesting of a whole document
    qsizetype maxBatchEvents = 10000;            // elements of one batch array or EventList
};

// What one document decoded into. A batch can yield events and rejections at once: each rejection names the
// JSON path of the element ("$.EventList[3]") or the place in the document that was wrong.
struct DecodeResult
{
    QList<Event> events;
    QList<Error> rejections;
    bool wellFormed = false;   // the document was valid JSON within the limits (its events may still be rejected)
};


// Turns raw payloads from every supported source into Events (BRIEF.md, "The event model"):
// CloudEvents 1.0 JSON (single, batch, HTTP binary mode), Tencent EventBridge events and {"EventList":[…]}
// batches, Alertmanager webhook payloads (version 4) and API v2 alert arrays.
// Parsing uses simdjson (validating, depth-limited); one decoder reuses its parser buffers, so keep one per
// thread and do not share it across threads.
class EventDecoder final
{
public:
    explicit EventDecoder(const Clock& clock, DecodeLimits limits = {});
    ~EventDecoder();
    EventDecoder(const EventDecoder&) = delete;
    EventDecoder& operator=(const EventDecoder&) = delete;

    const DecodeLimits& limits() const;

    // One JSON document holding one event or a batch. Every event gets `origin`.
    DecodeResult decode(QByteArrayView document, const QString& origin);

    // CloudEvents HTTP binary mode: attributes in ce-* headers (percent-encoded, maybe double-quoted),
    // Content-Type as datacontenttype, the body as data.
    DecodeResult decodeBinaryMode(const HttpHeaders& headers, QByteArrayView body, const QString& origin);

    // True when the headers carry a binary-mode CloudEvent (a ce-specversion header).
    static bool isBinaryMode(const HttpHeaders& headers);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace alertdesk
