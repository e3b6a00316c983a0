#pragma once

#include <optional>

#include <QMessageBox>
#include <QWidget>

#include "common/Error.h"
#include "rules/PatternDraft.h"

class QAction;
class QLabel;
class QListView;
class QSplitter;

namespace alertdesk {
class RulesFile;
}
namespace alertdesk::rules {
class RecentEvents;
}

namespace alertdesk::ui {

class PatternEditor;
class RuleDocument;
class RuleForm;
class RuleTestPanel;

// The Rules panel: the routing rules in order (enable, reorder, new, duplicate, delete), the selected rule's
// fields, its pattern with live validation, and the live test against recent events. Every change is an undo
// step; rules.json is written when the operator saves (Ctrl+S), not on every keystroke: a pattern or a policy
// half typed would otherwise route live alerts, and undo would rewrite the file the router follows.
class RulesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPanel)

public:
    RulesPanel(RulesFile& file, rules::RecentEvents& recent, QWidget* parent = nullptr);
    ~RulesPanel() override;

    RuleDocument* document() const { return m_document; }
    PatternEditor* patternEditor() const { return m_pattern; }
    RuleTestPanel* testPanel() const { return m_test; }
    RuleForm* form() const { return m_form; }
    QListView* ruleList() const { return m_list; }
    int currentRow() const;
    void setCurrentRow(int row);

    // Shows the rule set in force (RulesFile's), dropping unsaved edits and the undo history.
    void reload();
    // Writes rules.json; refused while a pattern has an error (the message names the rule and the place).
    Expected<void> save();
    // A new rule whose pattern matches alerts like the given one (PatternDraft), selected, its name focused.
    void newRuleFromAlert(const rules::DraftFields& fields, const QByteArray& eventJson, const QString& name);
    void setDark(bool dark);
    // Asked when the main window closes: true when it may (nothing unsaved, saved now, or discarded). Unsaved
    // rules ask Save / Discard / Cancel; a test answers through setNextCloseAnswer() instead of the dialog.
    bool allowClose();
    void setNextCloseAnswer(QMessageBox::StandardButton answer) { m_nextCloseAnswer = answer; }

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* saveAction() const { return m_save; }
    QAction* newAction() const { return m_new; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* moveUpAction() const { return m_moveUp; }
    QAction* moveDownAction() const { return m_moveDown; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createLayout();
    void showCurrentRule();
    void updateActions();
    void showStatus(const QString& text, bool problem = false);
    void moveCurrent(int delta);
    void fileChanged();

    RulesFile& m_file;
    bool m_saving = false;
    rules::RecentEvents& m_recent;
    RuleDocument* m_document;
    QListView* m_list = nullptr;
    RuleForm* m_form = nullptr;
    PatternEditor* m_pattern = nullptr;
    RuleTestPanel* m_test = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_save = nullptr;
    QAction* m_new = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QString m_shownRuleId;
    std::optional<QMessageBox::StandardButton>
        m_nextCloseAnswer; // the rule the form and editor show, to tell a new selection from an edit
};

} // namespace alertdesk::ui
