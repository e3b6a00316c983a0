#pragma once

#include <QMainWindow>
#include <QPointer>

namespace alertdesk {
class FeedService;
class SecretStore;
class Settings;
struct FeedStats;
} // namespace alertdesk

namespace alertdesk::ui {

class CentrePlaceholder;
class ConnectionDialog;
class FeedController;
class FeedSelectorButton;
class FeedStatusPanel;
class RejectedInputsDialog;
class SettingsDialog;

// The main window composes panels and actions; it holds no logic of its own (STYLE.md). The centre is a
// placeholder that the alert table of "Foundation II" replaces.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(FeedService& feed, FeedController& controller, SecretStore& secrets, Settings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each opens its dialog without blocking (no nested event loop) and returns it, so tests can answer it.
    ConnectionDialog* openConnectionDialog();
    RejectedInputsDialog* openRejectedInputs();
    SettingsDialog* openSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createToolBar();
    void createStatusBar();
    void showStats(const FeedStats& stats);
    void refreshFeedMenu();
    void showAbout();

    FeedService& m_feed;
    FeedController& m_controller;
    SecretStore& m_secrets;
    Settings& m_settings;
    FeedSelectorButton* m_feedSelector = nullptr;
    FeedStatusPanel* m_statusPanel = nullptr;
    CentrePlaceholder* m_centre = nullptr;
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
