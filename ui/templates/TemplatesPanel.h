#pragma once

#include <functional>

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

namespace alertdesk {
class AlertStore;
class Clock;
class Settings;
} // namespace alertdesk

namespace alertdesk::ui {

class AlertDesk;
class MainWindow;
class PreviewAlertSource;
class TemplateEditor;
class TemplateLibraryDocument;
class TemplatePreview;

// The Templates panel (issue 5): the library (new, duplicate, rename, delete — undoable; import, export), the
// editor, and the live preview against an alert. Lives as a bottom dock of the main window (Ctrl+5); "Preview
// with Template…" (Ctrl+T) in the alert table opens it on the table's current alert.
class TemplatesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPanel)

public:
    TemplatesPanel(AlertStore& store, const Clock& clock, Settings& settings, AlertDesk& desk,
                   QWidget* parent = nullptr);
    ~TemplatesPanel() override;

    // Creates the panel in `window`'s docks and the table's "Preview with Template…" action.
    static TemplatesPanel* install(MainWindow& window, AlertStore& store, const Clock& clock, Settings& settings);

    TemplateLibraryDocument* document() const { return m_document; }
    TemplateEditor* editor() const { return m_editor; }
    TemplatePreview* preview() const { return m_preview; }
    QListWidget* list() const { return m_list; }
    QString currentTemplateId() const { return m_currentId; }
    void selectTemplate(const QString& id);
    // Shows the stored alert in the preview (the table's current alert).
    void previewAlert(qint64 alertId);

    // Seam for the file dialogs (tests answer them): (save?, suggested name) → path, empty when cancelled.
    using PathQuestion = std::function<QString(bool save, const QString& suggested)>;
    void setPathQuestion(PathQuestion question) { m_askPath = std::move(question); }

    void newTemplate();
    void duplicateTemplate();
    void renameTemplate();
    void deleteTemplate();
    void importTemplate();
    void exportTemplate();
    bool saveTemplate();

private:
    QWidget* buildLibrary();
    void refreshList(const QString& selectId);
    void showTemplate(const QString& id);
    void updateButtons();
    void updateFieldNames();

    Settings& m_settings;
    AlertDesk& m_desk;
    TemplateLibraryDocument* m_document;
    PreviewAlertSource* m_source;
    QListWidget* m_list = nullptr;
    TemplateEditor* m_editor = nullptr;
    TemplatePreview* m_preview = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QLabel* m_libraryError = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QString m_currentId;
    bool m_loading = false;
    PathQuestion m_askPath;
};

} // namespace alertdesk::ui
