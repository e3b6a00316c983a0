#pragma once

#include <optional>

#include <QWidget>

#include "common/Error.h"
#include "rules/Pattern.h"
#include "ui/rules/PatternErrorRange.h"

class QLabel;
class QPlainTextEdit;

namespace alertdesk::ui {

class JsonHighlighter;

// The pattern as JSON text, coloured, and validated as it is typed: a rejected pattern gets a wavy underline at
// the place the compiler names, and the reason with its JSON path (or line and column) below, which is also the
// editor's accessible description so a screen reader announces it.
class PatternEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatternEditor)

public:
    explicit PatternEditor(QWidget* parent = nullptr);
    ~PatternEditor() override;

    QString text() const;
    // Shows `text` without emitting edited(); leaves the cursor alone when the text is already there (undo).
    void setText(const QString& text);
    // The compiled pattern, or empty while the text has an error.
    const std::optional<rules::Pattern>& pattern() const { return m_pattern; }
    const std::optional<Error>& error() const { return m_error; }
    const std::optional<TextRange>& errorRange() const { return m_errorRange; }
    QPlainTextEdit* edit() const { return m_edit; }
    void setDark(bool dark);

signals:
    // The operator changed the text (not setText()).
    void edited(const QString& text);
    // The text was validated (after every change, both ways): pattern() and error() are current.
    void validated();

private:
    void validate();
    void markError();

    QPlainTextEdit* m_edit;
    QLabel* m_status;
    JsonHighlighter* m_highlighter;
    std::optional<rules::Pattern> m_pattern;
    std::optional<Error> m_error;
    std::optional<TextRange> m_errorRange;
    bool m_settingText = false;
    bool m_dark = false;
};

} // namespace alertdesk::ui
