#include "RuleDocument.h"

#include <QUndoStack>

#include "ui/rules/RuleCommands.h"
#include "ui/rules/RuleListModel.h"

namespace alertdesk::ui {

RuleDocument::RuleDocument(QObject* parent)
    : QObject(parent),
      m_model(new RuleListModel(this)),
      m_stack(new QUndoStack(this))
{
    connect(m_model, &RuleListModel::enabledToggled, this, &RuleDocument::setEnabled);
}

RuleDocument::~RuleDocument() = default;

int RuleDocument::count() const
{
    return m_model->rowCount();
}

bool RuleDocument::isModified() const
{
    return !m_stack->isClean();
}

void RuleDocument::load(const rules::RuleSet& set)
{
    std::vector<EditedRule> edited;
    edited.reserve(set.rules.size());
    for (const rules::RuleSet::Rule& rule : set.rules)
        edited.push_back(EditedRule::fromRule(rule));
    m_stack->clear();
    m_model->resetRules(std::move(edited));
    m_stack->setClean();
}

Expected<rules::RuleSet> RuleDocument::toRuleSet() const
{
    rules::RuleSet set;
    for (int row = 0; row < count(); ++row) {
        Expected<rules::RuleSet::Rule> rule = m_model->rule(row).toRule();
        if (!rule) {
            Error error = rule.error();
            error.message = tr("Rule “%1”: %2").arg(m_model->rule(row).rule.name, error.message);
            if (error.where.startsWith(u'$'))
                error.where.replace(0, 1, QStringLiteral("$.rules[%1].pattern").arg(row));
            return std::unexpected(error);
        }
        set.rules.push_back(std::move(*rule));
    }
    return set;
}

void RuleDocument::markSaved()
{
    m_stack->setClean();
}

void RuleDocument::setEnabled(int row, bool enabled)
{
    EditedRule changed = m_model->rule(row);
    if (changed.rule.enabled == enabled)
        return;
    changed.rule.enabled = enabled;
    const QString text = enabled ? tr("Enable “%1”").arg(changed.rule.name) : tr("Disable “%1”").arg(changed.rule.name);
    m_stack->push(new EditRuleCommand(*m_model, row, std::move(changed), -1, text));
}

void RuleDocument::moveRule(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= count() || to >= count())
        return;
    m_stack->push(new MoveRuleCommand(*m_model, from, to, tr("Move “%1”").arg(m_model->rule(from).rule.name)));
}

int RuleDocument::addRule(const QString& name, const QString& patternText)
{
    EditedRule rule;
    rule.rule.id = unusedId();
    rule.rule.name = name;
    rule.setPatternText(patternText);
    const int row = count();
    m_stack->push(new InsertRuleCommand(*m_model, row, std::move(rule), tr("New rule “%1”").arg(name)));
    return row;
}

int RuleDocument::duplicateRule(int row)
{
    EditedRule copy = m_model->rule(row);
    copy.rule.id = unusedId();
    copy.rule.name = tr("%1 (copy)").arg(copy.rule.name);
    m_stack->push(new InsertRuleCommand(*m_model, row + 1, std::move(copy),
                                        tr("Duplicate “%1”").arg(m_model->rule(row).rule.name)));
    return row + 1;
}

void RuleDocument::removeRule(int row)
{
    m_stack->push(new RemoveRuleCommand(*m_model, row, tr("Delete “%1”").arg(m_model->rule(row).rule.name)));
}

void RuleDocument::editRule(int row, EditedRule changed, Field field)
{
    if (changed == m_model->rule(row))
        return;
    const QString name = changed.rule.name;
    // A checkbox click is a step of its own; typing in one field merges.
    const bool toggle = field == Field::Enabled || field == Field::SendResolved;
    m_stack->push(
        new EditRuleCommand(*m_model, row, std::move(changed), toggle ? -1 : int(field), tr("Edit “%1”").arg(name)));
}

QString RuleDocument::unusedId() const
{
    for (int n = count() + 1;; ++n) {
        const QString id = QStringLiteral("rule-%1").arg(n);
        if (m_model->rowOf(id) < 0)
            return id;
    }
}

} // namespace alertdesk::ui
