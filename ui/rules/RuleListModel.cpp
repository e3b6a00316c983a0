#include "RuleListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace alertdesk::ui {

RuleListModel::RuleListModel(QObject* parent) : QAbstractListModel(parent) {}

int RuleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant RuleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EditedRule& edited = m_rules[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return edited.rule.name;
    case Qt::CheckStateRole:
        return edited.rule.enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (!edited.patternValid)
            return tr("The pattern has an error; the rule cannot be saved until it is fixed.");
        return edited.rule.description.isEmpty() ? edited.rule.name : edited.rule.description;
    case Qt::DecorationRole:
        // Shape, not only colour: a warning sign beside a rule whose pattern does not compile.
        if (!edited.patternValid)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case RuleIdRole:
        return edited.rule.id;
    case PatternValidRole:
        return edited.patternValid;
    default:
        return {};
    }
}

bool RuleListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    if (enabled != m_rules[size_t(index.row())].rule.enabled)
        emit enabledToggled(index.row(), enabled);
    return true;
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

int RuleListModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].rule.id == id)
            return int(i);
    }
    return -1;
}

void RuleListModel::resetRules(std::vector<EditedRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

void RuleListModel::insertRule(int row, EditedRule rule)
{
    beginInsertRows({}, row, row);
    m_rules.insert(m_rules.begin() + row, std::move(rule));
    endInsertRows();
}

EditedRule RuleListModel::takeRule(int row)
{
    beginRemoveRows({}, row, row);
    EditedRule rule = std::move(m_rules[size_t(row)]);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    return rule;
}

void RuleListModel::moveRule(int from, int to)
{
    if (from == to)
        return;
    // beginMoveRows counts the destination before the move: moving down by one means "before row to + 1".
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    EditedRule rule = std::move(m_rules[size_t(from)]);
    m_rules.erase(m_rules.begin() + from);
    m_rules.insert(m_rules.begin() + to, std::move(rule));
    endMoveRows();
}

void RuleListModel::replaceRule(int row, EditedRule rule)
{
    m_rules[size_t(row)] = std::move(rule);
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

} // namespace alertdesk::ui
