#include "ui/acks/AcknowledgeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/acks/DurationPicker.h"
#include "ui/acks/OperatorName.h"

namespace alertdesk::ui {

AcknowledgeDialog::AcknowledgeDialog(int alertCount, QWidget* parent)
    : QDialog(parent),
      m_actor(new QLineEdit(operatorName(), this)),
      m_note(new QLineEdit(this)),
      m_untilResolved(new QRadioButton(tr("Until &resolved"), this)),
      m_forDuration(new QRadioButton(tr("&For"), this)),
      m_duration(new DurationPicker({QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("4h"),
                                     QStringLiteral("8h"), QStringLiteral("1d"), QStringLiteral("1w")},
                                    QStringLiteral("4h"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge %n Alert(s)", nullptr, alertCount));
    m_actor->setObjectName(QStringLiteral("ackActorEdit"));
    m_note->setObjectName(QStringLiteral("ackNoteEdit"));
    m_note->setPlaceholderText(tr("What is being done, or why it can wait"));
    m_note->setMinimumWidth(320);
    m_untilResolved->setObjectName(QStringLiteral("ackUntilResolvedRadio"));
    m_forDuration->setObjectName(QStringLiteral("ackForRadio"));
    m_duration->setObjectName(QStringLiteral("ackDurationCombo"));
    m_problem->setObjectName(QStringLiteral("ackProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_untilResolved->setChecked(true);
    m_duration->setEnabled(false);
    QPushButton* ok = m_buttons->addButton(tr("&Acknowledge"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("ackOkButton"));
    ok->setDefault(true);

    auto* forRow = new QHBoxLayout;
    forRow->addWidget(m_forDuration);
    forRow->addWidget(m_duration, 1);
    auto* until = new QVBoxLayout;
    until->addWidget(m_untilResolved);
    until->addLayout(forRow);
    auto* form = new QFormLayout;
    form->addRow(tr("&Who:"), m_actor);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Until:"), until);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forDuration, &QRadioButton::toggled, m_duration, &QWidget::setEnabled);
    connect(m_forDuration, &QRadioButton::toggled, this, &AcknowledgeDialog::validate);
    connect(m_duration, &DurationPicker::durationChanged, this, &AcknowledgeDialog::validate);
    connect(m_actor, &QLineEdit::textChanged, this, &AcknowledgeDialog::validate);
    m_note->setFocus();
    validate();
}

QString AcknowledgeDialog::actor() const
{
    return m_actor->text().trimmed();
}

QString AcknowledgeDialog::note() const
{
    return m_note->text().trimmed();
}

std::optional<qint64> AcknowledgeDialog::durationMs() const
{
    return m_forDuration->isChecked() ? m_duration->durationMs() : std::nullopt;
}

void AcknowledgeDialog::validate()
{
    QString problem;
    if (actor().isEmpty())
        problem = tr("Say who acknowledges.");
    else if (m_forDuration->isChecked() && !m_duration->durationMs())
        problem = tr("“%1” is not a duration: write it like 30m, 4h or 1d.").arg(m_duration->currentText());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
    }
}

} // namespace alertdesk::ui
