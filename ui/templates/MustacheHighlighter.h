#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace alertdesk::ui {

// Mustache in the template editor: variables, sections (# ^ /), partials (>), comments (!, across lines), triple
// mustaches, and the front matter's keys. Default delimiters only: a template that changes them is still
// rendered right, only the colours stop following.
class MustacheHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MustacheHighlighter)

public:
    explicit MustacheHighlighter(QTextDocument* document);
    // Colours that read on the palette (light or dark).
    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum State { Body = 0, FrontMatter = 1, Comment = 2, FrontMatterStart = 3 };
    int highlightTags(const QString& text, int from);

    QTextCharFormat m_variable;
    QTextCharFormat m_section;
    QTextCharFormat m_partial;
    QTextCharFormat m_comment;
    QTextCharFormat m_frontKey;
    QTextCharFormat m_frontMarker;
};

} // namespace alertdesk::ui
