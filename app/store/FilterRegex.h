#pragma once

#include <expected>
#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct pcre2_real_code_8;
struct pcre2_real_match_data_8;

namespace alertdesk {

// A PCRE2 pattern on UTF-8 text, JIT-compiled: the filter's `~` and `!~`. Case-sensitive and unanchored, like
// grep (Alertmanager's =~ is case-sensitive too, but anchored: write ^…$ for that, (?i) for no case).
// Immutable once compiled, so threads share one; each thread matches with its own MatchData.
class FilterRegex final
{
public:
    class MatchData final
    {
    public:
        MatchData() = default;
        explicit MatchData(const FilterRegex& regex);
        ~MatchData();
        MatchData(MatchData&& other) noexcept;
        MatchData& operator=(MatchData&& other) noexcept;
        MatchData(const MatchData&) = delete;
        MatchData& operator=(const MatchData&) = delete;
        pcre2_real_match_data_8* get() const { return m_data; }

    private:
        pcre2_real_match_data_8* m_data = nullptr;
    };

    // The compile error as one sentence (PCRE2's message and the offset in the pattern) when it fails.
    static std::expected<std::shared_ptr<const FilterRegex>, QString> compile(const QString& pattern);
    ~FilterRegex();
    FilterRegex(const FilterRegex&) = delete;
    FilterRegex& operator=(const FilterRegex&) = delete;

    // `subject` must be valid UTF-8 (rows hold QString::toUtf8() output, so they are).
    bool matches(QByteArrayView subject, const MatchData& data) const;

private:
    FilterRegex() = default;

    pcre2_real_code_8* m_code = nullptr;
    bool m_jit = false;
};

} // namespace alertdesk
