#include "store/FilterRegex.h"

#include <array>
#include <utility>

#include <QCoreApplication>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace alertdesk {

FilterRegex::MatchData::MatchData(const FilterRegex& regex)
    : m_data(pcre2_match_data_create_from_pattern(regex.m_code, nullptr))
{}

FilterRegex::MatchData::~MatchData()
{
    pcre2_match_data_free(m_data);
}

FilterRegex::MatchData::MatchData(MatchData&& other) noexcept : m_data(std::exchange(other.m_data, nullptr)) {}

FilterRegex::MatchData& FilterRegex::MatchData::operator=(MatchData&& other) noexcept
{
    if (this != &other) {
        pcre2_match_data_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
    }
    return *this;
}

std::expected<std::shared_ptr<const FilterRegex>, QString> FilterRegex::compile(const QString& pattern)
{
    const QByteArray utf8 = pattern.toUtf8();
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()),
                                     PCRE2_UTF | PCRE2_UCP, &errorCode, &errorOffset, nullptr);
    if (!code) {
        std::array<PCRE2_UCHAR, 256> message{};
        pcre2_get_error_message(errorCode, message.data(), message.size());
        return std::unexpected(
            QCoreApplication::translate("AlertFilter", "Bad regular expression: %1 (at character %2).")
                .arg(QString::fromUtf8(reinterpret_cast<const char*>(message.data())))
                .arg(QString::fromUtf8(utf8.first(qsizetype(errorOffset))).size()));
    }
    std::shared_ptr<FilterRegex> regex(new FilterRegex);
    regex->m_code = code;
    // Without JIT (an unusual build of PCRE2) the interpreter still gives the same answers, only slower.
    regex->m_jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    return regex;
}

FilterRegex::~FilterRegex()
{
    pcre2_code_free(m_code);
}

bool FilterRegex::matches(QByteArrayView subject, const MatchData& data) const
{
    static constexpr char empty[] = ""; // PCRE2 refuses a null subject even of length 0
    const auto text = reinterpret_cast<PCRE2_SPTR>(subject.data() ? subject.data() : empty);
    const auto length = PCRE2_SIZE(subject.size());
    const int result = m_jit ? pcre2_jit_match(m_code, text, length, 0, 0, data.get(), nullptr)
                             : pcre2_match(m_code, text, length, 0, PCRE2_NO_UTF_CHECK, data.get(), nullptr);
    return result >= 0;
}

} // namespace alertdesk
