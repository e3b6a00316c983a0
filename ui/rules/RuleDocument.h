#pragma once

#include <QObject>

#include "common/Error.h"
#include "rules/RuleSet.h"
#include "ui/rules/EditedRule.h"

class QUndoStack;

namespace alertdesk::ui {

class RuleListModel;

// The rule set being edited, as an undoable document (STYLE.md, after Tiled's Document): the list model holds
// the rules, and every change goes through a command on the document's QUndoStack; "modified" is
// !undoStack()->isClean(), and saving marks the stack clean.
class RuleDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDocument)

public:
    // Which part of a rule an edit changes: successive edits of one field merge into one undo step.
    enum class Field {
        Name,
        Description,
        Enabled,
        Pattern,
        Targets,
        SendResolved,
        GroupBy,
        GroupWait,
        GroupInterval,
        RepeatInterval,
        ThrottleCount,
        ThrottleWindow,
        TimeZone,
        MuteTimes,
        ActiveTimes
    };

    explicit RuleDocument(QObject* parent = nullptr);
    ~RuleDocument() override;

    RuleListModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_stack; }
    int count() const;
    bool isModified() const;

    // Replaces the whole list (loading rules.json); nothing to undo afterwards.
    void load(const rules::RuleSet& set);
    // The set to save; fails on the first rule whose pattern does not compile, naming the rule and the place.
    Expected<rules::RuleSet> toRuleSet() const;
    void markSaved();

    // One undoable step each.
    void setEnabled(int row, bool enabled);
    void moveRule(int from, int to);
    // Appends a new rule; returns its row.
    int addRule(const QString& name, const QString& patternText);
    // Inserts a copy (new id, "(copy)" name) after the rule; returns its row.
    int duplicateRule(int row);
    void removeRule(int row);
    void editRule(int row, EditedRule changed, Field field);

    // An id no rule has ("rule-N").
    QString unusedId() const;

private:
    RuleListModel* m_model;
    QUndoStack* m_stack;
};

} // namespace alertdesk::ui
