#pragma once

#include <expected>
#include <memory>
#include <span>
#include <vector>

#include <QString>
#include <QStringList>
#include <QStringView>

#include "store/FilterError.h"

namespace alertdesk {

class AlertTable;
struct FilterDataValues;
struct FilterPoolMasks;
struct FilterProgram;

// A filter of the alert table, compiled once from its text (BRIEF.md, "The filter language"; the README's
// "Filter language" section documents the choices). Evaluation is cheap per row: pooled fields (source, type,
// region, origin) are looked up in per-value masks, text is searched in the rows' pre-folded UTF-8, regular
// expressions run JIT-compiled.
//
// Copies share the compiled program; each copy has its own caches, so one object is used by one thread at a
// time (filterRows() itself spreads over threads). Removed rows never match; the empty filter matches every
// other row.
class AlertFilter final
{
public:
    AlertFilter();
    ~AlertFilter();
    AlertFilter(const AlertFilter& other);
    AlertFilter& operator=(const AlertFilter& other);
    AlertFilter(AlertFilter&& other) noexcept;
    AlertFilter& operator=(AlertFilter&& other) noexcept;

    // The error names its place in `text` (UTF-16 offsets) and says what is wrong in one sentence.
    static std::expected<AlertFilter, FilterError> compile(QStringView text);

    QString text() const { return m_text; }
    bool isEmpty() const;
    // The data.<path> fields used, in the order FilterDataValues lists their values ("" for `data` itself).
    QStringList dataPaths() const;
    // True when a term depends on the clock (@age): the result changes as time passes.
    bool usesAge() const;

    // `nowMs` is the clock for @age; `data` the values of dataPaths() (null: every data field is missing).
    bool matches(const AlertTable& table, quint32 row, qint64 nowMs, const FilterDataValues* data = nullptr) const;
    // The candidates that match, in candidate order, into `out` (cleared first). Many candidates are split over
    // the machine's cores; the table must not change meanwhile.
    void filterRows(const AlertTable& table, std::span<const quint32> candidates, qint64 nowMs,
                    std::vector<quint32>& out, const FilterDataValues* data = nullptr) const;

private:
    struct Cache;

    QString m_text;
    std::shared_ptr<const FilterProgram> m_program;
    mutable std::unique_ptr<Cache> m_cache;
};

} // namespace alertdesk
