#include "ui/acks/DurationPicker.h"

#include <QLineEdit>

#include "store/Duration.h"

namespace alertdesk::ui {

DurationPicker::DurationPicker(const QStringList& presets, const QString& initial, QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItems(presets);
    setCurrentText(initial);
    setToolTip(tr("A duration such as 30m, 4h, 1d or 1h30m (units ms, s, m, h, d, w)"));
    connect(this, &QComboBox::currentTextChanged, this, &DurationPicker::durationChanged);
}

std::optional<qint64> DurationPicker::durationMs() const
{
    const auto ms = parseDurationMs(currentText().trimmed());
    if (!ms || *ms <= 0)
        return std::nullopt;
    return ms;
}

} // namespace alertdesk::ui
