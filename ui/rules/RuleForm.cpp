#include "RuleForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "rules/DeliveryPolicy.h"
#include "rules/GroupKey.h"
#include "ui/rules/TimeWindowText.h"

namespace alertdesk::ui {

namespace {

enum TargetColumn { ChannelColumn, TemplateColumn, MessageTypeColumn, TargetColumnCount };

// The message types the supported IMs document (../shared/specs/im-webhooks.md).
const QStringList& messageTypes()
{
    static const QStringList types = {QStringLiteral("text"),          QStringLiteral("markdown"),
                                      QStringLiteral("markdown_v2"),   QStringLiteral("news"),
                                      QStringLiteral("template_card"), QStringLiteral("link"),
                                      QStringLiteral("actionCard"),    QStringLiteral("feedCard"),
                                      QStringLiteral("post"),          QStringLiteral("interactive")};
    return types;
}

// Editable combos in the targets table: any text goes, suggestions are offered.
class TargetDelegate final : public QStyledItemDelegate
{
public:
    TargetDelegate(std::function<QStringList(int)> suggestions, QObject* parent)
        : QStyledItemDelegate(parent),
          m_suggestions(std::move(suggestions))
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(m_suggestions(index.column()));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText().trimmed(), Qt::EditRole);
    }

private:
    std::function<QStringList(int)> m_suggestions;
};

QLineEdit* durationEdit(QWidget* parent, const char* name, const QString& tip)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setToolTip(tip);
    edit->setMaximumWidth(edit->fontMetrics().averageCharWidth() * 14);
    return edit;
}

} // namespace

RuleForm::RuleForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createRuleFields();
    createTargets();
    createPolicy();
    layout->addStretch(1);
    setRule(nullptr);
}

RuleForm::~RuleForm() = default;

void RuleForm::createRuleFields()
{
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleNameEdit"));
    m_name->setToolTip(tr("How the rule is shown in lists and in the delivery log."));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("ruleDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setToolTip(tr("What the rule is for, for whoever edits it next."));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setObjectName(QStringLiteral("ruleEnabledCheck"));
    m_enabled->setToolTip(tr("A disabled rule stays in the list but routes nothing."));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_enabled);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            return markInvalid(m_name, tr("A rule needs a name."));
        markInvalid(m_name, {});
        // As typed: trimming here would eat the space before the next word while the operator types it.
        commit(RuleDocument::Field::Name, [&](EditedRule& r) {
            r.rule.name = text;
            return true;
        });
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        commit(RuleDocument::Field::Description, [&](EditedRule& r) {
            r.rule.description = m_description->toPlainText();
            return true;
        });
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        commit(RuleDocument::Field::Enabled, [&](EditedRule& r) {
            r.rule.enabled = on;
            return true;
        });
    });
}

