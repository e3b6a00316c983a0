#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QWidget>

#include "ui/rules/EditedRule.h"
#include "ui/rules/RuleDocument.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace alertdesk::ui {

// The fields of one rule besides its pattern: name, description, enabled, targets and delivery policy. It shows a
// rule and reports each change as an edited copy (the panel turns it into an undoable command); a field whose
// text is not valid yet (a duration, a time zone) is marked and not reported until it is.
class RuleForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleForm)

public:
    explicit RuleForm(QWidget* parent = nullptr);
    ~RuleForm() override;

    // Shows the rule (nullptr: nothing selected, the form is disabled). Fields being typed in keep their cursor.
    void setRule(const EditedRule* rule);
    // Values offered in the target combos besides those the rules already use.
    void setTargetSuggestions(const QStringList& channels, const QStringList& templates);

signals:
    void edited(const alertdesk::ui::EditedRule& changed, alertdesk::ui::RuleDocument::Field field);

private:
    void createRuleFields();
    void createTargets();
    void createPolicy();
    void connectPolicy();
    void addTarget();
    void removeTarget();
    void targetsChanged();
    void commit(RuleDocument::Field field, const std::function<bool(EditedRule&)>& change);
    void durationEdited(QLineEdit* edit, RuleDocument::Field field,
                        std::chrono::milliseconds rules::DeliveryPolicy::*member);
    void windowsEdited(QLineEdit* edit, RuleDocument::Field field,
                       QList<rules::TimeWindow> rules::DeliveryPolicy::*member);
    static void markInvalid(QLineEdit* edit, const QString& problem);
    void setText(QLineEdit* edit, const QString& text);

    std::optional<EditedRule> m_rule;
    bool m_loading = false;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QCheckBox* m_enabled = nullptr;
    QTableWidget* m_targets = nullptr;
    QPushButton* m_addTarget = nullptr;
    QPushButton* m_removeTarget = nullptr;
    QCheckBox* m_sendResolved = nullptr;
    QLineEdit* m_groupBy = nullptr;
    QLineEdit* m_groupWait = nullptr;
    QLineEdit* m_groupInterval = nullptr;
    QLineEdit* m_repeatInterval = nullptr;
    QSpinBox* m_throttleCount = nullptr;
    QLineEdit* m_throttleWindow = nullptr;
    QLineEdit* m_timeZone = nullptr;
    QLineEdit* m_muteTimes = nullptr;
    QLineEdit* m_activeTimes = nullptr;
    QStringList m_channelSuggestions;
    QStringList m_templateSuggestions;
};

} // namespace alertdesk::ui
