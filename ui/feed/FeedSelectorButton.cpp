#include "FeedSelectorButton.h"

#include <QEvent>
#include <QLocale>
#include <QMenu>

#include "common/Redaction.h"
#include "ui/Palette.h"

namespace alertdesk::ui {

namespace {

QString rateText(double eventsPerSecond)
{
    return QLocale().toString(eventsPerSecond, 'f', eventsPerSecond > 0 && eventsPerSecond < 10 ? 1 : 0);
}

} // namespace

FeedSelectorButton::FeedSelectorButton(QWidget* parent)
    : QToolButton(parent), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("feedSelectorButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("feedSelectorMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &FeedSelectorButton::rebuildMenu);
    setAccessibleName(tr("Feed"));
    refresh();
}

QString FeedSelectorButton::stateText(const FeedStats& stats)
{
    switch (stats.state) {
    case FeedState::Connected:
        return stats.demo ? tr("DEMO · %1 ev/s").arg(rateText(stats.eventsPerSecond))
                          : tr("connected · %1 ev/s").arg(rateText(stats.eventsPerSecond));
    case FeedState::Connecting:
        return stats.demo ? tr("DEMO · starting…") : tr("connecting…");
    case FeedState::Reconnecting:
        return tr("reconnecting…");
    case FeedState::Stopped:
        break;
    }
    return tr("no feed");
}

void FeedSelectorButton::setStats(const FeedStats& stats)
{
    m_stats = stats;
    refresh();
}

void FeedSelectorButton::setRecentUrls(const QStringList& urls, const QUrl& current, bool demo)
{
    m_recentUrls = urls;
    m_current = current;
    m_demo = demo;
}

void FeedSelectorButton::setKeychainProblem(const QString& problem)
{
    m_keychainProblem = problem;
    refresh();
}

void FeedSelectorButton::changeEvent(QEvent* event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        refresh();
}

void FeedSelectorButton::refresh()
{
    const bool connected = m_stats.state == FeedState::Connected;
    setIcon(stateDot(feedStateColour(m_stats.state, m_stats.demo, isDark(palette())), connected));
    setText(stateText(m_stats));

    QStringList tip;
    tip << (m_stats.demo ? tr("Built-in demo feed: generated events, not real alerts.")
                         : tr("Endpoint: %1").arg(m_stats.endpoint.isEmpty() ? tr("none") : m_stats.endpoint));
    if (!m_stats.lastError.isEmpty())
        tip << tr("Last error: %1").arg(m_stats.lastError);
    if (!m_keychainProblem.isEmpty())
        tip << tr("Token: %1").arg(m_keychainProblem);
    tip << tr("Click to choose a feed.");
    setToolTip(tip.join(QLatin1Char('\n')));
    setAccessibleDescription(tip.join(QLatin1Char(' ')));
}

void FeedSelectorButton::rebuildMenu()
{
    m_menu->clear();
    QAction* demo = m_menu->addAction(tr("&Demo Feed"), this, &FeedSelectorButton::demoRequested);
    demo->setObjectName(QStringLiteral("demoFeedAction"));
    demo->setCheckable(true);
    demo->setChecked(m_demo);
    QAction* connectAction =
        m_menu->addAction(tr("&Connect to Feed…"), this, &FeedSelectorButton::connectDialogRequested);
    connectAction->setObjectName(QStringLiteral("connectToFeedMenuAction"));
    if (m_recentUrls.isEmpty())
        return;
    m_menu->addSection(tr("Recent Feeds"));
    for (const QString& text : std::as_const(m_recentUrls)) {
        const QUrl url(text);
        QAction* action = m_menu->addAction(redactUrl(url), this, [this, url] { emit urlRequested(url); });
        action->setCheckable(true);
        action->setChecked(!m_demo && url == m_current);
    }
}

} // namespace alertdesk::ui
