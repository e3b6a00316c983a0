#include "TemplateLibrary.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include "templates/DefaultTemplates.h"
#include "templates/TemplatesLogging.h"

namespace alertdesk {

namespace {

const QString kSuffix = QStringLiteral(".mustache");
const QString kBuiltinPrefix = QStringLiteral("builtin:");

bool isLibraryKey(const QString& key)
{
    return key == QLatin1String("id") || key == QLatin1String("name") || key == QLatin1String("version");
}

// Lower-case ASCII words joined by '-': a file name that survives every file system and reads like the name.
QString slugOf(const QString& name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(48).isEmpty() ? QStringLiteral("template") : slug.left(48);
}

bool validId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

Expected<QString> readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot read the file: %1").arg(file.errorString()), path);
    return QString::fromUtf8(file.readAll());
}

// A template included as a partial contributes its body; its front matter belongs to the including message.
QString bodyOf(const QString& text)
{
    if (!text.startsWith(QLatin1String("---\n")))
        return text;
    static const QRegularExpression close(QStringLiteral("\n---[ \t\r]*(\n|$)"));
    const QRegularExpressionMatch match = close.match(text, 3);
    return match.hasMatch() ? text.mid(match.capturedEnd()) : text;
}

QList<LibraryTemplate> builtinTemplates()
{
    QList<LibraryTemplate> list;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh")}) {
        for (const QString& markup : defaultTemplates::markups()) {
            for (const bool digest : {false, true}) {
                LibraryTemplate entry;
                const QString kind = digest ? QStringLiteral("digest") : QStringLiteral("alert");
                entry.id = kBuiltinPrefix + language + u'/' + markup + u'-' + kind;
                entry.name = QStringLiteral("%1 %2 · %3").arg(markup, kind, language);
                entry.builtin = true;
                entry.text = defaultTemplates::text(markup, digest, language);
                list.append(entry);
            }
        }
    }
    return list;
}

} // namespace

TemplateLibrary::TemplateLibrary(QString folder) : m_folder(std::move(folder)), m_builtin(builtinTemplates()) {}

bool TemplateLibrary::isBuiltinId(const QString& id)
{
    return id.startsWith(kBuiltinPrefix);
}

QString TemplateLibrary::fileText(const LibraryTemplate& entry)
{
    QString head = QStringLiteral("---\nid: %1\nname: %2\nversion: %3\n")
                       .arg(entry.id, QString(entry.name).replace(u'\n', u' '))
                       .arg(entry.version);
    const QString& text = entry.text;
    if (text.startsWith(QLatin1String("---\n")) || text.startsWith(QLatin1String("---\r\n")))
        return head + text.mid(text.indexOf(u'\n') + 1); // the template's own keys follow the library's
    return head + QStringLiteral("---\n") + text;
}

Expected<LibraryTemplate> TemplateLibrary::parseFile(const QString& fileText, const QString& where)
{
    LibraryTemplate entry;
    QStringList lines = fileText.split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "not an AlertDesk template: it must begin with a \"---\" "
                                                          "line and the keys id, name and version"), where);
    int close = -1;
    QStringList kept; // the template's own front matter lines
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].endsWith(u'\r') ? lines[i].chopped(1) : lines[i];
        if (line.trimmed() == QLatin1String("---")) {
            close = i;
            break;
        }
        const qsizetype colon = line.indexOf(u':');
        const QString key = colon > 0 ? line.left(colon).trimmed() : QString();
        if (!isLibraryKey(key)) {
            kept.append(lines[i]);
            continue;
        }
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("id"))
            entry.id = value;
        else if (key == QLatin1String("name"))
            entry.name = value;
        else
            entry.version = std::max(1, value.toInt());
    }
    if (close < 0)
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "the front matter has no closing \"---\" line"), where);
    if (!validId(entry.id))
        return fail(Error::Code::BadInput,
                    QCoreApplication::translate("TemplateLibrary", "line 2: \"id\" must be lower-case letters, digits, '.', '_' or '-' (got \"%1\")")
                        .arg(entry.id),
                    where);
    if (entry.name.isEmpty())
        entry.name = entry.id;
    const QString body = lines.mid(close + 1).join(u'\n');
    entry.text = kept.isEmpty() ? body : QStringLiteral("---\n") + kept.join(u'\n') + QStringLiteral("\n---\n") + body;
    return entry;
}

Expected<void> TemplateLibrary::load()
{
    m_own.clear();
    if (!QDir().mkpath(m_folder))
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot create the templates folder"), m_folder);
    QStringList problems;
    const QDir dir(m_folder);
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name)) {
        const Expected<QString> text = readText(info.filePath());
        Expected<LibraryTemplate> entry =
            text ? parseFile(*text, info.filePath()) : Expected<LibraryTemplate>(std::unexpected(text.error()));
        if (entry && entry->id + kSuffix != info.fileName())
            entry = fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "its id \"%1\" is not its file name").arg(entry->id),
                         info.filePath());
        if (!entry) {
            qCWarning(lcTemplates) << "skipped template" << entry.error().toString();
            problems.append(entry.error().toString());
            continue;
        }
        m_own.append(*entry);
    }
    if (!problems.isEmpty())
        return fail(Error::Code::BadInput, problems.join(u'\n'), m_folder);
    return {};
}

