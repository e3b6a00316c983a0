#pragma once

#include <optional>

#include <QByteArrayView>

namespace alertdesk {

// Cheap looks into a feed frame before (or instead of) decoding it.

// The hub's sequence number: our hub writes it first ({"seq":N,…}, see cloudEventWithSeq), so it is read
// without parsing the frame. Frames from other servers (no seq, or seq elsewhere) give nullopt.
std::optional<qint64> leadingSeq(QByteArrayView frame);

// The number of lost events when the frame is the hub's gap event (type "alertdesk.feed.gap", data.lost);
// nullopt for every other frame. Only frames that mention the type are parsed.
std::optional<qint64> gapLostEvents(QByteArrayView frame);

} // namespace alertdesk
