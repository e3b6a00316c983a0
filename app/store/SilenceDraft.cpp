#include "store/SilenceDraft.h"

#include <optional>

#include <QRegularExpression>
#include <QStringList>

#include "store/AlertTable.h"

namespace alertdesk {

namespace {

QString quoted(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[\\w.:/@+-]+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (plain.match(value).hasMatch())
        return value;
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// The pooled field's value when every row has the same one.
std::optional<quint32> shared(const AlertTable& table, const QList<quint32>& rows, quint32 AlertRow::*field)
{
    const quint32 first = table.row(rows.first()).*field;
    for (const quint32 row : rows) {
        if (table.row(row).*field != first)
            return std::nullopt;
    }
    return first;
}

} // namespace

QString exactTerm(const QString& field, const QString& value)
{
    return field + QLatin1Char('=') + quoted(value);
}

QString silenceMatchersFor(const AlertTable& table, const QList<quint32>& rows)
{
    if (rows.isEmpty())
        return {};
    QStringList terms;
    const StringPool& pool = table.pool();
    if (const auto source = shared(table, rows, &AlertRow::source))
        terms.append(exactTerm(QStringLiteral("source"), pool.text(*source)));
    if (const auto type = shared(table, rows, &AlertRow::type))
        terms.append(exactTerm(QStringLiteral("type"), pool.text(*type)));
    if (rows.size() == 1) {
        const AlertRow& row = table.row(rows.first());
        const QString subject = row.fieldText(RowField::Subject);
        terms.append(subject.isEmpty() ? exactTerm(QStringLiteral("fingerprint"), row.fieldText(RowField::Fingerprint))
                                       : exactTerm(QStringLiteral("subject"), subject));
        return terms.join(QLatin1Char(' '));
    }
    QStringList fingerprints;
    for (const quint32 row : rows)
        fingerprints.append(QRegularExpression::escape(table.row(row).fieldText(RowField::Fingerprint)));
    fingerprints.removeDuplicates();
    terms.append(QStringLiteral("fingerprint~") +
                 quoted(QStringLiteral("^(") + fingerprints.join(QLatin1Char('|')) + QStringLiteral(")$")));
    return terms.join(QLatin1Char(' '));
}

} // namespace alertdesk
