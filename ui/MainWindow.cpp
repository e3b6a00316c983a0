#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSizePolicy>
#include <QStatusBar>
#include <QToolBar>

#include "common/Version.h"
#include "config/Settings.h"
#include "feed/FeedService.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/FirstStartHint.h"
#include "ui/Palette.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/alerts/DetailPane.h"
#include "ui/alerts/FilterBar.h"
#include "ui/alerts/ViewsSidebar.h"
#include "ui/feed/ConnectionDialog.h"
#include "ui/feed/FeedController.h"
#include "ui/feed/FeedSelectorButton.h"
#include "ui/feed/FeedStatusPanel.h"
#include "ui/feed/RejectedInputsDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/templates/TemplatesPanel.h"

namespace alertdesk::ui {

MainWindow::MainWindow(FeedService& feed, AlertStore& store, const Clock& clock, FeedController& controller,
                       SecretStore& secrets, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_feed(feed), m_controller(controller), m_secrets(secrets), m_settings(settings),
      m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AlertDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/alertdesk.svg")));
    m_desk = new AlertDesk(store, clock, settings, this);
    createActions();
    createToolBar();
    createStatusBar();
    createCentre();
    createDocks();
    TemplatesPanel::install(*this, store, clock, settings); // Templates panel (Ctrl+5) and Ctrl+T in the table
    connect(m_desk, &AlertDesk::detailRequested, this, [this] {
        m_detailDock->show();
        m_detailDock->raise();
    });
    connect(m_desk->model(), &AlertTableModel::countsChanged, this, &MainWindow::showAlertCounts);

    connect(&m_feed, &FeedService::statsChanged, this, &MainWindow::showStats);
    connect(&m_controller, &FeedController::choiceChanged, this, &MainWindow::refreshFeedMenu);
    connect(&m_controller, &FeedController::keychainProblemChanged, m_feedSelector,
            &FeedSelectorButton::setKeychainProblem);
    showStats(m_feed.stats());
    refreshFeedMenu();

    resize(1280, 760);
    restoreGeometry(m_settings.value(settings::mainWindowGeometry));
    restoreState(m_settings.value(settings::mainWindowState));
    m_desk->restoreState();
    m_desk->model()->setDark(isDark(palette()));
}

void MainWindow::createCentre()
{
    auto* centre = new QWidget(this);
    centre->setObjectName(QStringLiteral("alertCentre"));
    m_hint = new FirstStartHint(!m_settings.value(settings::firstStartHintDismissed), centre);
    connect(m_hint, &FirstStartHint::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_hint, &FirstStartHint::dismissed, this, [this] {
        m_settings.setValue(settings::firstStartHintDismissed, true);
        m_settings.sync();
    });
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_hint);
    layout->addWidget(m_desk->table(), 1);
    setCentralWidget(centre);
}

void MainWindow::createDocks()
{
    m_viewsDock = new QDockWidget(tr("Views"), this);
    m_viewsDock->setObjectName(QStringLiteral("viewsDock"));
    m_viewsDock->setWidget(m_desk->sidebar());
    m_viewsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_viewsDock);
    m_detailDock = new QDockWidget(tr("Detail"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_desk->detail());
    m_detailDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    resizeDocks({m_viewsDock, m_detailDock}, {fontMetrics().averageCharWidth() * 22, fontMetrics().averageCharWidth() * 46},
                Qt::Horizontal);

    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    QAction* views = m_viewsDock->toggleViewAction();
    views->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* detail = m_detailDock->toggleViewAction();
    detail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->insertActions(m_rejectedAction, {m_focusFilterAction, m_focusTableAction, views, detail,
                                           m_showDetailAction, m_findInJsonAction, m_saveViewAction});
    view->insertSeparator(m_rejectedAction);
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const QString& objectName,
                                  const QKeySequence& shortcut)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (!m_panels.isEmpty())
        tabifyDockWidget(m_panels.constLast(), dock);
    m_panels.append(dock);
    // Shown on request, not on the first start; restoreState() brings back what the operator left open.
    dock->hide();
    restoreState(m_settings.value(settings::mainWindowState));
    QAction* toggle = dock->toggleViewAction();
    toggle->setShortcut(shortcut);
    connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
        if (shown)
            dock->raise();
    });
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")))
        view->insertAction(m_showDetailAction, toggle);
    return dock;
}

void MainWindow::showAlertCounts()
{
    const AlertTable& table = m_store.table();
    const QLocale locale;
    const qint64 firing = m_desk->sidebar()->countOf(QStringLiteral("firing"));
    QString text = tr("%Ln alert(s)", nullptr, int(table.liveCount()));
    if (firing >= 0)
        text += QStringLiteral(" · ") + tr("%1 firing").arg(locale.toString(firing));
    m_alertCounts->setText(text);
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
    m_focusFilterAction = new QAction(tr("&Filter Alerts"), this);
    m_focusFilterAction->setObjectName(QStringLiteral("focusFilterAction"));
    m_focusFilterAction->setShortcut(QKeySequence::Find);
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_desk->filterBar()->edit()->setFocus(Qt::ShortcutFocusReason);
        m_desk->filterBar()->edit()->selectAll();
    });
    m_focusTableAction = new QAction(tr("Alert &Table"), this);
    m_focusTableAction->setObjectName(QStringLiteral("focusTableAction"));
    m_focusTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusTableAction, &QAction::triggered, this,
            [this] { m_desk->table()->setFocus(Qt::ShortcutFocusReason); });
    m_showDetailAction = new QAction(tr("Show Alert &Detail"), this);
    m_showDetailAction->setObjectName(QStringLiteral("showDetailAction"));
    m_showDetailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_showDetailAction, &QAction::triggered, this, [this] {
        m_detailDock->show();
        m_desk->detail()->tabs()->setFocus(Qt::ShortcutFocusReason);
    });
    m_findInJsonAction = new QAction(tr("Find in &JSON"), this);
    m_findInJsonAction->setObjectName(QStringLiteral("findInJsonAction"));
    m_findInJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_findInJsonAction, &QAction::triggered, this, [this] {
        m_detailDock->show();
        m_desk->detail()->focusJsonSearch();
    });
    m_saveViewAction = new QAction(tr("&Save View…"), this);
    m_saveViewAction->setObjectName(QStringLiteral("saveViewAction"));
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveViewAction, &QAction::triggered, m_desk, &AlertDesk::askToSaveView);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
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

    bar->addSeparator();
    m_desk->filterBar()->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(m_desk->filterBar());
    bar->addAction(m_settingsAction);
    if (QWidget* button = bar->widgetForAction(m_settingsAction))
        button->setObjectName(QStringLiteral("settingsToolButton"));
}

void MainWindow::createStatusBar()
{
    m_statusPanel = new FeedStatusPanel(statusBar());
    statusBar()->addWidget(m_statusPanel);
    m_alertCounts = new QLabel(statusBar());
    m_alertCounts->setObjectName(QStringLiteral("alertCountLabel"));
    statusBar()->addPermanentWidget(m_alertCounts);
    connect(m_statusPanel, &FeedStatusPanel::rejectedInputsRequested, this, &MainWindow::openRejectedInputs);
}

void MainWindow::showStats(const FeedStats& stats)
{
    m_feedSelector->setStats(stats);
    m_statusPanel->setStats(stats);
    m_hint->setOnDemo(stats.demo || stats.state == FeedState::Stopped);
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

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_desk->model()->setDark(isDark(palette()));
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(settings::mainWindowGeometry, saveGeometry());
    m_settings.setValue(settings::mainWindowState, saveState());
    m_desk->saveState();
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace alertdesk::ui
