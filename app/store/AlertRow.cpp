#include "store/AlertRow.h"

#include "store/StringPool.h"

namespace alertdesk {

namespace {

// The n-th separator-delimited part of `text` (missing parts are empty).
QByteArrayView part(QByteArrayView text, char separator, int index)
{
    qsizetype start = 0;
    for (int i = 0; i < index; ++i) {
        const qsizetype next = text.indexOf(separator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = text.indexOf(separator, start);
    return text.sliced(start, (end < 0 ? text.size() : end) - start);
}

// UTF-8 of `text` appended to `out`; most alert text is ASCII, which needs no conversion buffer.
void appendUtf8(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* dst = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            out.truncate(start);
            out += text.toUtf8();
            return;
        }
        dst[i] = char(c);
    }
}

void appendField(QByteArray& out, const QString& value)
{
    appendUtf8(out, value);
    out += fieldSeparator;
}

// Lower-cased ASCII, or false (and nothing appended) when the text has other characters.
bool appendFoldedAscii(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* dst = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            out.truncate(start);
            return false;
        }
        dst[i] = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : char(c);
    }
    return true;
}

} // namespace

QByteArrayView AlertRow::field(RowField which) const
{
    return part(text, fieldSeparator, int(which));
}

bool AlertRow::label(QByteArrayView name, QByteArrayView* value) const
{
    const QByteArrayView labels = field(RowField::LabelList);
    qsizetype start = 0;
    while (start < labels.size()) {
        qsizetype end = labels.indexOf(labelSeparator, start);
        if (end < 0)
            end = labels.size();
        const QByteArrayView entry = labels.sliced(start, end - start);
        const qsizetype split = entry.indexOf(labelValueSeparator);
        if (split >= 0 && entry.first(split) == name) {
            *value = entry.sliced(split + 1);
            return true;
        }
        start = end + 1;
    }
    *value = {};
    return false;
}

std::array<QByteArrayView, rowFieldCount> splitRowText(QByteArrayView text)
{
    std::array<QByteArrayView, rowFieldCount> fields;
    qsizetype start = 0;
    for (int i = 0; i < rowFieldCount && start <= text.size(); ++i) {
        qsizetype end = text.indexOf(fieldSeparator, start);
        if (end < 0)
            end = text.size();
        fields[std::size_t(i)] = text.sliced(start, end - start);
        start = end + 1;
    }
    return fields;
}

QByteArray rowText(const Event& event)
{
    QByteArray out;
    out.reserve(event.id.size() + event.subject.size() + event.title.size() + event.summary.size() + 64);
    appendField(out, event.id);
    appendField(out, event.subject);
    appendField(out, event.title);
    appendField(out, event.summary);
    appendField(out, event.fingerprint);
    for (qsizetype i = 0; i < event.labels.size(); ++i) {
        if (i > 0)
            out += labelSeparator;
        appendUtf8(out, event.labels.at(i).first);
        out += labelValueSeparator;
        appendUtf8(out, event.labels.at(i).second);
    }
    return out;
}

QByteArray rowFolded(const Event& event)
{
    QByteArray ascii;
    ascii.reserve(event.subject.size() + event.title.size() + event.summary.size() + 64);
    bool isAscii = appendFoldedAscii(ascii, event.subject) && (ascii += fieldSeparator, true) &&
                   appendFoldedAscii(ascii, event.title) && (ascii += fieldSeparator, true) &&
                   appendFoldedAscii(ascii, event.summary) && (ascii += fieldSeparator, true);
    for (qsizetype i = 0; isAscii && i < event.labels.size(); ++i) {
        if (i > 0)
            ascii += labelValueSeparator;
        isAscii = appendFoldedAscii(ascii, event.labels.at(i).second);
    }
    if (isAscii)
        return ascii;

    QString folded;
    folded.reserve(event.subject.size() + event.title.size() + event.summary.size() + 64);
    folded += event.subject;
    folded += QChar(QLatin1Char(fieldSeparator));
    folded += event.title;
    folded += QChar(QLatin1Char(fieldSeparator));
    folded += event.summary;
    folded += QChar(QLatin1Char(fieldSeparator));
    for (qsizetype i = 0; i < event.labels.size(); ++i) {
        if (i > 0)
            folded += QChar(QLatin1Char(labelValueSeparator));
        folded += event.labels.at(i).second;
    }
    return folded.toLower().toUtf8();
}

void takeEventFields(AlertRow& row, const Event& event, StringPool& pool)
{
    row.severity = event.severity;
    row.status = event.status;
    row.source = pool.intern(event.source);
    row.type = pool.intern(event.type);
    row.region = pool.intern(event.region);
    row.origin = pool.intern(event.origin);
    row.text = rowText(event);
    row.folded = rowFolded(event);
}

} // namespace alertdesk
