#pragma once

#include <optional>

#include <QComboBox>

namespace alertdesk::ui {

// A duration with presets ("1h", "4h", "1d", …) that also takes a typed one in the filter language's spelling
// ("90m", "1h30m", "2w"). Shared by the acknowledge and silence dialogs.
class DurationPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationPicker)

public:
    DurationPicker(const QStringList& presets, const QString& initial, QWidget* parent = nullptr);

    // Empty while the text is not a duration (or is zero).
    std::optional<qint64> durationMs() const;

signals:
    void durationChanged();
};

} // namespace alertdesk::ui