void RuleForm::createTargets()
{
    auto* box = new QGroupBox(tr("Targets"), this);
    m_targets = new QTableWidget(0, TargetColumnCount, box);
    m_targets->setObjectName(QStringLiteral("targetsTable"));
    m_targets->setHorizontalHeaderLabels({tr("Channel"), tr("Template"), tr("Message type")});
    m_targets->horizontalHeaderItem(ChannelColumn)->setToolTip(tr("The channel's id in channels.json."));
    m_targets->horizontalHeaderItem(TemplateColumn)->setToolTip(tr("A template id; empty: the channel's default."));
    m_targets->horizontalHeaderItem(MessageTypeColumn)
        ->setToolTip(tr("The IM's message type (text, markdown, …); empty: the channel's default."));
    m_targets->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_targets->verticalHeader()->hide();
    m_targets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targets->setFixedHeight(m_targets->fontMetrics().lineSpacing() * 6);
    m_targets->setItemDelegate(new TargetDelegate(
        [this](int column) {
            QStringList values = column == ChannelColumn ? m_channelSuggestions
                : column == TemplateColumn               ? m_templateSuggestions
                                                         : messageTypes();
            values.prepend(QString());
            values.removeDuplicates();
            return values;
        },
        m_targets));
    m_addTarget = new QPushButton(tr("&Add Target"), box);
    m_addTarget->setObjectName(QStringLiteral("addTargetButton"));
    m_removeTarget = new QPushButton(tr("Remo&ve Target"), box);
    m_removeTarget->setObjectName(QStringLiteral("removeTargetButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addTarget);
    buttons->addWidget(m_removeTarget);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_targets);
    layout->addLayout(buttons);
    static_cast<QVBoxLayout*>(this->layout())->addWidget(box);
    connect(m_addTarget, &QPushButton::clicked, this, &RuleForm::addTarget);
    connect(m_removeTarget, &QPushButton::clicked, this, &RuleForm::removeTarget);
    connect(m_targets, &QTableWidget::itemChanged, this, &RuleForm::targetsChanged);
}

void RuleForm::createPolicy()
{
    auto* box = new QGroupBox(tr("Delivery"), this);
    auto* form = new QFormLayout(box);
    m_sendResolved = new QCheckBox(tr("Send when &resolved"), box);
    m_sendResolved->setObjectName(QStringLiteral("sendResolvedCheck"));
    m_sendResolved->setToolTip(tr("Also notify when an alert this rule sent about is resolved."));
    m_groupBy = new QLineEdit(box);
    m_groupBy->setObjectName(QStringLiteral("groupByEdit"));
    m_groupBy->setPlaceholderText(tr("one group per alert"));
    m_groupBy->setToolTip(tr("Fields whose values form a group, separated by commas (region, severity, "
                             "labels.team, data.<path>): alerts with the same values are sent together. "
                             "Empty: one group per alert."));
    m_groupWait = durationEdit(box, "groupWaitEdit",
                               tr("How long to wait after the first alert of a new group before sending, so alerts "
                                  "that arrive together go out in one notification (Alertmanager's group_wait). "
                                  "Default 30s."));
    m_groupInterval = durationEdit(box, "groupIntervalEdit",
                                   tr("How long to wait before notifying about new alerts in a group that was "
                                      "already notified (group_interval). Default 5m."));
    m_repeatInterval = durationEdit(box, "repeatIntervalEdit",
                                    tr("How long to wait before sending again for alerts that are still firing "
                                       "(repeat_interval). Default 4h."));
    m_throttleCount = new QSpinBox(box);
    m_throttleCount->setObjectName(QStringLiteral("throttleCountSpin"));
    m_throttleCount->setRange(0, 100000);
    m_throttleCount->setSpecialValueText(tr("Off"));
    m_throttleCount->setToolTip(tr("At most this many notifications per window for each group; Off: no limit."));
    m_throttleWindow = durationEdit(box, "throttleWindowEdit", tr("The throttle's window, e.g. 1m or 1h."));
    m_timeZone = new QLineEdit(box);
    m_timeZone->setObjectName(QStringLiteral("timeZoneEdit"));
    m_timeZone->setPlaceholderText(tr("this computer's time zone"));
    m_timeZone->setToolTip(tr("The time zone mute and active times are read in, e.g. Asia/Shanghai."));
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    auto* completer = new QCompleter(zones, m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timeZone->setCompleter(completer);
    m_muteTimes = new QLineEdit(box);
    m_muteTimes->setObjectName(QStringLiteral("muteTimesEdit"));
    m_muteTimes->setPlaceholderText(tr("none, e.g. sat,sun 00:00-24:00"));
    m_muteTimes->setToolTip(tr("Nothing is sent inside these weekly windows. Separate windows with ';'."));
    m_activeTimes = new QLineEdit(box);
    m_activeTimes->setObjectName(QStringLiteral("activeTimesEdit"));
    m_activeTimes->setPlaceholderText(tr("always, e.g. mon-fri 09:00-18:00"));
    m_activeTimes->setToolTip(tr("When given, notifications are sent only inside these weekly windows."));

    auto* throttle = new QHBoxLayout;
    throttle->addWidget(m_throttleCount);
    throttle->addWidget(m_throttleWindow);
    throttle->addStretch(1);
    form->addRow(QString(), m_sendResolved);
    form->addRow(tr("&Group by:"), m_groupBy);
    form->addRow(tr("Group &wait:"), m_groupWait);
    form->addRow(tr("Group &interval:"), m_groupInterval);
    form->addRow(tr("Re&peat interval:"), m_repeatInterval);
    auto* throttleLabel = new QLabel(tr("&Throttle (count per window):"), box);
    throttleLabel->setBuddy(m_throttleCount);
    form->addRow(throttleLabel, throttle);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("&Mute times:"), m_muteTimes);
    form->addRow(tr("Acti&ve times:"), m_activeTimes);
    static_cast<QVBoxLayout*>(layout())->addWidget(box);
    connectPolicy();
}

void RuleForm::connectPolicy()
{
    using Field = RuleDocument::Field;
    using Policy = rules::DeliveryPolicy;
    connect(m_sendResolved, &QCheckBox::toggled, this, [this](bool on) {
        commit(Field::SendResolved, [&](EditedRule& r) {
            r.rule.policy.sendResolved = on;
            return true;
        });
    });
    connect(m_groupBy, &QLineEdit::textEdited, this, [this](const QString& text) {
        QStringList fields;
        for (const QString& field : text.split(u',', Qt::SkipEmptyParts)) {
            const QString name = field.trimmed();
            if (name.isEmpty())
                continue;
            if (!rules::isGroupByField(name) || fields.contains(name))
                return markInvalid(m_groupBy,
                                   tr("“%1” is not a field to group by (twice, or not one of source, "
                                      "type, subject, region, severity, status, title, labels.<name>, "
                                      "data.<path>).")
                                       .arg(name));
            fields << name;
        }
        markInvalid(m_groupBy, {});
        commit(Field::GroupBy, [&](EditedRule& r) {
            r.rule.policy.groupBy = fields;
            return true;
        });
    });
    connect(m_groupWait, &QLineEdit::textEdited, this,
            [=, this] { durationEdited(m_groupWait, Field::GroupWait, &Policy::groupWait); });
    connect(m_groupInterval, &QLineEdit::textEdited, this,
            [=, this] { durationEdited(m_groupInterval, Field::GroupInterval, &Policy::groupInterval); });
    connect(m_repeatInterval, &QLineEdit::textEdited, this,
            [=, this] { durationEdited(m_repeatInterval, Field::RepeatInterval, &Policy::repeatInterval); });
    connect(m_throttleWindow, &QLineEdit::textEdited, this,
            [=, this] { durationEdited(m_throttleWindow, Field::ThrottleWindow, &Policy::throttleWindow); });
    connect(m_throttleCount, &QSpinBox::valueChanged, this, [this](int count) {
        m_throttleWindow->setEnabled(count > 0);
        commit(Field::ThrottleCount, [&](EditedRule& r) {
            r.rule.policy.throttleCount = count;
            return true;
        });
    });
    connect(m_timeZone, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString zone = text.trimmed();
        if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
            return markInvalid(m_timeZone,
                               tr("“%1” is not a time zone this computer knows (e.g. Asia/Shanghai).").arg(zone));
        markInvalid(m_timeZone, {});
        commit(Field::TimeZone, [&](EditedRule& r) {
            r.rule.policy.timeZone = zone;
            return true;
        });
    });
    connect(m_muteTimes, &QLineEdit::textEdited, this,
            [=, this] { windowsEdited(m_muteTimes, Field::MuteTimes, &Policy::muteTimes); });
    connect(m_activeTimes, &QLineEdit::textEdited, this,
            [=, this] { windowsEdited(m_activeTimes, Field::ActiveTimes, &Policy::activeTimes); });
}

