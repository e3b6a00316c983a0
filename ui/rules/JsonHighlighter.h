#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace alertdesk::ui {

// JSON colouring for the pattern editor: keys, strings, numbers, literals and punctuation, from the palette so
// it reads in light and dark themes. A string may not span lines in JSON, so each block is coloured on its own.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument* document, bool dark = false);
    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    int highlightString(const QString& text, int start);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace alertdesk::ui
