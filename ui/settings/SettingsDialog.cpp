#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

#include "config/Settings.h"

namespace alertdesk::ui {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->settingsButtonBox->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_ui->settingsButtonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Language names are written in their own language, so an operator lost in the wrong one finds theirs.
    QComboBox* combo = m_ui->settingsLanguageCombo;
    combo->addItem(tr("System language"), QStringLiteral("system"));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    combo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int current = combo->findData(m_settings.value(settings::language));
    combo->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings.setValue(settings::language, m_ui->settingsLanguageCombo->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace alertdesk::ui