void RuleForm::setTargetSuggestions(const QStringList& channels, const QStringList& templates)
{
    m_channelSuggestions = channels;
    m_templateSuggestions = templates;
}

void RuleForm::setRule(const EditedRule* rule)
{
    m_loading = true;
    setEnabled(rule != nullptr);
    if (rule != nullptr)
        m_rule = *rule;
    else
        m_rule.reset();
    const EditedRule shown = rule != nullptr ? *rule : EditedRule{};
    const rules::DeliveryPolicy& policy = shown.rule.policy;
    setText(m_name, shown.rule.name);
    if (m_description->toPlainText() != shown.rule.description)
        m_description->setPlainText(shown.rule.description);
    m_enabled->setChecked(shown.rule.enabled);
    m_targets->setRowCount(int(shown.rule.targets.size()));
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        const rules::RuleTarget& target = shown.rule.targets[row];
        const QString values[] = {target.channelId, target.templateId, target.messageType};
        for (int column = 0; column < TargetColumnCount; ++column) {
            QTableWidgetItem* item = m_targets->item(row, column);
            if (item == nullptr)
                m_targets->setItem(row, column, item = new QTableWidgetItem);
            item->setText(values[column]);
        }
    }
    m_removeTarget->setEnabled(m_targets->rowCount() > 0);
    m_sendResolved->setChecked(policy.sendResolved);
    QStringList groupBy;
    for (const QString& field : m_groupBy->text().split(u',', Qt::SkipEmptyParts))
        groupBy << field.trimmed();
    if (groupBy != policy.groupBy)
        m_groupBy->setText(policy.groupBy.join(QStringLiteral(", ")));
    setText(m_groupWait, rules::durationText(policy.groupWait));
    setText(m_groupInterval, rules::durationText(policy.groupInterval));
    setText(m_repeatInterval, rules::durationText(policy.repeatInterval));
    m_throttleCount->setValue(policy.throttleCount);
    m_throttleWindow->setEnabled(policy.throttleCount > 0);
    setText(m_throttleWindow, rules::durationText(policy.throttleWindow));
    setText(m_timeZone, policy.timeZone);
    setText(m_muteTimes, timeWindowsText(policy.muteTimes));
    setText(m_activeTimes, timeWindowsText(policy.activeTimes));
    m_loading = false;
}

