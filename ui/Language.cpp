#include "Language.h"

#include <QCoreApplication>

namespace alertdesk::ui {

QLocale localeForLanguage(const QString& language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return QLocale::system();
}

bool installTranslation(QTranslator& translator, const QString& language, const QString& directory)
{
    const QLocale locale = localeForLanguage(language);
    if (language != QLatin1String("system"))
        QLocale::setDefault(locale);
    // English is loaded too when nothing else matches: it carries the plural forms ("1 event", "2 events").
    if (!translator.load(locale, QStringLiteral("alertdesk"), QStringLiteral("_"), directory)
        && !translator.load(QStringLiteral("alertdesk_en"), directory))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

} // namespace alertdesk::ui
