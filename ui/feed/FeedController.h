#pragma once

#include <optional>

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace alertdesk {
class FeedService;
class SecretStore;
class Settings;
} // namespace alertdesk

namespace alertdesk::ui {

// Decides which feed runs and remembers the operator's last choice (demo or a URL, plus recent URLs) in the
// settings. A feed's token never passes through here into a file: it comes from the connection dialog or from
// the keychain and goes straight to the FeedService.
class FeedController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedController)

public:
    FeedController(FeedService& feed, SecretStore& secrets, Settings& settings, QObject* parent = nullptr);

    void startDemo();
    // Without a token, the one saved in the keychain for this URL is used (if any).
    void connectTo(const QUrl& url, const std::optional<QByteArray>& token = std::nullopt);
    // At start: the remembered URL when the last choice was a URL, else the demo feed.
    void restoreLastChoice();

    bool isDemo() const { return m_demo; }
    QUrl currentUrl() const { return m_url; }
    QStringList recentUrls() const;
    QString keychainProblem() const { return m_keychainProblem; }

signals:
    void choiceChanged();
    // The keychain could not be read for the feed's token; the feed was started without one.
    void keychainProblemChanged(const QString& problem);

private:
    void remember(const QUrl& url);
    void setKeychainProblem(const QString& problem);

    FeedService& m_feed;
    SecretStore& m_secrets;
    Settings& m_settings;
    bool m_demo = false;
    QUrl m_url;
    quint64 m_generation = 0;   // a late keychain answer for an earlier choice is ignored
    QString m_keychainProblem;
};

} // namespace alertdesk::ui