// Replaces the text unless the field already says the same (so typing "5m" is not rewritten under the cursor);
// a field the operator left invalid is reset to the rule's value.
void RuleForm::setText(QLineEdit* edit, const QString& text)
{
    const bool same = edit->text() == text || (edit != m_name && edit->text().trimmed() == text) ||
        (edit != m_name && edit != m_timeZone && edit != m_muteTimes && edit != m_activeTimes &&
         rules::parseDurationText(edit->text()) &&
         rules::parseDurationText(edit->text()) == rules::parseDurationText(text));
    if (edit == m_muteTimes || edit == m_activeTimes) {
        QString ignored;
        const auto current = parseTimeWindows(edit->text(), &ignored);
        if (current && timeWindowsText(*current) == text)
            return;
    }
    if (same)
        return;
    edit->setText(text);
    markInvalid(edit, {});
}

void RuleForm::commit(RuleDocument::Field field, const std::function<bool(EditedRule&)>& change)
{
    if (m_loading || !m_rule)
        return;
    EditedRule changed = *m_rule;
    if (!change(changed))
        return;
    emit edited(changed, field);
}

void RuleForm::durationEdited(QLineEdit* edit, RuleDocument::Field field,
                              std::chrono::milliseconds rules::DeliveryPolicy::*member)
{
    const std::optional<std::chrono::milliseconds> duration = rules::parseDurationText(edit->text().trimmed());
    if (!duration)
        return markInvalid(edit, tr("Write a duration such as 30s, 5m, 4h or 1h30m."));
    markInvalid(edit, {});
    commit(field, [&](EditedRule& r) {
        r.rule.policy.*member = *duration;
        return true;
    });
}

void RuleForm::windowsEdited(QLineEdit* edit, RuleDocument::Field field,
                             QList<rules::TimeWindow> rules::DeliveryPolicy::*member)
{
    QString problem;
    const std::optional<QList<rules::TimeWindow>> windows = parseTimeWindows(edit->text(), &problem);
    if (!windows)
        return markInvalid(edit, problem);
    markInvalid(edit, {});
    commit(field, [&](EditedRule& r) {
        r.rule.policy.*member = *windows;
        return true;
    });
}

// Not colour alone: the problem is the field's tooltip and accessible description too.
void RuleForm::markInvalid(QLineEdit* edit, const QString& problem)
{
    if (!edit->property("normalToolTip").isValid())
        edit->setProperty("normalToolTip", edit->toolTip());
    edit->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #C62828; }"));
    edit->setToolTip(problem.isEmpty() ? edit->property("normalToolTip").toString() : problem);
    edit->setAccessibleDescription(problem);
}

void RuleForm::addTarget()
{
    commit(RuleDocument::Field::Targets, [&](EditedRule& r) {
        r.rule.targets.append(rules::RuleTarget{}); // the channel is typed or picked next
        return true;
    });
    if (m_targets->rowCount() > 0) {
        m_targets->setFocus();
        m_targets->setCurrentCell(m_targets->rowCount() - 1, ChannelColumn);
        m_targets->editItem(m_targets->item(m_targets->rowCount() - 1, ChannelColumn));
    }
}

void RuleForm::removeTarget()
{
    const int row = m_targets->currentRow() >= 0 ? m_targets->currentRow() : m_targets->rowCount() - 1;
    if (row < 0)
        return;
    commit(RuleDocument::Field::Targets, [&](EditedRule& r) {
        if (row >= r.rule.targets.size())
            return false;
        r.rule.targets.removeAt(row);
        return true;
    });
}

void RuleForm::targetsChanged()
{
    if (m_loading)
        return;
    QList<rules::RuleTarget> targets;
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        auto text = [&](int column) {
            return m_targets->item(row, column) ? m_targets->item(row, column)->text() : QString();
        };
        targets.append(rules::RuleTarget{text(ChannelColumn), text(TemplateColumn), text(MessageTypeColumn)});
    }
    commit(RuleDocument::Field::Targets, [&](EditedRule& r) {
        r.rule.targets = targets;
        return true;
    });
}

} // namespace alertdesk::ui
