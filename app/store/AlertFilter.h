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

// A filter of the alert table, compiled once from its text (BRIEF.md, "The filter language"). The choices the
// brief leaves open, as the user sees them:
// - A bare word or "quoted phrase" is a case-insensitive substring of title, summary, subject, source, type or
//   a label value (not label names, ids or data). Terms are separated by white space; all must hold.
// - `field OP value`: the first operator in a term splits it, so a word holding one (a URL) must be quoted;
//   a term starting with an operator (`<none>`) is a plain word. Values may be quoted with \" and \\ escapes;
//   an unquoted empty value is an error, `""` is the empty value.
// - `:` contains, ignoring case. `=`/`!=` compare exactly (case matters). `~`/`!~` are PCRE2 regular
//   expressions, unanchored and case-sensitive (write ^…$ to anchor, (?i) to ignore case).
//   `>` `>=` `<` `<=` compare numerically when both sides are numbers, otherwise by UTF-8 bytes.
// - severity: by rank (unknown < info < warning < major < critical); `:` means `=`; no `~`.
//   status: firing/resolved/stateless with `:` `=` `!=`. @acked, @silenced: true/false/yes/no, `:` `=` `!=`.
// - time: the latest event's time; a date (2026-11-27, UTC) stands for its whole day (`time>2026-11-26`
//   is from the 27th on), an RFC 3339 time for its millisecond. @age: now − first seen, in 90s/10m/2h/1d/1h30m
//   (units ms s m h d w), with `=` `!=` and the orderings.
// - labels.<name>: that label's value; data.<path>: a value in the data (dotted path, array indexes as numbers;
//   strings unquoted, numbers as written, objects/arrays as compact JSON); `data` alone is the whole value.
//   `labels` compares each label as "name=value": any label matching; `!=`/`!~` hold when none does.
// - A term on a field the alert does not have (a missing label or data path; `labels` on an alert without
//   labels) is false, whatever the operator, so `labels.env!=prod` skips alerts without env; its negation
//   (`-labels.env=prod`) is true for them.
// - Field names and keywords are ASCII and never translated (the fixed names ignore case); error messages are
//   translated in the context "AlertFilter".
//
// Evaluation is cheap per row: pooled fields (source, type, region, origin) and bare words on source/type are
// looked up in per-value masks, text is searched in the rows' pre-folded UTF-8, regular expressions run
// JIT-compiled. Copies share the compiled program; each copy has its own caches, so one object is used by one
// thread at a time (filterRows() itself spreads over threads). Removed rows never match; the empty filter
// matches every other row.
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
