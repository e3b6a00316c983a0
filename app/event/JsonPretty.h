#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace alertdesk {

// Re-indents JSON text for reading, keeping every string and number exactly as written (a round trip through
// QJsonDocument would respell numbers and reorder nothing but lose "1.0" vs "1"). Input that is not valid JSON
// is indented as far as it goes; nothing is dropped.
QByteArray prettyJson(QByteArrayView json, int indent = 2);

} // namespace alertdesk
