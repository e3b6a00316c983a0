#include "MustacheHighlighter.h"

#include <QColor>
#include <QFont>

namespace alertdesk::ui {

MustacheHighlighter::MustacheHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    setDark(false);
}

void MustacheHighlighter::setDark(bool dark)
{
    const auto color = [dark](const char* light, const char* darkColor) {
        return QColor(QLatin1String(dark ? darkColor : light));
    };
    m_variable.setForeground(color("#1565C0", "#82B1FF"));
    m_section.setForeground(color("#8E24AA", "#E1A6F0"));
    m_section.setFontWeight(QFont::Bold);
    m_partial.setForeground(color("#00796B", "#64D8CB"));
    m_partial.setFontWeight(QFont::Bold);
    m_comment.setForeground(color("#757575", "#9E9E9E"));
    m_comment.setFontItalic(true);
    m_frontKey.setForeground(color("#EF6C00", "#FFB74D"));
    m_frontMarker.setForeground(color("#757575", "#9E9E9E"));
    rehighlight();
}

// Formats the tags of `text` from `from`; returns -1, or where an unclosed comment began (it goes on).
int MustacheHighlighter::highlightTags(const QString& text, int from)
{
    int at = from;
    while ((at = static_cast<int>(text.indexOf(QLatin1String("{{"), at))) >= 0) {
        const bool triple = text.mid(at, 3) == QLatin1String("{{{");
        const QChar sigil = at + 2 < text.size() ? text.at(at + 2) : QChar();
        const QLatin1String closer = triple ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype close = text.indexOf(closer, at + 2);
        if (sigil == u'!' && close < 0) {
            setFormat(at, static_cast<int>(text.size()) - at, m_comment);
            return at;
        }
        const int end = close < 0 ? static_cast<int>(text.size()) : static_cast<int>(close + closer.size());
        const QTextCharFormat& format = sigil == u'!' ? m_comment
            : (sigil == u'#' || sigil == u'^' || sigil == u'/') ? m_section
            : sigil == u'>' ? m_partial
                            : m_variable;
        setFormat(at, end - at, format);
        at = end;
    }
    return -1;
}

void MustacheHighlighter::highlightBlock(const QString& text)
{
    const int previous = previousBlockState();
    const bool firstBlock = currentBlock().blockNumber() == 0;
    int from = 0;
    if (previous == Comment) {
        const qsizetype close = text.indexOf(QLatin1String("}}"));
        if (close < 0) {
            setFormat(0, static_cast<int>(text.size()), m_comment);
            setCurrentBlockState(Comment);
            return;
        }
        setFormat(0, static_cast<int>(close) + 2, m_comment);
        from = static_cast<int>(close) + 2;
    }
    const bool marker = text.trimmed() == QLatin1String("---");
    if ((firstBlock && marker) || previous == FrontMatter || previous == FrontMatterStart) {
        if (marker) {
            setFormat(0, static_cast<int>(text.size()), m_frontMarker);
            setCurrentBlockState(firstBlock ? FrontMatterStart : Body);
            return;
        }
        const qsizetype colon = text.indexOf(u':');
        if (colon > 0)
            setFormat(0, static_cast<int>(colon) + 1, m_frontKey);
        highlightTags(text, static_cast<int>(colon) + 1);
        setCurrentBlockState(FrontMatter);
        return;
    }
    setCurrentBlockState(highlightTags(text, from) >= 0 ? Comment : Body);
}

} // namespace alertdesk::ui
