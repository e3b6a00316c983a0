#include "store/FilterParser.h"

#include <QCoreApplication>

#include "store/FilterFields.h"

namespace alertdesk::filterparser {

namespace {

// The operator starting at `pos`, with its length in *length (0: none).
std::optional<FilterOp> opAt(QStringView text, qsizetype pos, int* length)
{
    const char16_t c = text[pos].unicode();
    const char16_t next = pos + 1 < text.size() ? text[pos + 1].unicode() : u'\0';
    *length = 2;
    if (c == u'!' && next == u'=')
        return FilterOp::NotEqual;
    if (c == u'!' && next == u'~')
        return FilterOp::NotRegex;
    if (c == u'>' && next == u'=')
        return FilterOp::GreaterEqual;
    if (c == u'<' && next == u'=')
        return FilterOp::LessEqual;
    *length = 1;
    switch (c) {
    case u':':
        return FilterOp::Contains;
    case u'=':
        return FilterOp::Equal;
    case u'~':
        return FilterOp::Regex;
    case u'>':
        return FilterOp::Greater;
    case u'<':
        return FilterOp::Less;
    default:
        *length = 0;
        return std::nullopt;
    }
}

// Reads a quoted string starting at the quote at `pos`; returns the position after it.
qsizetype readQuoted(QStringView text, qsizetype pos, FilterToken* token)
{
    ++pos;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (c == u'"')
            return pos + 1;
        if (c == u'\\' && pos + 1 < text.size() && (text[pos + 1] == u'"' || text[pos + 1] == u'\\')) {
            token->text += text[pos + 1];
            pos += 2;
            continue;
        }
        token->text += c;
        ++pos;
    }
    token->unclosed = true;
    return pos;
}

qsizetype endOfWord(QStringView text, qsizetype pos)
{
    while (pos < text.size() && !text[pos].isSpace())
        ++pos;
    return pos;
}

// Reads the value (or word, or phrase) starting at `pos` up to the end of the term.
qsizetype readValue(QStringView text, qsizetype pos, FilterToken* token)
{
    token->value.start = int(pos);
    qsizetype end = pos;
    if (pos < text.size() && text[pos] == u'"') {
        token->quoted = true;
        end = readQuoted(text, pos, token);
    } else {
        end = endOfWord(text, pos);
        token->text = text.sliced(pos, end - pos).toString();
    }
    token->value.length = int(end - pos);
    return endOfWord(text, end); // anything glued after a closing quote belongs to the term (and is an error)
}

// Finds `field OP` at the start of a term; false for a bare word.
bool readFieldAndOp(QStringView text, qsizetype start, FilterToken* token)
{
    for (qsizetype pos = start; pos < text.size() && !text[pos].isSpace() && text[pos] != u'"'; ++pos) {
        int length = 0;
        if (!opAt(text, pos, &length))
            continue;
        if (pos == start)
            return false;
        token->field = {int(start), int(pos - start)};
        token->op = {int(pos), length};
        return true;
    }
    return false;
}

FilterError errorAt(FilterSpan span, QString message)
{
    return FilterError{span.start, span.length, std::move(message)};
}

std::expected<FilterTerm, FilterError> check(QStringView text, const FilterToken& token)
{
    if (token.unclosed)
        return std::unexpected(
            errorAt({token.value.start, int(text.size()) - token.value.start},
                    QCoreApplication::translate("AlertFilter", "The quote opened here is never closed.")));
    if (token.value.end() != token.whole.end())
        return std::unexpected(
            errorAt({token.value.end(), token.whole.end() - token.value.end()},
                    QCoreApplication::translate("AlertFilter", "Put a space after the closing quote.")));
    FilterTerm term;
    term.token = token;
    if (token.field.length == 0) {
        if (token.value.length == 0)
            return std::unexpected(
                errorAt(token.whole,
                        QCoreApplication::translate("AlertFilter", "Nothing follows the '-' that negates a term.")));
        return term;
    }
    const QStringView fieldName = text.sliced(token.field.start, token.field.length);
    const auto field = filterfields::byName(fieldName, &term.name);
    if (!field)
        return std::unexpected(
            errorAt(token.field, QCoreApplication::translate("AlertFilter", "Unknown field “%1”.").arg(fieldName)));
    term.field = *field;
    int opLength = 0;
    term.op = *opAt(text, token.op.start, &opLength);
    if (!filterfields::allows(term.field, term.op))
        return std::unexpected(
            errorAt(token.op,
                    QCoreApplication::translate("AlertFilter", "The operator “%1” cannot be used with the field “%2”.")
                        .arg(filterfields::opText(term.op), fieldName)));
    if (token.value.length == 0)
        return std::unexpected(errorAt(token.op,
                                       QCoreApplication::translate("AlertFilter", "A value is missing after “%1”.")
                                           .arg(filterfields::opText(term.op))));
    return term;
}

} // namespace

QList<FilterToken> tokenize(QStringView text)
{
    QList<FilterToken> tokens;
    qsizetype pos = 0;
    while (true) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        if (pos == text.size())
            break;
        FilterToken token;
        token.whole.start = int(pos);
        if (text[pos] == u'-') {
            token.negated = true;
            ++pos;
        }
        if (readFieldAndOp(text, pos, &token))
            pos = token.op.end();
        pos = readValue(text, pos, &token);
        token.whole.length = int(pos) - token.whole.start;
        tokens.append(std::move(token));
    }
    return tokens;
}

std::expected<QList<FilterTerm>, FilterError> parse(QStringView text)
{
    QList<FilterTerm> terms;
    for (const FilterToken& token : tokenize(text)) {
        auto term = check(text, token);
        if (!term)
            return std::unexpected(term.error());
        terms.append(std::move(*term));
    }
    return terms;
}

} // namespace alertdesk::filterparser
