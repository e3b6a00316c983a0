#include "SecretStore.h"

namespace alertdesk {

QString feedTokenKey(const QUrl& feedUrl)
{
    const QUrl plain = feedUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    return QStringLiteral("feed-token:") + plain.toString(QUrl::FullyEncoded);
}

} // namespace alertdesk
