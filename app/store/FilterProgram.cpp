#include "store/FilterProgram.h"

#include <algorithm>

#include <QCoreApplication>

#include "event/Event.h"
#include "event/EventTime.h"
#include "store/Duration.h"
#include "store/FilterFields.h"
#include "store/FilterText.h"

namespace alertdesk {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

FilterError valueError(const FilterTerm& term, QString message)
{
    return FilterError{term.token.value.start, term.token.value.length, std::move(message)};
}

std::optional<quint8> severityRank(const QString& text)
{
    for (int rank = int(Severity::Unknown); rank <= int(Severity::Critical); ++rank) {
        if (text.compare(severityName(Severity(rank)), Qt::CaseInsensitive) == 0)
            return quint8(rank);
    }
    return std::nullopt;
}

std::optional<quint8> statusValue(const QString& text)
{
    for (const Status status : {Status::Firing, Status::Resolved, Status::Stateless}) {
        if (text.compare(statusName(status), Qt::CaseInsensitive) == 0)
            return quint8(status);
    }
    return std::nullopt;
}

std::optional<bool> booleanValue(const QString& text)
{
    for (const auto word : {u"true", u"yes"}) {
        if (text.compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const auto word : {u"false", u"no"}) {
        if (text.compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

// A date names its whole day (UTC); a timestamp its millisecond.
std::optional<std::pair<qint64, qint64>> timeRange(const QString& text)
{
    const bool dateOnly = text.size() == 10 && text[4] == u'-' && text[7] == u'-';
    const QByteArray utf8 = dateOnly ? (text + u"T00:00:00Z").toUtf8() : text.toUtf8();
    const auto ms = parseEventTime(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!ms)
        return std::nullopt;
    return std::pair{*ms, *ms + (dateOnly ? dayMs : 1)};
}

// Checks and converts the value for fields with their own kind of value; the text fields take any text.
std::optional<FilterError> compileValue(const FilterTerm& term, CompiledTerm& out)
{
    const QString& value = term.token.text;
    switch (term.field) {
    case FilterField::Severity: {
        const auto rank = severityRank(value);
        if (!rank)
            return valueError(
                term,
                QCoreApplication::translate("AlertFilter",
                                            "Unknown severity “%1”: use critical, major, warning, info or unknown.")
                    .arg(value));
        out.enumValue = *rank;
        return std::nullopt;
    }
    case FilterField::Status: {
        const auto status = statusValue(value);
        if (!status)
            return valueError(
                term,
                QCoreApplication::translate("AlertFilter", "Unknown status “%1”: use firing, resolved or stateless.")
                    .arg(value));
        out.enumValue = *status;
        return std::nullopt;
    }
    case FilterField::Acked:
    case FilterField::Silenced: {
        const auto flag = booleanValue(value);
        if (!flag)
            return valueError(
                term,
                QCoreApplication::translate("AlertFilter", "“%1” is not a yes/no value: use true, false, yes or no.")
                    .arg(value));
        out.enumValue = *flag ? 1 : 0;
        return std::nullopt;
    }
    case FilterField::Age: {
        const auto duration = parseDurationMs(value);
        if (!duration)
            return valueError(term,
                              QCoreApplication::translate(
                                  "AlertFilter", "“%1” is not a duration: write it like 90s, 10m, 2h, 1d or 1h30m.")
                                  .arg(value));
        out.low = *duration;
        return std::nullopt;
    }
    case FilterField::Time: {
        const auto range = timeRange(value);
        if (!range)
            return valueError(term,
                              QCoreApplication::translate(
                                  "AlertFilter", "“%1” is not a time: write a date (2026-11-27) or an RFC 3339 time.")
                                  .arg(value));
        out.low = range->first;
        out.high = range->second;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<FilterError> compileRegex(const FilterTerm& term, CompiledTerm& out, int* regexCount)
{
    auto regex = FilterRegex::compile(term.token.text);
    if (!regex)
        return valueError(term, regex.error());
    out.regex = std::move(*regex);
    out.regexSlot = (*regexCount)++;
    return std::nullopt;
}

// Why the order: pool look-ups and enum compares cost nothing, text scans something, regexes and per-label
// work the most; a row fails at its first false term.
int costOf(const CompiledTerm& term)
{
    if (term.poolSlot >= 0 && term.field != FilterField::Text)
        return 0;
    switch (term.field) {
    case FilterField::Severity:
    case FilterField::Status:
    case FilterField::Acked:
    case FilterField::Silenced:
    case FilterField::Time:
    case FilterField::Age:
        return 0;
    case FilterField::Text:
        return 2;
    case FilterField::AllLabels:
    case FilterField::Label:
    case FilterField::DataPath:
        return term.regex ? 5 : 4;
    default:
        return term.regex ? 4 : 3;
    }
}

} // namespace

std::expected<FilterProgram, FilterError> FilterProgram::compile(const QList<FilterTerm>& terms)
{
    FilterProgram program;
    for (const FilterTerm& term : terms) {
        CompiledTerm out;
        out.field = term.field;
        out.op = term.op;
        out.negated = term.token.negated;
        out.needle = term.token.text.toUtf8();
        out.folded = term.token.text.toLower().toUtf8();
        out.number = filtertext::toNumber(out.needle);
        std::optional<FilterError> error = compileValue(term, out);
        if (!error && (term.op == FilterOp::Regex || term.op == FilterOp::NotRegex))
            error = compileRegex(term, out, &program.regexCount);
        if (error)
            return std::unexpected(*error);
        if (term.field == FilterField::Label)
            out.label = term.name.toUtf8();
        if (term.field == FilterField::DataPath) {
            qsizetype slot = program.dataPaths.indexOf(term.name);
            if (slot < 0) {
                slot = program.dataPaths.size();
                program.dataPaths.append(term.name);
            }
            out.dataSlot = int(slot);
        }
        if (term.field == FilterField::Text || filterfields::isPooled(term.field))
            out.poolSlot = program.poolSlotCount++;
        program.usesAge = program.usesAge || term.field == FilterField::Age;
        program.terms.push_back(std::move(out));
    }
    std::stable_sort(program.terms.begin(), program.terms.end(),
                     [](const CompiledTerm& a, const CompiledTerm& b) { return costOf(a) < costOf(b); });
    return program;
}

} // namespace alertdesk
