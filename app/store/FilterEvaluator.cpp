#include "store/FilterEvaluator.h"

#include "store/AlertTable.h"
#include "store/FilterDataValues.h"
#include "store/FilterText.h"

namespace alertdesk {

namespace {

// Parts of AlertRow::folded, in its order.
enum class FoldedPart { Subject, Title, Summary, LabelValues };

// The index-th separator-delimited part (missing parts are empty). A plain byte loop: the parts are short, and
// a memchr call per separator (QByteArrayView::indexOf) measured several times slower on a million rows.
QByteArrayView part(QByteArrayView text, char separator, qsizetype index)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    for (; index > 0 && p < end; ++p) {
        if (*p == separator)
            --index;
    }
    if (index > 0)
        return {};
    const char* stop = p;
    while (stop < end && *stop != separator)
        ++stop;
    return QByteArrayView(p, stop - p);
}

// Calls visit(name, value, index) for each "name\x1evalue" entry of a row's labels until it returns true.
template <typename Visit>
bool forEachLabel(QByteArrayView labels, Visit&& visit)
{
    const char* p = labels.data();
    const char* const end = p + labels.size();
    for (qsizetype index = 0; p < end; ++index) {
        const char* split = p;
        while (split < end && *split != labelValueSeparator && *split != labelSeparator)
            ++split;
        const char* stop = split;
        while (stop < end && *stop != labelSeparator)
            ++stop;
        const QByteArrayView name(p, split - p);
        const QByteArrayView value = split < stop ? QByteArrayView(split + 1, stop - split - 1) : QByteArrayView();
        if (visit(name, value, index))
            return true;
        p = stop + 1;
    }
    return false;
}

// The part after the last separator: the labels are the last part of both row buffers, so reading them
// backwards skips the id, subject, title, summary and fingerprint (measured: labels.env=prod on a million rows, 145 →
// 112 ms).
QByteArrayView lastPart(QByteArrayView text, char separator)
{
    const char* const begin = text.data();
    const char* p = begin + text.size();
    while (p > begin && p[-1] != separator)
        --p;
    return QByteArrayView(p, begin + text.size() - p);
}

QByteArrayView rowField(const AlertRow& row, RowField field)
{
    if (field == RowField::LabelList)
        return lastPart(row.text, fieldSeparator);
    return part(row.text, fieldSeparator, qsizetype(field));
}

bool isInverted(FilterOp op)
{
    return op == FilterOp::NotEqual || op == FilterOp::NotRegex;
}

FilterOp positiveOf(FilterOp op)
{
    return op == FilterOp::NotEqual ? FilterOp::Equal : (op == FilterOp::NotRegex ? FilterOp::Regex : op);
}

template <typename T>
bool ordered(FilterOp op, T value, T needle)
{
    switch (op) {
    case FilterOp::Contains:
    case FilterOp::Equal:
        return value == needle;
    case FilterOp::NotEqual:
        return value != needle;
    case FilterOp::Greater:
        return value > needle;
    case FilterOp::GreaterEqual:
        return value >= needle;
    case FilterOp::Less:
        return value < needle;
    case FilterOp::LessEqual:
        return value <= needle;
    default:
        return false;
    }
}

// A text field's value against the term's operator (`op`, so that multi-valued fields can ask the positive
// question per value). `folded` is the pre-lower-cased value, or null when the field has none.
bool textHolds(const CompiledTerm& term, FilterOp op, QByteArrayView raw, const QByteArrayView* folded,
               const FilterRegex::MatchData* matchData)
{
    switch (op) {
    case FilterOp::Contains:
        return folded ? filtertext::contains(*folded, term.folded) : filtertext::containsFolded(raw, term.folded);
    case FilterOp::Equal:
        return raw == QByteArrayView(term.needle);
    case FilterOp::NotEqual:
        return raw != QByteArrayView(term.needle);
    case FilterOp::Regex:
        return term.regex->matches(raw, *matchData);
    case FilterOp::NotRegex:
        return !term.regex->matches(raw, *matchData);
    default:
        return ordered(op, filtertext::compare(raw, term.needle, term.number), 0);
    }
}

// A time field against [low, high): a date is a day, so "> date" means after that day.
bool inRange(FilterOp op, qint64 value, qint64 low, qint64 high)
{
    switch (op) {
    case FilterOp::Contains:
    case FilterOp::Equal:
        return value >= low && value < high;
    case FilterOp::NotEqual:
        return value < low || value >= high;
    case FilterOp::Greater:
        return value >= high;
    case FilterOp::GreaterEqual:
        return value >= low;
    case FilterOp::Less:
        return value < low;
    case FilterOp::LessEqual:
        return value < high;
    default:
        return false;
    }
}

bool evaluatePooled(const CompiledTerm& term, const StringPool& pool, quint32 id,
                    const FilterRegex::MatchData* matchData)
{
    const QByteArrayView folded(pool.folded(id));
    if (term.field == FilterField::Text)
        return filtertext::contains(folded, term.folded);
    return textHolds(term, term.op, pool.text(id).toUtf8(), &folded, matchData);
}

} // namespace

