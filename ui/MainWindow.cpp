#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSizePolicy>
#include <QStatusBar>
#include <QToolBar>

#include "common/Version.h"
#include "config/Settings.h"
#include "feed/FeedService.h"
#include "ui/CentrePlaceholder.h"
#include "ui/feed/ConnectionDialog.h"
#include "ui/feed/FeedController.h"
#include "ui/feed/FeedSelectorButton.h"
#include "ui/feed/FeedStatusPanel.h"
#include "ui/feed/RejectedInputsDialog.h"
#include "ui/settings/SettingsDialog.h"

namespace alertdesk::ui {

MainWindow::MainWindow(FeedService& feed, FeedController& controller, SecretStore& secrets, Settings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_feed(feed), m_controller(controller), m_secrets(secrets), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AlertDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/alertdesk.svg")));
    createActions();
    createToolBar();
    createStatusBar();

    m_centre = new CentrePlaceholder(!m_settings.value(settings::firstStartHintDismissed), this);
    setCentralWidget(m_centre);
    connect(m_centre, &CentrePlaceholder::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_centre, &CentrePlaceholder::hintDismissed, this, [this] {
        m_settings.setValue(settings::firstStartHintDismissed, true);
        m_settings.sync();
    });

    connect(&m_feed, &FeedService::statsChanged, this, &MainWindow::showStats);
    connect(&m_controller, &FeedController::choiceChanged, this, &MainWindow::refreshFeedMenu);
    connect(&m_controller, &FeedController::keychainProblemChanged, m_feedSelector,
            &FeedSelectorButton::setKeychainProblem);
    showStats(m_feed.stats());
    refreshFeedMenu();

    resize(1100, 700);
    restoreGeometry(m_settings.value(settings::mainWindowGeometry));
    restoreState(m_settings.value(settings::mainWindowState));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_connectAction = new QAction(tr("&Connect to Feed…"), this);
    m_connectAction->setObjectName(QStringLiteral("connectToFeedAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);

    m_demoAction = new QAction(tr("Use the &Demo Feed"), this);
    m_demoAction->setObjectName(QStringLiteral("useDemoFeedAction"));
    connect(m_demoAction, &QAction::triggered, &m_controller, &FeedController::startDemo);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_rejectedAction = new QAction(tr("&Rejected Inputs…"), this);
    m_rejectedAction->setObjectName(QStringLiteral("rejectedInputsAction"));
    m_rejectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    connect(m_rejectedAction, &QAction::triggered, this, &MainWindow::openRejectedInputs);

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system"),
                                                    QIcon(QStringLiteral(":/icons/settings.svg"))),
                                   tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_aboutAction = new QAction(tr("&About AlertDesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_rejectedAction);
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_settingsAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_feedSelector = new FeedSelectorButton(bar);
    bar->addWidget(m_feedSelector);
    connect(m_feedSelector, &FeedSelectorButton::demoRequested, &m_controller, &FeedController::startDemo);
    connect(m_feedSelector, &FeedSelectorButton::connectDialogRequested, this, &MainWindow::openConnectionDialog);
    connect(m_feedSelector, &FeedSelectorButton::urlRequested, this,
            [this](const QUrl& url) { m_controller.connectTo(url); });

    // The filter bar and the views menu of UX.md go between the feed selector and the settings button.
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_settingsAction);
    if (QWidget* button = bar->widgetForAction(m_settingsAction))
        button->setObjectName(QStringLiteral("settingsToolButton"));
}

void MainWindow::createStatusBar()
{
    m_statusPanel = new FeedStatusPanel(statusBar());
    statusBar()->addWidget(m_statusPanel);
    connect(m_statusPanel, &FeedStatusPanel::rejectedInputsRequested, this, &MainWindow::openRejectedInputs);
}

void MainWindow::showStats(const FeedStats& stats)
{
    m_feedSelector->setStats(stats);
    m_statusPanel->setStats(stats);
    m_centre->setOnDemo(stats.demo || stats.state == FeedState::Stopped);
    setWindowTitle(stats.demo ? tr("AlertDesk — DEMO") : tr("AlertDesk"));
}

void MainWindow::refreshFeedMenu()
{
    m_feedSelector->setRecentUrls(m_controller.recentUrls(), m_controller.currentUrl(), m_controller.isDemo());
}

ConnectionDialog* MainWindow::openConnectionDialog()
{
    if (m_connectionDialog) {
        m_connectionDialog->raise();
        m_connectionDialog->activateWindow();
        return m_connectionDialog;
    }
    m_connectionDialog =
        new ConnectionDialog(m_secrets, m_controller.recentUrls(), m_controller.currentUrl(), this);
    m_connectionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_connectionDialog, &QDialog::accepted, this, [this, dialog = m_connectionDialog] {
        m_controller.connectTo(dialog->url(), dialog->token());
    });
    m_connectionDialog->open();
    return m_connectionDialog;
}

RejectedInputsDialog* MainWindow::openRejectedInputs()
{
    if (!m_rejectedDialog) {
        m_rejectedDialog = new RejectedInputsDialog(m_feed, this);
        m_rejectedDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_rejectedDialog->show();
    m_rejectedDialog->raise();
    m_rejectedDialog->activateWindow();
    return m_rejectedDialog;
}

SettingsDialog* MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    return m_settingsDialog;
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About AlertDesk"),
                                tr("<h3>AlertDesk %1</h3><p>A desktop console for live alerts and IM robot "
                                   "notifications.</p>")
                                    .arg(versionString()),
                                QMessageBox::Close, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->button(QMessageBox::Close)->setText(tr("Close"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(settings::mainWindowGeometry, saveGeometry());
    m_settings.setValue(settings::mainWindowState, saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace alertdesk::ui
