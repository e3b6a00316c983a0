#pragma once

#include <optional>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace alertdesk::ui {

class DurationPicker;

// Acknowledge the selected alerts (UX.md: A): who (the OS user by default), a note, and until the alert resolves
// or for a duration. Only asks; AckController does the acknowledging.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)

public:
    AcknowledgeDialog(int alertCount, QWidget* parent = nullptr);

    QString actor() const;
    QString note() const;
    // Empty: until resolved.
    std::optional<qint64> durationMs() const;

private:
    void validate();

    QLineEdit* m_actor;
    QLineEdit* m_note;
    QRadioButton* m_untilResolved;
    QRadioButton* m_forDuration;
    DurationPicker* m_duration;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace alertdesk::ui
