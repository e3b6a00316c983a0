#pragma once

#include <QUndoCommand>

#include "ui/rules/EditedRule.h"

namespace alertdesk::ui {

class RuleListModel;

// The undoable changes to the rule list (RuleDocument pushes them). Each keeps exactly what it needs to restore
// the list as it was: rows are valid because the stack undoes in order.

class InsertRuleCommand final : public QUndoCommand
{
public:
    InsertRuleCommand(RuleListModel& model, int row, EditedRule rule, const QString& text);
    void redo() override;
    void undo() override;

private:
    RuleListModel& m_model;
    int m_row;
    EditedRule m_rule;
};

class RemoveRuleCommand final : public QUndoCommand
{
public:
    RemoveRuleCommand(RuleListModel& model, int row, const QString& text);
    void redo() override;
    void undo() override;

private:
    RuleListModel& m_model;
    int m_row;
    EditedRule m_rule;
};

class MoveRuleCommand final : public QUndoCommand
{
public:
    MoveRuleCommand(RuleListModel& model, int from, int to, const QString& text);
    void redo() override;
    void undo() override;

private:
    RuleListModel& m_model;
    int m_from;
    int m_to;
};

// Replaces a rule with an edited copy. Successive edits of the same field of the same rule (typing a name or a
// pattern) merge into one step, as a text editor's typing does.
class EditRuleCommand final : public QUndoCommand
{
public:
    // `field` ≥ 0 names the field for merging; -1 never merges (a checkbox click is a step of its own).
    EditRuleCommand(RuleListModel& model, int row, EditedRule after, int field, const QString& text);
    void redo() override;
    void undo() override;
    int id() const override { return m_field >= 0 ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    RuleListModel& m_model;
    int m_row;
    EditedRule m_before;
    EditedRule m_after;
    int m_field;
};

} // namespace alertdesk::ui
