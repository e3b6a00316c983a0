#pragma once

#include <QString>
#include <QUrl>

namespace alertdesk {

// The project's one redaction function: every URL that reaches a log, a label, the status bar or an event's
// origin passes through it. It removes user info and masks the values of query items that may carry secrets
// (access_token, token, sign, key, secret, password, …); the rest stays readable.
QString redactUrl(const QUrl& url);

} // namespace alertdesk
