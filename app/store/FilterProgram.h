#pragma once

#include <expected>
#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "store/FilterError.h"
#include "store/FilterRegex.h"
#include "store/FilterTerm.h"

namespace alertdesk {

// One term compiled to what a row is compared with: the value parsed once for its field.
struct CompiledTerm
{
    FilterField field = FilterField::Text;
    FilterOp op = FilterOp::Contains;
    bool negated = false;
    QByteArray needle;            // the value as typed, UTF-8: =, != and ordering
    QByteArray folded;            // lower-cased: ':' and bare words
    std::optional<double> number; // the value as a number, for numeric ordering
    std::shared_ptr<const FilterRegex> regex;
    int regexSlot = -1; // index of this term's match data in a thread's scratch
    qint64 low = 0;     // time: [low, high); @age: the duration
    qint64 high = 0;
    quint8 enumValue = 0; // severity rank, status, boolean
    QByteArray label;     // labels.<name>
    int dataSlot = -1;    // index into FilterDataValues' per-row list
    int poolSlot = -1;    // index of this term's per-pool-value mask
};

// A compiled filter: its terms, cheapest first (all must hold, so the order changes only the time taken).
struct FilterProgram
{
    std::vector<CompiledTerm> terms;
    QStringList dataPaths;
    int regexCount = 0;
    int poolSlotCount = 0;
    bool usesAge = false;

    static std::expected<FilterProgram, FilterError> compile(const QList<FilterTerm>& terms);
};

} // namespace alertdesk
