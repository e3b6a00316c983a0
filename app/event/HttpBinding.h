#pragma once

#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include "common/Error.h"

namespace alertdesk {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;   // names as received; compared case-insensitively

// The value of the first header with that name (case-insensitive), or empty.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);

// CloudEvents HTTP binding, binary mode: attributes travel in ce-* headers (percent-encoded UTF-8, maybe in
// double quotes), Content-Type is the datacontenttype and the body is the data.
bool isBinaryModeRequest(const HttpHeaders& headers);   // a ce-specversion header is present
// The same event in structured mode (one JSON object), so that one decoder path handles both. JSON bodies
// become `data` as written, other UTF-8 text a JSON string, anything else `data_base64`. Errors name the header.
Expected<QByteArray> structuredFromBinaryMode(const HttpHeaders& headers, QByteArrayView body);

} // namespace alertdesk
