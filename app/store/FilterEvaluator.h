#pragma once

#include <vector>

#include <QByteArray>

#include "store/FilterProgram.h"

namespace alertdesk {

class AlertTable;
class StringPool;
struct AlertRow;
struct FilterDataValues;

// For each term on a pooled field (source, type, region, origin) and each bare word: the term's result for
// every distinct pool value, so a row costs one look-up instead of a string comparison. The pool only grows,
// so update() evaluates only the values added since the last call.
struct FilterPoolMasks
{
    const StringPool* pool = nullptr;
    quint32 built = 0;
    std::vector<std::vector<quint8>> masks; // [poolSlot][pool id]

    void update(const FilterProgram& program, const StringPool& stringPool);
};

// Evaluates a program on rows. Holds per-thread scratch (PCRE2 match data, a buffer), so each thread of a
// parallel evaluation has its own; the program and the masks are shared read-only.
class FilterEvaluator final
{
public:
    FilterEvaluator(const FilterProgram& program, const FilterPoolMasks& masks);

    bool matches(const AlertTable& table, quint32 row, qint64 nowMs, const FilterDataValues* data);

private:
    bool holds(const CompiledTerm& term, const AlertTable& table, const AlertRow& row, quint32 index, qint64 nowMs,
               const FilterDataValues* data);
    bool pooled(const CompiledTerm& term, const StringPool& pool, quint32 id);
    bool anyLabel(const CompiledTerm& term, const AlertRow& row);
    bool oneLabel(const CompiledTerm& term, const AlertRow& row);

    const FilterProgram& m_program;
    const FilterPoolMasks& m_masks;
    std::vector<FilterRegex::MatchData> m_matchData; // by CompiledTerm::regexSlot
    QByteArray m_buffer;
};

} // namespace alertdesk
