#include "ui/acks/AckController.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>

#include "common/Clock.h"
#include "store/AckStore.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "store/SilenceDraft.h"
#include "ui/acks/AcknowledgeDialog.h"
#include "ui/acks/OperatorName.h"
#include "ui/acks/SilenceDialog.h"
#include "ui/acks/SilencesPanel.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/alerts/DetailPane.h"
#include "ui/alerts/FilterBar.h"
#include "ui/MainWindow.h"

namespace alertdesk::ui {

namespace {

// The menu bar's Alert menu (actions on the selected alerts), made by whoever needs it first, before Tools.
QMenu* alertMenu(MainWindow& window)
{
    if (auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("alertMenu")))
        return menu;
    auto* menu = new QMenu(AckController::tr("&Alert"), window.menuBar());
    menu->setObjectName(QStringLiteral("alertMenu"));
    QAction* before = nullptr;
    if (auto* view = window.menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        const QList<QAction*> top = window.menuBar()->actions();
        const qsizetype at = top.indexOf(view->menuAction());
        before = at >= 0 && at + 1 < top.size() ? top.at(at + 1) : nullptr;
    }
    window.menuBar()->insertMenu(before, menu);
    return menu;
}

} // namespace

AckController::AckController(AckStore& acks, MainWindow& window)
    : QObject(&window),
      m_acks(acks),
      m_window(window),
      m_desk(*window.desk())
{
    m_desk.model()->setAckStore(&acks);
    createActions();
    m_panel = new SilencesPanel(acks, &window);
    m_dock =
        window.addPanel(m_panel, tr("Silences"), QStringLiteral("silencesDock"), QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(m_panel, &SilencesPanel::newSilenceRequested, this, [this] { openSilenceDialog(); });
    connect(m_panel, &SilencesPanel::showAlertsRequested, this, [this](const QString& matchers) {
        m_desk.filterBar()->setText(matchers);
        m_desk.table()->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_acks, &AckStore::timelineWritten, this, &AckController::reloadDetail);
    connect(m_desk.table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AckController::updateActions);
    connect(m_desk.table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AckController::updateActions);
    connect(&m_acks, &AckStore::acknowledgementsChanged, this, &AckController::updateActions);
    updateActions();
}

void AckController::createActions()
{
    m_acknowledge = new QAction(tr("&Acknowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAction"));
    m_acknowledge->setShortcut(QKeySequence(Qt::Key_A));
    m_acknowledge->setToolTip(tr("Acknowledge the selected alerts: no repeat notifications while acknowledged"));
    connect(m_acknowledge, &QAction::triggered, this, [this] { openAcknowledgeDialog(); });

    m_unacknowledge = new QAction(tr("&Unacknowledge"), this);
    m_unacknowledge->setObjectName(QStringLiteral("unacknowledgeAction"));
    m_unacknowledge->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    connect(m_unacknowledge, &QAction::triggered, this, &AckController::unacknowledgeSelected);

    m_silence = new QAction(tr("&Silence…"), this);
    m_silence->setObjectName(QStringLiteral("silenceAction"));
    m_silence->setShortcut(QKeySequence(Qt::Key_S));
    m_silence->setToolTip(tr("Silence alerts like the selected ones for a while: no notifications for them"));
    connect(m_silence, &QAction::triggered, this, [this] { openSilenceDialog(); });

    AlertTableView* table = m_desk.table();
    table->addAlertActionSeparator();
    QMenu* menu = alertMenu(m_window);
    for (QAction* action : {m_acknowledge, m_unacknowledge, m_silence}) {
        table->addAlertAction(action);
        menu->addAction(action);
    }
}

QList<qint64> AckController::selection() const
{
    return m_desk.selectedAlertIds();
}

void AckController::updateActions()
{
    const QList<qint64> ids = selection();
    bool anyAcked = false;
    for (const qint64 id : ids)
        anyAcked = anyAcked || m_acks.acknowledgement(id).has_value();
    m_acknowledge->setEnabled(!ids.isEmpty());
    m_unacknowledge->setEnabled(anyAcked);
    // A silence can be written from nothing, too (the panel's New Silence); from the table it starts from a row.
    m_silence->setEnabled(!ids.isEmpty());
}

AcknowledgeDialog* AckController::openAcknowledgeDialog()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return nullptr;
    if (m_ackDialog)
        m_ackDialog->close();
    m_ackDialog = new AcknowledgeDialog(int(ids.size()), &m_window);
    m_ackDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ackDialog, &QDialog::accepted, this, [this, ids, dialog = m_ackDialog.data()] {
        m_acks.acknowledge(ids, dialog->actor(), dialog->note(), dialog->durationMs());
    });
    m_ackDialog->open();
    return m_ackDialog;
}

void AckController::unacknowledgeSelected()
{
    m_acks.unacknowledge(selection(), operatorName());
}

SilenceDialog* AckController::openSilenceDialog()
{
    QList<quint32> rows;
    const AlertTable& table = m_acks.alertStore().table();
    for (const qint64 id : selection()) {
        if (const auto row = table.findAlertId(id))
            rows.append(*row);
    }
    if (m_silenceDialog)
        m_silenceDialog->close();
    m_silenceDialog = new SilenceDialog(m_acks, silenceMatchersFor(table, rows), &m_window);
    m_silenceDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_silenceDialog, &QDialog::accepted, this, [this, dialog = m_silenceDialog.data()] {
        const qint64 now = m_acks.clock().nowMs();
        const auto added = m_acks.addSilence(dialog->matchers(), dialog->actor(), dialog->note(), now,
                                             now + dialog->durationMs().value_or(0));
        if (added)
            m_panel->selectSilence(added->uid);
    });
    m_silenceDialog->open();
    return m_silenceDialog;
}

void AckController::reloadDetail(const QList<qint64>& alertIds)
{
    DetailPane* detail = m_desk.detail();
    if (detail->alertId() >= 0 && alertIds.contains(detail->alertId()))
        detail->showAlert(detail->alertId());
}

} // namespace alertdesk::ui