QList<LibraryTemplate> TemplateLibrary::templates() const
{
    QList<LibraryTemplate> own = m_own;
    std::stable_sort(own.begin(), own.end(), [](const LibraryTemplate& a, const LibraryTemplate& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return own + m_builtin;
}

std::optional<LibraryTemplate> TemplateLibrary::find(const QString& id) const
{
    for (const QList<LibraryTemplate>* list : {&m_own, &m_builtin}) {
        for (const LibraryTemplate& entry : *list) {
            if (entry.id == id)
                return entry;
        }
    }
    return std::nullopt;
}

QList<LibraryTemplate>::iterator TemplateLibrary::findOwn(const QString& id)
{
    return std::find_if(m_own.begin(), m_own.end(), [&](const LibraryTemplate& entry) { return entry.id == id; });
}

QString TemplateLibrary::pathOf(const QString& id) const
{
    return m_folder + u'/' + id + kSuffix;
}

QString TemplateLibrary::uniqueId(const QString& name) const
{
    const QString base = slugOf(name);
    QString id = base;
    for (int n = 2; find(id) || QFileInfo::exists(pathOf(id)); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString TemplateLibrary::uniqueName(const QString& base) const
{
    const auto taken = [this](const QString& name) {
        return std::any_of(m_own.cbegin(), m_own.cend(), [&](const LibraryTemplate& e) { return e.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + u' ' + QString::number(n);
    return name;
}

Expected<void> TemplateLibrary::write(const LibraryTemplate& entry)
{
    if (!QDir().mkpath(m_folder))
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot create the templates folder"), m_folder);
    QSaveFile file(pathOf(entry.id));
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot write the template: %1").arg(file.errorString()),
                    file.fileName());
    file.write(fileText(entry).toUtf8());
    if (!file.commit())
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot write the template: %1").arg(file.errorString()),
                    file.fileName());
    return {};
}

Expected<LibraryTemplate> TemplateLibrary::create(const QString& name, const QString& text)
{
    LibraryTemplate entry;
    entry.name = name.trimmed().isEmpty() ? QStringLiteral("Template") : name.trimmed();
    entry.id = uniqueId(entry.name);
    entry.text = text;
    if (auto written = write(entry); !written)
        return std::unexpected(written.error());
    m_own.append(entry);
    return entry;
}

Expected<LibraryTemplate> TemplateLibrary::duplicate(const QString& id, const QString& name)
{
    const std::optional<LibraryTemplate> original = find(id);
    if (!original)
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "no template with this id"), id);
    return create(name, original->text);
}

Expected<LibraryTemplate> TemplateLibrary::rename(const QString& id, const QString& name)
{
    const auto it = findOwn(id);
    if (it == m_own.end())
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "only your own templates can be renamed"), id);
    LibraryTemplate changed = *it;
    changed.name = name.trimmed();
    if (changed.name.isEmpty())
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "a template needs a name"), id);
    if (auto written = write(changed); !written)
        return std::unexpected(written.error());
    *it = changed;
    return changed;
}

Expected<LibraryTemplate> TemplateLibrary::save(const QString& id, const QString& text)
{
    const auto it = findOwn(id);
    if (it == m_own.end())
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "shipped templates are read-only: duplicate to edit"), id);
    if (it->text == text)
        return *it;
    LibraryTemplate changed = *it;
    changed.text = text;
    ++changed.version;
    if (auto written = write(changed); !written)
        return std::unexpected(written.error());
    *it = changed;
    return changed;
}

Expected<LibraryTemplate> TemplateLibrary::remove(const QString& id)
{
    const auto it = findOwn(id);
    if (it == m_own.end())
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "shipped templates cannot be deleted"), id);
    QFile file(pathOf(id));
    if (file.exists() && !file.remove())
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot delete the template: %1").arg(file.errorString()),
                    file.fileName());
    const LibraryTemplate removed = *it;
    m_own.erase(it);
    return removed;
}

Expected<void> TemplateLibrary::restore(const LibraryTemplate& entry)
{
    if (entry.builtin || !validId(entry.id))
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "not a template of the profile"), entry.id);
    if (auto written = write(entry); !written)
        return written;
    if (const auto it = findOwn(entry.id); it != m_own.end())
        *it = entry;
    else
        m_own.append(entry);
    return {};
}

Expected<void> TemplateLibrary::exportTo(const QString& id, const QString& filePath) const
{
    std::optional<LibraryTemplate> entry = find(id);
    if (!entry)
        return fail(Error::Code::BadInput, QCoreApplication::translate("TemplateLibrary", "no template with this id"), id);
    if (entry->builtin) // exported shipped templates import as the operator's own
        entry->id = slugOf(QString(entry->id).remove(kBuiltinPrefix));
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot write the file: %1").arg(file.errorString()), filePath);
    file.write(fileText(*entry).toUtf8());
    if (!file.commit())
        return fail(Error::Code::Io, QCoreApplication::translate("TemplateLibrary", "cannot write the file: %1").arg(file.errorString()), filePath);
    return {};
}

Expected<LibraryTemplate> TemplateLibrary::importFrom(const QString& filePath)
{
    const Expected<QString> text = readText(filePath);
    if (!text)
        return std::unexpected(text.error());
    Expected<LibraryTemplate> entry = parseFile(*text, filePath);
    if (!entry) {
        // A bare Mustache file: the whole text is the template, named after the file.
        if (text->startsWith(QLatin1String("---\nid:")))
            return entry;
        entry = LibraryTemplate{};
        entry->name = QFileInfo(filePath).completeBaseName();
        entry->id = slugOf(entry->name);
        entry->text = *text;
    }
    entry->builtin = false;
    if (find(entry->id) || QFileInfo::exists(pathOf(entry->id))) {
        entry->id = uniqueId(entry->name);
        entry->name = uniqueName(entry->name);
    }
    if (auto written = write(*entry); !written)
        return std::unexpected(written.error());
    m_own.append(*entry);
    return *entry;
}

PartialLibrary TemplateLibrary::partials(const QString& language) const
{
    PartialLibrary library = defaultTemplates::partials(language);
    for (const LibraryTemplate& entry : m_own)
        library.insert(entry.id, bodyOf(entry.text));
    return library;
}

} // namespace alertdesk
