#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace alertdesk::ui {

// The languages the settings offer: "system" (follow the system's UI languages, LANGUAGE/LANG), "en", "zh_CN".
QLocale localeForLanguage(const QString& language);

// Loads alertdesk_<lang>.qm from `directory` (":/i18n" in the executable) for `language` into `translator` and
// installs it, falling back to English (whose .qm holds the plural forms); sets the default QLocale to match so
// numbers and dates agree with the text. False when not even English could be loaded.
bool installTranslation(QTranslator& translator, const QString& language,
                        const QString& directory = QStringLiteral(":/i18n"));

} // namespace alertdesk::ui
