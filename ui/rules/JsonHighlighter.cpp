#include "JsonHighlighter.h"

#include <QColor>

namespace alertdesk::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document, bool dark) : QSyntaxHighlighter(document)
{
    setDark(dark);
}

void JsonHighlighter::setDark(bool dark)
{
    // Colours chosen for contrast ≥ 4.5:1 on the editor's base colour in each theme.
    m_key.setForeground(QColor(dark ? 0x9CDCFE : 0x0D47A1));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(dark ? 0xCE9178 : 0x2E7D32));
    m_number.setForeground(QColor(dark ? 0xB5CEA8 : 0x6A1B9A));
    m_literal.setForeground(QColor(dark ? 0x569CD6 : 0xAD1457));
    m_punctuation.setForeground(QColor(dark ? 0xA0A0A0 : 0x616161));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    int i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'"') {
            i = highlightString(text, i);
        } else if (c == u'-' || c.isDigit()) {
            int end = i + 1;
            while (end < text.size() && (text[end].isDigit() || QStringLiteral(".eE+-").contains(text[end])))
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < text.size() && text[end].isLetter())
                ++end;
            const QStringView word = QStringView(text).sliced(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(i, end - i, m_literal);
            i = end;
        } else {
            if (QStringLiteral("{}[]:,").contains(c))
                setFormat(i, 1, m_punctuation);
            ++i;
        }
    }
}

int JsonHighlighter::highlightString(const QString& text, int start)
{
    int end = start + 1;
    while (end < text.size() && text[end] != u'"') {
        if (text[end] == u'\\')
            ++end;
        ++end;
    }
    end = std::min(end + 1, int(text.size()));
    // A string followed by a colon is a member name.
    int next = end;
    while (next < text.size() && text[next].isSpace())
        ++next;
    const bool isKey = next < text.size() && text[next] == u':';
    setFormat(start, end - start, isKey ? m_key : m_string);
    return end;
}

} // namespace alertdesk::ui
