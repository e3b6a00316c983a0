#pragma once

#include <QList>
#include <QString>

namespace alertdesk {

// What a filter term looks at (BRIEF.md, "The filter language"): the event-model fields, one label, a path in
// the data, and the alert's own state.
enum class FilterField : quint8 {
    Text, // a bare word or "quoted phrase": title, summary, subject, source, type and label values
    Id,
    Source,
    Type,
    Subject,
    Region,
    Time,
    Severity,
    Status,
    Title,
    Summary,
    AllLabels,
    Fingerprint,
    Origin,
    Label,    // labels.<name>
    DataPath, // data.<path>
    Age,      // @age: now − first seen
    Acked,    // @acked
    Silenced, // @silenced
};

enum class FilterOp : quint8 { Contains, Equal, NotEqual, Regex, NotRegex, Greater, GreaterEqual, Less, LessEqual };

// Where the parts of one term are in the filter text (UTF-16 offsets; length 0 when the part is absent).
struct FilterSpan
{
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
};

// One term as the lexer splits it: `[-]word`, `[-]"phrase"` or `[-]field OP value`. The parser and the
// completion both start from this.
struct FilterToken
{
    FilterSpan whole; // the term, the leading '-' included
    bool negated = false;
    FilterSpan field; // empty for a bare word or phrase
    FilterSpan op;
    FilterSpan value; // the word, the phrase or the value, quotes included
    bool quoted = false;
    bool unclosed = false; // a quote opened and never closed
    QString text;          // the word, phrase or value with quotes removed and escapes resolved
};

// One term, checked: its field is known and its operator allowed for it. The value is still text; the compiled
// filter turns it into what each field compares with.
struct FilterTerm
{
    FilterToken token;
    FilterField field = FilterField::Text;
    QString name; // labels.<name>: the label name; data.<path>: the path ("" for the whole data)
    FilterOp op = FilterOp::Contains;
};

} // namespace alertdesk
