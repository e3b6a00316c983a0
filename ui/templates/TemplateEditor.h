#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace alertdesk::ui {

class MustacheHighlighter;

// The template text: Mustache highlighting, completion of view-model names inside a tag (typing after "{{",
// "{{#", "{{^", "{{/", "{{&" or "{{{"; partial names after "{{>"), Ctrl+Space to ask, and a template error
// marked where it is (line and column, as the engine reports them).
class TemplateEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    explicit TemplateEditor(QWidget* parent = nullptr);

    void setFieldNames(const QStringList& names);
    void setPartialNames(const QStringList& names);
    QCompleter* completer() const { return m_completer; }
    MustacheHighlighter* highlighter() const { return m_highlighter; }

    // Marks the error at 1-based line/column (0: no place) with a wavy underline; line 0 clears the mark.
    void markError(int line, int column);
    // The marked place, or (0, 0).
    QPoint markedError() const { return m_error; }
    void goToLineColumn(int line, int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The partial name being typed inside a tag before the cursor, and whether the tag is a partial.
    bool tagPrefix(QString* prefix, bool* partial) const;
    void updateCompletion(bool forced);
    void insertCompletion(const QString& completion);

    MustacheHighlighter* m_highlighter;
    QCompleter* m_completer;
    QStringListModel* m_model;
    QStringList m_fields;
    QStringList m_partials;
    bool m_partialMode = false;
    QPoint m_error; // x: column, y: line
};

} // namespace alertdesk::ui
