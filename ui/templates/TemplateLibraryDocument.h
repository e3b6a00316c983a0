#pragma once

#include <QObject>
#include <QUndoStack>

#include "templates/TemplateLibrary.h"

namespace alertdesk::ui {

// The template library as an undoable document (STYLE.md, Tiled's Document): new, duplicate, rename and delete
// go through the undo stack; saving a template's text is the editor's business (its own undo) and is not.
class TemplateLibraryDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateLibraryDocument)

public:
    explicit TemplateLibraryDocument(const QString& folder, QObject* parent = nullptr);

    TemplateLibrary& library() { return m_library; }
    const TemplateLibrary& library() const { return m_library; }
    QUndoStack* undoStack() { return &m_undo; }

    // Each pushes an undoable command; false (and failed()) when the file system said no.
    bool createTemplate(const QString& name, const QString& text);
    bool duplicateTemplate(const QString& id);
    bool renameTemplate(const QString& id, const QString& name);
    bool deleteTemplate(const QString& id);
    bool importTemplate(const QString& filePath);
    bool exportTemplate(const QString& id, const QString& filePath);
    bool saveText(const QString& id, const QString& text);

    // Called by the commands.
    void report(const QString& selectId) { emit changed(selectId); }
    void reportError(const Error& error) { emit failed(error.toString()); }

signals:
    // The list changed; `selectId` is the template to show (empty: keep the selection if it still exists).
    void changed(const QString& selectId);
    void failed(const QString& message);

private:
    bool pushAdded(const Expected<LibraryTemplate>& added, const QString& what);

    TemplateLibrary m_library;
    QUndoStack m_undo;
};

} // namespace alertdesk::ui