void FilterPoolMasks::update(const FilterProgram& program, const StringPool& stringPool)
{
    if (pool != &stringPool) {
        pool = &stringPool;
        built = 0;
        masks.assign(size_t(program.poolSlotCount), {});
    }
    const quint32 size = stringPool.size();
    if (built >= size)
        return;
    for (const CompiledTerm& term : program.terms) {
        if (term.poolSlot < 0)
            continue;
        const FilterRegex::MatchData matchData =
            term.regex ? FilterRegex::MatchData(*term.regex) : FilterRegex::MatchData();
        std::vector<quint8>& mask = masks[size_t(term.poolSlot)];
        mask.resize(size);
        for (quint32 id = built; id < size; ++id)
            mask[id] = evaluatePooled(term, stringPool, id, &matchData) ? 1 : 0;
    }
    built = size;
}

FilterEvaluator::FilterEvaluator(const FilterProgram& program, const FilterPoolMasks& masks)
    : m_program(program),
      m_masks(masks)
{
    m_matchData.resize(size_t(program.regexCount));
    for (const CompiledTerm& term : program.terms) {
        if (term.regex)
            m_matchData[size_t(term.regexSlot)] = FilterRegex::MatchData(*term.regex);
    }
}

bool FilterEvaluator::matches(const AlertTable& table, quint32 index, qint64 nowMs, const FilterDataValues* data)
{
    const AlertRow& row = table.row(index);
    if (row.isRemoved())
        return false;
    for (const CompiledTerm& term : m_program.terms) {
        if (holds(term, table, row, index, nowMs, data) == term.negated)
            return false;
    }
    return true;
}

bool FilterEvaluator::pooled(const CompiledTerm& term, const StringPool& pool, quint32 id)
{
    if (m_masks.pool == &pool && id < m_masks.built)
        return m_masks.masks[size_t(term.poolSlot)][id] != 0;
    // A value interned after the masks were built (the caller did not update them): answer directly.
    const FilterRegex::MatchData* matchData = term.regex ? &m_matchData[size_t(term.regexSlot)] : nullptr;
    return evaluatePooled(term, pool, id, matchData);
}

bool FilterEvaluator::anyLabel(const CompiledTerm& term, const AlertRow& row)
{
    // Each label as "name=value"; != and !~ hold when no label matches the positive form.
    const FilterRegex::MatchData* matchData = term.regex ? &m_matchData[size_t(term.regexSlot)] : nullptr;
    const FilterOp positive = positiveOf(term.op);
    bool any = false;
    const bool found =
        forEachLabel(rowField(row, RowField::LabelList), [&](QByteArrayView name, QByteArrayView value, qsizetype) {
            any = true;
            m_buffer.truncate(0); // keeps the capacity: no allocation per label
            m_buffer.append(name);
            m_buffer.append('=');
            m_buffer.append(value);
            return textHolds(term, positive, m_buffer, nullptr, matchData);
        });
    return found ? !isInverted(term.op) : (any && isInverted(term.op));
}

