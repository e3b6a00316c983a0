#include "RulesPanelSetup.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>

#include "rules/PatternDraft.h"
#include "rules/RecentEvents.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/MainWindow.h"
#include "ui/Palette.h"
#include "ui/rules/RulesPanel.h"

namespace alertdesk::ui {

namespace {

// The current alert's fields as the table keeps them; false when there is no current alert.
bool currentAlert(const AlertDesk& desk, const AlertStore& store, rules::DraftFields& fields, QString& title)
{
    const qint64 alertId = desk.currentAlertId();
    const AlertTable& table = store.table();
    const std::optional<quint32> index = alertId > 0 ? table.findAlertId(alertId) : std::nullopt;
    if (!index)
        return false;
    const AlertRow& row = table.row(*index);
    fields.source = table.pool().text(row.source);
    fields.type = table.pool().text(row.type);
    fields.region = table.pool().text(row.region);
    fields.subject = row.fieldText(RowField::Subject);
    fields.fingerprint = row.fieldText(RowField::Fingerprint);
    title = row.fieldText(RowField::Title);
    if (title.isEmpty())
        title = fields.type;
    return true;
}

// Unsaved rules are not lost silently when the window closes: the panel asks first (a cancelled answer keeps
// the window open, and MainWindow's own closeEvent then does not run).
class CloseGuard final : public QObject
{
    Q_DISABLE_COPY_MOVE(CloseGuard)

public:
    CloseGuard(RulesPanel& panel, QObject* parent) : QObject(parent), m_panel(panel) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Close && !m_panel.allowClose()) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    RulesPanel& m_panel;
};

} // namespace

RulesPanel* installRulesPanel(MainWindow& window, AlertStore& store, rules::RecentEvents& recent, RulesFile& rulesFile)
{
    auto* panel = new RulesPanel(rulesFile, recent);
    panel->setDark(isDark(window.palette()));
    QDockWidget* dock = window.addPanel(panel, RulesPanel::tr("Rules"), QStringLiteral("rulesDock"),
                                        QKeySequence(Qt::CTRL | Qt::Key_4));

    auto* fromAlert = new QAction(RulesPanel::tr("New &Rule from This Alert…"), &window);
    fromAlert->setObjectName(QStringLiteral("newRuleFromAlertAction"));
    AlertDesk* desk = window.desk();
    QObject::connect(fromAlert, &QAction::triggered, panel, [panel, dock, desk, &store, &recent] {
        rules::DraftFields fields;
        QString title;
        if (!currentAlert(*desk, store, fields, title))
            return;
        dock->show();
        dock->raise();
        panel->newRuleFromAlert(fields, recent.latestJson(fields.fingerprint).value_or(QByteArray()), title);
    });
    window.installEventFilter(new CloseGuard(*panel, panel));
    desk->table()->addAlertActionSeparator();
    desk->table()->addAlertAction(fromAlert);
    return panel;
}

} // namespace alertdesk::ui
