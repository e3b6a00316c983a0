#pragma once

#include <QStringList>
#include <QToolButton>
#include <QUrl>

#include "feed/FeedStats.h"

class QMenu;

namespace alertdesk::ui {

// The toolbar's feed selector: a state dot and "connected · 312 ev/s" (or "DEMO · 20 ev/s", "reconnecting…"),
// the endpoint and last error in its tooltip, and a menu to switch feeds. It shows and asks; it decides nothing.
class FeedSelectorButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedSelectorButton)

public:
    explicit FeedSelectorButton(QWidget* parent = nullptr);

    void setStats(const FeedStats& stats);
    void setRecentUrls(const QStringList& urls, const QUrl& current, bool demo);
    void setKeychainProblem(const QString& problem);
    // The text for a state, also used by tests and the status bar.
    static QString stateText(const FeedStats& stats);

signals:
    void demoRequested();
    void connectDialogRequested();
    void urlRequested(const QUrl& url);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildMenu();
    void refresh();

    QMenu* m_menu;
    FeedStats m_stats;
    QStringList m_recentUrls;
    QUrl m_current;
    bool m_demo = false;
    QString m_keychainProblem;
};

} // namespace alertdesk::ui
