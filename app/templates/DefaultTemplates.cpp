#include "DefaultTemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "templates/ViewText.h"

namespace alertdesk::defaultTemplates {

namespace {

QString languageDir(const QString& language)
{
    return isChinese(language) ? QStringLiteral(":/templates/zh") : QStringLiteral(":/templates/en");
}

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList markups()
{
    return {QStringLiteral("text"),  QStringLiteral("markdown"), QStringLiteral("dingtalk"),
            QStringLiteral("wecom"), QStringLiteral("slack"),    QStringLiteral("telegram")};
}

QString path(const QString& markup, bool digest, const QString& language)
{
    return languageDir(language) + u'/' + markup + (digest ? QStringLiteral("-digest") : QStringLiteral("-alert")) +
        QStringLiteral(".mustache");
}

QString text(const QString& markup, bool digest, const QString& language)
{
    return readAll(path(markup, digest, language));
}

PartialLibrary partials(const QString& language)
{
    PartialLibrary library;
    const QDir dir(languageDir(language) + QStringLiteral("/partials"));
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.mustache")}, QDir::Files))
        library.insert(file.completeBaseName(), readAll(file.filePath()));
    return library;
}

} // namespace alertdesk::defaultTemplates
