#pragma once

#include <vector>

#include <QAbstractListModel>

#include "ui/rules/EditedRule.h"

namespace alertdesk::ui {

// The rules being edited, in routing order, as a checkable list (name; checked = enabled). It only holds and
// reports them: every change a user makes goes through RuleDocument's undoable commands, which call the
// primitive operations below; checking a box asks the document through enabledToggled().
class RuleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    enum Role { RuleIdRole = Qt::UserRole, PatternValidRole };

    explicit RuleListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const std::vector<EditedRule>& rules() const { return m_rules; }
    const EditedRule& rule(int row) const { return m_rules.at(size_t(row)); }
    int rowOf(const QString& id) const;

    // Primitive operations, for the commands.
    void resetRules(std::vector<EditedRule> rules);
    void insertRule(int row, EditedRule rule);
    EditedRule takeRule(int row);
    void moveRule(int from, int to);
    void replaceRule(int row, EditedRule rule);

signals:
    // The user checked or unchecked a rule in the list; the document turns it into a command.
    void enabledToggled(int row, bool enabled);

private:
    std::vector<EditedRule> m_rules;
};

} // namespace alertdesk::ui
