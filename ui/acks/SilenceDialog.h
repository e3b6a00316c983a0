#pragma once

#include <optional>

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace alertdesk {
class AckStore;
}

namespace alertdesk::ui {

class DurationPicker;

// Silence alerts (UX.md: S, pre-filled): matchers in the filter language — started from the selected alerts —
// with their error shown where it is and a live count of the alerts they match now; for how long (presets or
// typed); who and why. Only asks; AckController adds the silence.
class SilenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceDialog)

public:
    SilenceDialog(const AckStore& acks, const QString& matchers, QWidget* parent = nullptr);

    QString matchers() const;
    QString actor() const;
    QString note() const;
    std::optional<qint64> durationMs() const;
    // The live count as last computed (-1 while the matchers do not compile).
    int matchCount() const { return m_matchCount; }

private:
    void validate();
    void countMatches();

    const AckStore& m_acks;
    QLineEdit* m_matchers;
    QLabel* m_matchInfo;
    DurationPicker* m_duration;
    QLabel* m_ends;
    QLineEdit* m_actor;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
    QTimer m_recount;
    int m_matchCount = -1;
};

} // namespace alertdesk::ui
