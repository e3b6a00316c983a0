#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

namespace alertdesk {
class Settings;
}

namespace alertdesk::ui {

// The application's settings. For now: the language (System / English / 简体中文), applied at the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
};

} // namespace alertdesk::ui
