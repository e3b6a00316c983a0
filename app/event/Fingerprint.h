#pragma once

#include <string_view>

#include <QString>

#include "event/Event.h"

namespace alertdesk {

// Fingerprints are 64-bit FNV-1a hashes written as 16 lower-case hex digits — the hash Prometheus and
// Alertmanager use for label sets, so a computed Alertmanager fingerprint equals the one Alertmanager sends.

// Alertmanager's label-set fingerprint: names sorted, each name and value followed by the byte 0xff.
QString alertmanagerFingerprint(const Labels& sortedLabels);
// Events without a fingerprint of their own: source, type and subject, each followed by the byte 0xff.
QString eventFingerprint(QStringView source, QStringView type, QStringView subject);
// The same from UTF-8 text, without converting (the decoder's hot path).
QString eventFingerprint(std::string_view source, std::string_view type, std::string_view subject);

} // namespace alertdesk
