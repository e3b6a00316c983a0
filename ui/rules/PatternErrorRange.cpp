#include "PatternErrorRange.h"

#include <algorithm>
#include <string_view>

#include <QByteArray>
#include <QRegularExpression>

#include "rules/PatternJson.h"
#include "rules/RuleSetJson.h"

namespace alertdesk::ui {

namespace {

using rules::JsonNode;

// QString position of a UTF-8 byte offset.
int charOffset(const QByteArray& utf8, size_t byte)
{
    return int(QString::fromUtf8(utf8.constData(), qsizetype(std::min<size_t>(byte, size_t(utf8.size())))).size());
}

TextRange clampRange(const QString& text, TextRange range)
{
    if (text.isEmpty())
        return {0, 0};
    range.start = std::clamp(range.start, 0, int(text.size()) - 1);
    range.length = std::clamp(range.length, 1, int(text.size()) - range.start);
    return range;
}

TextRange fromLineColumn(const QString& text, int line, int column)
{
    const QStringList lines = text.split(u'\n');
    if (line < 1 || line > lines.size())
        return clampRange(text, {int(text.size()) - 1, 1});
    int start = 0;
    for (int l = 0; l < line - 1; ++l)
        start += int(lines[l].size()) + 1;
    const QByteArray lineUtf8 = lines[line - 1].toUtf8();
    const int inLine = charOffset(lineUtf8, size_t(std::max(column - 1, 0)));
    // Past the end of the line (an unterminated value): mark its last character.
    if (inLine >= lines[line - 1].size())
        return clampRange(text, {start + std::max(int(lines[line - 1].size()) - 1, 0), 1});
    return clampRange(text, {start + inLine, 1});
}

TextRange fromPath(const QString& text, QStringView path)
{
    const QByteArray utf8 = text.toUtf8();
    const Expected<JsonNode> root = rules::parseJsonDocument(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!root)
        return clampRange(text, {0, 1});
    const JsonNode* node = &rules::nodeAtPath(*root, path);
    const int start = charOffset(utf8, node->begin);
    int end = charOffset(utf8, node->end);
    if (!node->isScalar()) {
        const qsizetype lineEnd = text.indexOf(u'\n', start);
        if (lineEnd >= 0)
            end = std::min(end, int(lineEnd));
    }
    return clampRange(text, {start, end - start});
}

} // namespace

TextRange patternErrorRange(const QString& text, const Error& error)
{
    static const QRegularExpression lineColumn(QStringLiteral("^line (\\d+), column (\\d+)"));
    if (const QRegularExpressionMatch match = lineColumn.match(error.where); match.hasMatch())
        return fromLineColumn(text, match.captured(1).toInt(), match.captured(2).toInt());
    if (error.where.startsWith(u'$'))
        return fromPath(text, error.where);
    return clampRange(text, {0, 1});
}

} // namespace alertdesk::ui
