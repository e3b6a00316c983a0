#include "store/AlertRow.h"

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

void appendField(QByteArray& out, const QString& value)
{
    out += value.toUtf8();
    out += fieldSeparator;
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
        out += event.labels.at(i).first.toUtf8();
        out += labelValueSeparator;
        out += event.labels.at(i).second.toUtf8();
    }
    return out;
}

QByteArray rowFolded(const Event& event)
{
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

} // namespace alertdesk
