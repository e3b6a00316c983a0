#include "store/FilterCompletion.h"

#include <algorithm>

#include <QSet>

#include "event/Event.h"
#include "store/AlertTable.h"
#include "store/FilterFields.h"
#include "store/FilterParser.h"

namespace alertdesk {

namespace {

// A value as the filter language reads it back: quoted when it holds white space or a quote.
QString quotedIfNeeded(const QString& value)
{
    const bool plain = !value.isEmpty() &&
        std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace() || c == u'"' || c == u'\\'; });
    if (plain)
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

// Candidates starting with the prefix first, then those containing it; case-insensitive, capped.
QStringList ranked(const QStringList& all, QStringView prefix, int cap)
{
    QStringList starts;
    QStringList inside;
    for (const QString& value : all) {
        if (value.startsWith(prefix, Qt::CaseInsensitive))
            starts.append(value);
        else if (!prefix.isEmpty() && value.contains(prefix, Qt::CaseInsensitive))
            inside.append(value);
    }
    starts += inside;
    if (starts.size() > cap)
        starts.resize(cap);
    return starts;
}

void sortCaseInsensitive(QStringList& list)
{
    std::sort(list.begin(), list.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
}

QStringList poolValues(const AlertTable& table, quint32 AlertRow::*member)
{
    // Only values some live row still uses; the pool keeps values of removed rows too.
    std::vector<bool> used(table.pool().size());
    for (quint32 i = 0; i < table.size(); ++i) {
        if (!table.row(i).isRemoved())
            used[table.row(i).*member] = true;
    }
    QStringList values;
    for (quint32 id = 1; id < used.size(); ++id) {
        if (used[id])
            values.append(table.pool().text(id));
    }
    sortCaseInsensitive(values);
    return values;
}

} // namespace

FilterCompletion::Completion FilterCompletion::complete(QStringView text, int cursor, const AlertTable& table) const
{
    Completion result;
    cursor = std::clamp(cursor, 0, int(text.size()));
    const QList<FilterToken> tokens = filterparser::tokenize(text);
    const auto at = std::find_if(tokens.cbegin(), tokens.cend(), [cursor](const FilterToken& token) {
        return token.whole.start <= cursor && cursor <= token.whole.end();
    });
    if (at == tokens.cend()) {
        result = {Kind::Field, {}, cursor, 0, fieldCandidates({}, table)};
        return result;
    }
    const FilterToken& token = *at;
    if (token.op.length > 0 && cursor >= token.op.end()) {
        const QStringView field = text.sliced(token.field.start, token.field.length);
        QStringView prefix = text.sliced(token.value.start, cursor - token.value.start);
        if (prefix.startsWith(u'"'))
            prefix = prefix.sliced(1);
        result = {Kind::Value, field.toString(), token.value.start, token.whole.end() - token.value.start,
                  valueCandidates(field, prefix, table)};
        return result;
    }
    if (token.op.length > 0 && cursor > token.field.end())
        return result; // inside the operator
    if (token.op.length == 0 && token.quoted)
        return result; // a phrase is free text
    const int start = token.op.length > 0 ? token.field.start : token.value.start;
    const int end = token.op.length > 0 ? token.field.end() : token.whole.end();
    if (cursor < start)
        return result; // on the '-'
    result = {Kind::Field, {}, start, end - start, fieldCandidates(text.sliced(start, cursor - start), table)};
    return result;
}

QStringList FilterCompletion::fieldCandidates(QStringView prefix, const AlertTable& table) const
{
    QStringList all = filterfields::names();
    all.append(filterfields::labelPrefix);
    all.append(filterfields::dataPrefix);
    QStringList out;
    for (const QString& name : all) {
        if (name.startsWith(prefix, Qt::CaseInsensitive) && name.size() > prefix.size())
            out.append(name);
    }
    // Label names are offered as labels.<name> both after "labels." and when the prefix is the name itself.
    const bool afterLabelPrefix = prefix.startsWith(filterfields::labelPrefix, Qt::CaseInsensitive);
    if (!prefix.isEmpty()) {
        const QStringView namePrefix = afterLabelPrefix ? prefix.sliced(filterfields::labelPrefix.size()) : prefix;
        for (const QString& name : labelNames(table)) {
            if (name.startsWith(namePrefix, Qt::CaseInsensitive) && (afterLabelPrefix || !namePrefix.isEmpty()))
                out.append(filterfields::labelPrefix + name);
        }
    }
    if (out.size() > m_maxCandidates)
        out.resize(m_maxCandidates);
    return out;
}

QStringList FilterCompletion::valueCandidates(QStringView field, QStringView prefix, const AlertTable& table) const
{
    QString name;
    const auto kind = filterfields::byName(field, &name);
    if (!kind)
        return {};
    QStringList all;
    switch (*kind) {
    case FilterField::Severity:
        for (int rank = int(Severity::Critical); rank >= int(Severity::Unknown); --rank)
            all.append(severityName(Severity(rank)));
        break;
    case FilterField::Status:
        all = {statusName(Status::Firing), statusName(Status::Resolved), statusName(Status::Stateless)};
        break;
    case FilterField::Acked:
    case FilterField::Silenced:
        all = {QStringLiteral("true"), QStringLiteral("false")};
        break;
    case FilterField::Age:
        all = {QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("1h"), QStringLiteral("1d")};
        break;
    case FilterField::Source:
        all = poolValues(table, &AlertRow::source);
        break;
    case FilterField::Type:
        all = poolValues(table, &AlertRow::type);
        break;
    case FilterField::Region:
        all = poolValues(table, &AlertRow::region);
        break;
    case FilterField::Origin:
        all = poolValues(table, &AlertRow::origin);
        break;
    case FilterField::Label:
        all = labelValues(name, table);
        break;
    default:
        break;
    }
    QStringList out = ranked(all, prefix, m_maxCandidates);
    for (QString& value : out)
        value = quotedIfNeeded(value);
    return out;
}

QStringList FilterCompletion::labelNames(const AlertTable& table) const
{
    QSet<QByteArray> names;
    const quint32 first = table.size() > m_scanLimit ? table.size() - m_scanLimit : 0;
    for (quint32 i = table.size(); i-- > first;) {
        const AlertRow& row = table.row(i);
        if (row.isRemoved())
            continue;
        const QByteArrayView labels = row.field(RowField::LabelList);
        qsizetype start = 0;
        while (start < labels.size()) {
            qsizetype end = labels.indexOf(labelSeparator, start);
            if (end < 0)
                end = labels.size();
            const QByteArrayView entry = labels.sliced(start, end - start);
            const qsizetype split = entry.indexOf(labelValueSeparator);
            if (split > 0)
                names.insert(entry.first(split).toByteArray());
            start = end + 1;
        }
    }
    QStringList out;
    for (const QByteArray& labelName : names)
        out.append(QString::fromUtf8(labelName));
    sortCaseInsensitive(out);
    return out;
}

QStringList FilterCompletion::labelValues(const QString& name, const AlertTable& table) const
{
    const QByteArray key = name.toUtf8();
    QSet<QByteArray> values;
    const quint32 first = table.size() > m_scanLimit ? table.size() - m_scanLimit : 0;
    for (quint32 i = table.size(); i-- > first;) {
        QByteArrayView value;
        if (!table.row(i).isRemoved() && table.row(i).label(key, &value))
            values.insert(value.toByteArray());
    }
    QStringList out;
    for (const QByteArray& value : values)
        out.append(QString::fromUtf8(value));
    sortCaseInsensitive(out);
    return out;
}

} // namespace alertdesk
