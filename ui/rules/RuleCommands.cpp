#include "RuleCommands.h"

#include "ui/rules/RuleListModel.h"

namespace alertdesk::ui {

InsertRuleCommand::InsertRuleCommand(RuleListModel& model, int row, EditedRule rule, const QString& text)
    : QUndoCommand(text),
      m_model(model),
      m_row(row),
      m_rule(std::move(rule))
{}

void InsertRuleCommand::redo()
{
    m_model.insertRule(m_row, m_rule);
}

void InsertRuleCommand::undo()
{
    m_model.takeRule(m_row);
}

RemoveRuleCommand::RemoveRuleCommand(RuleListModel& model, int row, const QString& text)
    : QUndoCommand(text),
      m_model(model),
      m_row(row),
      m_rule(model.rule(row))
{}

void RemoveRuleCommand::redo()
{
    m_rule = m_model.takeRule(m_row);
}

void RemoveRuleCommand::undo()
{
    m_model.insertRule(m_row, m_rule);
}

MoveRuleCommand::MoveRuleCommand(RuleListModel& model, int from, int to, const QString& text)
    : QUndoCommand(text),
      m_model(model),
      m_from(from),
      m_to(to)
{}

void MoveRuleCommand::redo()
{
    m_model.moveRule(m_from, m_to);
}

void MoveRuleCommand::undo()
{
    m_model.moveRule(m_to, m_from);
}

EditRuleCommand::EditRuleCommand(RuleListModel& model, int row, EditedRule after, int field, const QString& text)
    : QUndoCommand(text),
      m_model(model),
      m_row(row),
      m_before(model.rule(row)),
      m_after(std::move(after)),
      m_field(field)
{}

void EditRuleCommand::redo()
{
    m_model.replaceRule(m_row, m_after);
}

void EditRuleCommand::undo()
{
    m_model.replaceRule(m_row, m_before);
}

bool EditRuleCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const EditRuleCommand*>(other);
    if (edit->m_row != m_row || edit->m_field != m_field || m_field < 0)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace alertdesk::ui
