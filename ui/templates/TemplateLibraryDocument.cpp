#include "TemplateLibraryDocument.h"

#include <QUndoCommand>

namespace alertdesk::ui {

namespace {

// A template that came into the library (new, duplicate, import): undo removes it, redo writes it back.
class AddCommand final : public QUndoCommand
{
public:
    AddCommand(TemplateLibraryDocument& document, LibraryTemplate entry, const QString& text)
        : QUndoCommand(text), m_document(document), m_entry(std::move(entry))
    {
    }
    void redo() override
    {
        if (m_done) { // the first redo: the library has just added it
            if (auto restored = m_document.library().restore(m_entry); !restored)
                m_document.reportError(restored.error());
        }
        m_done = true;
        m_document.report(m_entry.id);
    }
    void undo() override
    {
        if (auto current = m_document.library().find(m_entry.id))
            m_entry = *current; // keep what was saved since
        if (auto removed = m_document.library().remove(m_entry.id); !removed)
            m_document.reportError(removed.error());
        m_document.report({});
    }

private:
    TemplateLibraryDocument& m_document;
    LibraryTemplate m_entry;
    bool m_done = false;
};

class DeleteCommand final : public QUndoCommand
{
public:
    DeleteCommand(TemplateLibraryDocument& document, LibraryTemplate entry, const QString& text)
        : QUndoCommand(text), m_document(document), m_entry(std::move(entry))
    {
    }
    void redo() override
    {
        if (auto removed = m_document.library().remove(m_entry.id); !removed)
            m_document.reportError(removed.error());
        m_document.report({});
    }
    void undo() override
    {
        if (auto restored = m_document.library().restore(m_entry); !restored)
            m_document.reportError(restored.error());
        m_document.report(m_entry.id);
    }

private:
    TemplateLibraryDocument& m_document;
    LibraryTemplate m_entry;
};

class RenameCommand final : public QUndoCommand
{
public:
    RenameCommand(TemplateLibraryDocument& document, QString id, QString from, QString to, const QString& text)
        : QUndoCommand(text), m_document(document), m_id(std::move(id)), m_from(std::move(from)), m_to(std::move(to))
    {
    }
    void redo() override { apply(m_to); }
    void undo() override { apply(m_from); }

private:
    void apply(const QString& name)
    {
        if (auto renamed = m_document.library().rename(m_id, name); !renamed)
            m_document.reportError(renamed.error());
        m_document.report(m_id);
    }
    TemplateLibraryDocument& m_document;
    QString m_id;
    QString m_from;
    QString m_to;
};

} // namespace

TemplateLibraryDocument::TemplateLibraryDocument(const QString& folder, QObject* parent)
    : QObject(parent), m_library(folder)
{
    if (auto loaded = m_library.load(); !loaded)
        QMetaObject::invokeMethod(this, [this, error = loaded.error()] { reportError(error); }, Qt::QueuedConnection);
}

bool TemplateLibraryDocument::pushAdded(const Expected<LibraryTemplate>& added, const QString& what)
{
    if (!added) {
        reportError(added.error());
        return false;
    }
    m_undo.push(new AddCommand(*this, *added, what.arg(added->name)));
    return true;
}

bool TemplateLibraryDocument::createTemplate(const QString& name, const QString& text)
{
    return pushAdded(m_library.create(m_library.uniqueName(name), text), tr("New template “%1”"));
}

bool TemplateLibraryDocument::duplicateTemplate(const QString& id)
{
    const auto original = m_library.find(id);
    if (!original)
        return false;
    return pushAdded(m_library.duplicate(id, m_library.uniqueName(tr("%1 copy").arg(original->name))),
                     tr("Duplicate “%1”"));
}

bool TemplateLibraryDocument::renameTemplate(const QString& id, const QString& name)
{
    const auto entry = m_library.find(id);
    if (!entry || entry->builtin || name.trimmed().isEmpty() || name.trimmed() == entry->name) {
        report(id); // puts the old name back in the list
        return false;
    }
    m_undo.push(new RenameCommand(*this, id, entry->name, name.trimmed(), tr("Rename “%1”").arg(entry->name)));
    return true;
}

bool TemplateLibraryDocument::deleteTemplate(const QString& id)
{
    const auto entry = m_library.find(id);
    if (!entry || entry->builtin)
        return false;
    m_undo.push(new DeleteCommand(*this, *entry, tr("Delete “%1”").arg(entry->name)));
    return true;
}

bool TemplateLibraryDocument::importTemplate(const QString& filePath)
{
    return pushAdded(m_library.importFrom(filePath), tr("Import “%1”"));
}

bool TemplateLibraryDocument::exportTemplate(const QString& id, const QString& filePath)
{
    if (auto exported = m_library.exportTo(id, filePath); !exported) {
        reportError(exported.error());
        return false;
    }
    return true;
}

bool TemplateLibraryDocument::saveText(const QString& id, const QString& text)
{
    const auto saved = m_library.save(id, text);
    if (!saved) {
        reportError(saved.error());
        return false;
    }
    return true;
}

} // namespace alertdesk::ui