bool FilterEvaluator::oneLabel(const CompiledTerm& term, const AlertRow& row)
{
    bool holds = false;
    const QByteArrayView wanted(term.label);
    const bool found = forEachLabel(
        rowField(row, RowField::LabelList), [&](QByteArrayView name, QByteArrayView value, qsizetype index) {
            if (name != wanted)
                return false;
            const QByteArrayView folded = part(lastPart(row.folded, fieldSeparator), labelValueSeparator, index);
            const FilterRegex::MatchData* matchData = term.regex ? &m_matchData[size_t(term.regexSlot)] : nullptr;
            holds = textHolds(term, term.op, value, &folded, matchData);
            return true;
        });
    return found && holds; // no such label: a term on a missing field is false
}

bool FilterEvaluator::holds(const CompiledTerm& term, const AlertTable& table, const AlertRow& row, quint32 index,
                            qint64 nowMs, const FilterDataValues* data)
{
    const FilterRegex::MatchData* matchData = term.regex ? &m_matchData[size_t(term.regexSlot)] : nullptr;
    const auto rowText = [&](RowField field, const QByteArrayView* folded) {
        return textHolds(term, term.op, rowField(row, field), folded, matchData);
    };
    const auto foldedPart = [&](FoldedPart which) { return part(row.folded, fieldSeparator, qsizetype(which)); };
    switch (term.field) {
    case FilterField::Text:
        return filtertext::contains(row.folded, term.folded) || pooled(term, table.pool(), row.source) ||
            pooled(term, table.pool(), row.type);
    case FilterField::Source:
        return pooled(term, table.pool(), row.source);
    case FilterField::Type:
        return pooled(term, table.pool(), row.type);
    case FilterField::Region:
        return pooled(term, table.pool(), row.region);
    case FilterField::Origin:
        return pooled(term, table.pool(), row.origin);
    case FilterField::Id:
        return rowText(RowField::Id, nullptr);
    case FilterField::Fingerprint:
        return rowText(RowField::Fingerprint, nullptr);
    case FilterField::Subject: {
        const QByteArrayView folded = foldedPart(FoldedPart::Subject);
        return rowText(RowField::Subject, &folded);
    }
    case FilterField::Title: {
        const QByteArrayView folded = foldedPart(FoldedPart::Title);
        return rowText(RowField::Title, &folded);
    }
    case FilterField::Summary: {
        const QByteArrayView folded = foldedPart(FoldedPart::Summary);
        return rowText(RowField::Summary, &folded);
    }
    case FilterField::AllLabels:
        return anyLabel(term, row);
    case FilterField::Label:
        return oneLabel(term, row);
    case FilterField::DataPath: {
        const std::optional<QByteArray>* value = data ? data->value(index, term.dataSlot) : nullptr;
        return value && textHolds(term, term.op, **value, nullptr, matchData);
    }
    case FilterField::Severity:
        return ordered(term.op, quint8(row.severity), term.enumValue);
    case FilterField::Status:
        return ordered(term.op, quint8(row.status), term.enumValue);
    case FilterField::Acked:
        return ordered(term.op, quint8((row.flags & AlertRow::Acknowledged) ? 1 : 0), term.enumValue);
    case FilterField::Silenced:
        return ordered(term.op, quint8((row.flags & AlertRow::Silenced) ? 1 : 0), term.enumValue);
    case FilterField::Time:
        return inRange(term.op, row.lastSeenMs, term.low, term.high);
    case FilterField::Age:
        return ordered(term.op, nowMs - row.firstSeenMs, term.low);
    }
    return false;
}

} // namespace alertdesk
