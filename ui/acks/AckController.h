#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace alertdesk {
class AckStore;
}

namespace alertdesk::ui {

class AcknowledgeDialog;
class AlertDesk;
class MainWindow;
class SilenceDialog;
class SilencesPanel;

// Acknowledge and silence in the desk (issue 4, UX.md): "Acknowledge…" (A), "Unacknowledge" and "Silence…" (S)
// on the selected alerts in the table's context menu and the Alert menu; the Silences panel (Ctrl+7); the
// table's badges and tooltips; the detail pane's timeline reloaded when entries are written. Dialogs open
// without blocking and are returned, so tests (and keyboard users) answer them like any window.
class AckController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AckController)

public:
    AckController(AckStore& acks, MainWindow& window);

    AcknowledgeDialog* openAcknowledgeDialog();
    SilenceDialog* openSilenceDialog();
    void unacknowledgeSelected();
    SilencesPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    QAction* acknowledgeAction() const { return m_acknowledge; }
    QAction* silenceAction() const { return m_silence; }

private:
    void createActions();
    void updateActions();
    void reloadDetail(const QList<qint64>& alertIds);
    QList<qint64> selection() const;

    AckStore& m_acks;
    MainWindow& m_window;
    AlertDesk& m_desk;
    SilencesPanel* m_panel = nullptr;
    QDockWidget* m_dock = nullptr;
    QAction* m_acknowledge = nullptr;
    QAction* m_unacknowledge = nullptr;
    QAction* m_silence = nullptr;
    QPointer<AcknowledgeDialog> m_ackDialog;
    QPointer<SilenceDialog> m_silenceDialog;
};

} // namespace alertdesk::ui
