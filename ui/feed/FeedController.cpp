#include "FeedController.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "config/Settings.h"
#include "feed/FeedService.h"
#include "secrets/SecretStore.h"

namespace alertdesk::ui {

FeedController::FeedController(FeedService& feed, SecretStore& secrets, Settings& settings, QObject* parent)
    : QObject(parent), m_feed(feed), m_secrets(secrets), m_settings(settings)
{
}

void FeedController::startDemo()
{
    ++m_generation;
    m_demo = true;
    m_url.clear();
    m_settings.setValue(settings::feedMode, QStringLiteral("demo"));
    m_settings.sync();
    setKeychainProblem({});
    m_feed.startDemo(m_settings.value(settings::demoRate));
    emit choiceChanged();
}

void FeedController::connectTo(const QUrl& url, const std::optional<QByteArray>& token)
{
    const quint64 generation = ++m_generation;
    m_demo = false;
    m_url = url;
    remember(url);
    emit choiceChanged();
    if (token) {
        setKeychainProblem({});
        m_feed.startWebSocket(url, *token);
        return;
    }
    m_secrets.read(feedTokenKey(url), this, [this, url, generation](Expected<std::optional<QByteArray>> stored) {
        if (generation != m_generation)
            return;
        if (!stored) {
            setKeychainProblem(stored.error().message);
            qCWarning(lcSecrets) << "starting" << redactUrl(url) << "without its token:" << stored.error().message;
        } else {
            setKeychainProblem({});
        }
        m_feed.startWebSocket(url, stored && stored->has_value() ? **stored : QByteArray());
    });
}

void FeedController::restoreLastChoice()
{
    const QUrl url(m_settings.value(settings::feedUrl));
    if (m_settings.value(settings::feedMode) == QLatin1String("url") && url.isValid() && !url.isEmpty())
        connectTo(url);
    else
        startDemo();
}

QStringList FeedController::recentUrls() const
{
    return m_settings.value(settings::recentFeedUrls);
}

void FeedController::remember(const QUrl& url)
{
    const QString text = url.toString();
    QStringList recent = recentUrls();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > settings::maxRecentFeedUrls)
        recent.removeLast();
    m_settings.setValue(settings::feedMode, QStringLiteral("url"));
    m_settings.setValue(settings::feedUrl, text);
    m_settings.setValue(settings::recentFeedUrls, recent);
    m_settings.sync();
}

void FeedController::setKeychainProblem(const QString& problem)
{
    if (problem == m_keychainProblem)
        return;
    m_keychainProblem = problem;
    emit keychainProblemChanged(problem);
}

} // namespace alertdesk::ui
