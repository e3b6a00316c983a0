#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "common/Error.h"
#include "templates/PartialLibrary.h"

namespace alertdesk {

// One template of the library: the operator's own (a file in the profile's templates/ folder) or a shipped one
// (read-only; duplicate it to edit).
struct LibraryTemplate
{
    QString id;       // stable: the file's base name, kept when the template is renamed
    QString name;     // what the operator calls it
    int version = 1;  // revision, counted up on every save (rules can tell which text they were tested with)
    bool builtin = false;
    QString text;     // the template as the renderer reads it: optional front matter (title, at…), then the body

    bool operator==(const LibraryTemplate&) const = default;
};

// The profile's message templates, one human-readable file per template:
//
//     templates/ops-dingtalk.mustache
//     ---
//     id: ops-dingtalk
//     name: Ops DingTalk
//     version: 3
//     title: {{statusEmoji}} {{title}}
//     ---
//     ### {{title}} …
//
// The library keys (id, name, version) live in the template's own front matter and are taken out of `text`, so
// the editor and the renderer see the template alone. Exported files have the same form; imports keep their id
// unless it is taken. The shipped templates are listed too, with ids "builtin:<lang>/<markup>-<alert|digest>".
class TemplateLibrary final
{
public:
    explicit TemplateLibrary(QString folder);

    QString folder() const { return m_folder; }
    // Reads the folder (created when missing). Files that cannot be read are skipped and reported in the error,
    // the rest still load.
    Expected<void> load();

    // The operator's templates by name, then the shipped ones.
    QList<LibraryTemplate> templates() const;
    std::optional<LibraryTemplate> find(const QString& id) const;

    Expected<LibraryTemplate> create(const QString& name, const QString& text);
    Expected<LibraryTemplate> duplicate(const QString& id, const QString& name);
    Expected<LibraryTemplate> rename(const QString& id, const QString& name);
    // Writes new text and counts the version up.
    Expected<LibraryTemplate> save(const QString& id, const QString& text);
    // Removes the file and returns what it held (for undo).
    Expected<LibraryTemplate> remove(const QString& id);
    // Writes a template back exactly as it was (undo of remove, redo of create).
    Expected<void> restore(const LibraryTemplate& entry);

    Expected<void> exportTo(const QString& id, const QString& filePath) const;
    Expected<LibraryTemplate> importFrom(const QString& filePath);

    // Shipped partials of the language (see DefaultTemplates) plus every template of the operator under its id.
    PartialLibrary partials(const QString& language) const;

    // A name nobody uses yet: `base`, else "base 2", "base 3"…
    QString uniqueName(const QString& base) const;

    // The file form of a template, and back.
    static QString fileText(const LibraryTemplate& entry);
    static Expected<LibraryTemplate> parseFile(const QString& fileText, const QString& where);
    static bool isBuiltinId(const QString& id);

private:
    QString pathOf(const QString& id) const;
    QString uniqueId(const QString& name) const;
    Expected<void> write(const LibraryTemplate& entry);
    QList<LibraryTemplate>::iterator findOwn(const QString& id);

    QString m_folder;
    QList<LibraryTemplate> m_own;
    QList<LibraryTemplate> m_builtin;
};

} // namespace alertdesk
