#include "Redaction.h"

#include <QUrlQuery>

namespace alertdesk {

namespace {

bool mayCarrySecret(const QString& name)
{
    static const char* const kSecretish[] = {"token", "sign", "key", "secret", "password", "passwd", "auth",
                                             "signature", "credential", "ticket", "session"};
    const QString lower = name.toLower();
    for (const char* part : kSecretish) {
        if (lower.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

} // namespace

QString redactUrl(const QUrl& url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto& [name, value] : items) {
            if (mayCarrySecret(name))
                value = QStringLiteral("***");
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toString(QUrl::FullyEncoded);
}

} // namespace alertdesk
