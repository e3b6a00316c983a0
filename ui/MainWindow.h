#pragma once

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QKeySequence;
class QLabel;

namespace alertdesk {
class AlertStore;
class Clock;
class FeedService;
class SecretStore;
class Settings;
struct FeedStats;
} // namespace alertdesk

namespace alertdesk::ui {

class AlertDesk;
class FirstStartHint;
class ConnectionDialog;
class FeedController;
class FeedSelectorButton;
class FeedStatusPanel;
class RejectedInputsDialog;
class SettingsDialog;

// The main window composes panels and actions; it holds no logic of its own (STYLE.md): the alert table in the
// centre, the views sidebar and the detail pane as docks, the filter bar in the toolbar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(FeedService& feed, AlertStore& store, const Clock& clock, FeedController& controller,
               SecretStore& secrets, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each opens its dialog without blocking (no nested event loop) and returns it, so tests can answer it.
    ConnectionDialog* openConnectionDialog();
    RejectedInputsDialog* openRejectedInputs();
    SettingsDialog* openSettings();
    AlertDesk* desk() const { return m_desk; }
    // Places a panel (rule editor, template editor, notifications…) as a dock in the bottom area, tabbed with the
    // other panels there, toggled from the View menu by `shortcut`; hidden until first shown, then restored.
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& objectName,
                          const QKeySequence& shortcut);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createToolBar();
    void createStatusBar();
    void createDocks();
    void createCentre();
    void showAlertCounts();
    void showStats(const FeedStats& stats);
    void refreshFeedMenu();
    void showAbout();

    FeedService& m_feed;
    FeedController& m_controller;
    SecretStore& m_secrets;
    Settings& m_settings;
    FeedSelectorButton* m_feedSelector = nullptr;
    FeedStatusPanel* m_statusPanel = nullptr;
    AlertStore& m_store;
    AlertDesk* m_desk = nullptr;
    FirstStartHint* m_hint = nullptr;
    QLabel* m_alertCounts = nullptr;
    QDockWidget* m_viewsDock = nullptr;
    QDockWidget* m_detailDock = nullptr;
    QList<QDockWidget*> m_panels;
    QAction* m_focusFilterAction = nullptr;
    QAction* m_focusTableAction = nullptr;
    QAction* m_showDetailAction = nullptr;
    QAction* m_findInJsonAction = nullptr;
    QAction* m_saveViewAction = nullptr;
    QPointer<ConnectionDialog> m_connectionDialog;
    QPointer<RejectedInputsDialog> m_rejectedDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QAction* m_connectAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_rejectedAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace alertdesk::ui
