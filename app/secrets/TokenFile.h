#pragma once

#include <QByteArray>
#include <QString>

#include "common/Error.h"

namespace alertdesk {

// Reads a bearer token from a file given on the command line (`serve --token-file`, `tail --token-file`). The
// file holds a secret, so like ssh with private keys it is refused when group or others can read it. The token
// is one line of printable ASCII without spaces, at most 4096 bytes. Errors name the file and say what to do.
Expected<QByteArray> readTokenFile(const QString& path);

} // namespace alertdesk
