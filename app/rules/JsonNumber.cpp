#include "JsonNumber.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace alertdesk::rules {

namespace {

// A decimal as significant digits (no leading or trailing zeros) and the power of ten of the last digit.
struct Decimal
{
    bool negative = false;
    char digits[800];
    int count = 0;
    int exponent = 0;
};

bool normalise(std::string_view text, Decimal& out)
{
    size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        out.negative = true;
        ++i;
    }
    int fractionDigits = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            inFraction = true;
            continue;
        }
        if (c == 'e' || c == 'E')
            break;
        if (c < '0' || c > '9')
            return false;
        if (inFraction)
            ++fractionDigits;
        if (out.count == 0 && c == '0')
            continue; // leading zero
        if (out.count >= static_cast<int>(sizeof out.digits))
            return false;
        out.digits[out.count++] = c;
    }
    long exponent = 0;
    if (i < text.size()) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            negativeExponent = text[i++] == '-';
        for (; i < text.size(); ++i) {
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 100000)
                return false; // far outside any double: not exact
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    out.exponent = static_cast<int>(exponent) - fractionDigits;
    while (out.count > 0 && out.digits[out.count - 1] == '0') {
        --out.count;
        ++out.exponent;
    }
    if (out.count == 0) {
        out.negative = false; // -0 is 0
        out.exponent = 0;
    }
    return true;
}

bool sameDecimal(const Decimal& a, const Decimal& b)
{
    return a.negative == b.negative && a.count == b.count && a.exponent == b.exponent &&
        std::string_view(a.digits, static_cast<size_t>(a.count)) ==
        std::string_view(b.digits, static_cast<size_t>(b.count));
}

// Up to 15 significant digits always survive the round trip through a double (DBL_DIG), so the common short
// numbers need no formatting. Counts digits after stripping leading zeros; trailing zeros count too (cheap bound).
bool shortEnough(std::string_view text)
{
    int significant = 0;
    bool started = false;
    for (const char c : text) {
        if (c == 'e' || c == 'E')
            return false; // exponents may leave the normal range: take the careful path
        if (c < '0' || c > '9')
            continue;
        if (!started && c == '0')
            continue;
        started = true;
        ++significant;
    }
    return significant <= 15;
}

} // namespace

NumberValue readJsonNumber(std::string_view lexeme)
{
    NumberValue result;
    const auto [end, ec] = std::from_chars(lexeme.data(), lexeme.data() + lexeme.size(), result.value);
    if (ec == std::errc::result_out_of_range || end != lexeme.data() + lexeme.size()) {
        // from_chars leaves the value alone on overflow/underflow: neither is exact.
        result.value = 0;
        return result;
    }
    if (!std::isfinite(result.value))
        return result;
    if (shortEnough(lexeme)) {
        // A tiny value with few digits may still be subnormal and lose digits; those have many leading zeros
        // written out, which keeps them below 15 significant digits but needs the check below.
        if (result.value == 0 || std::fabs(result.value) >= std::numeric_limits<double>::min()) {
            result.exact = true;
            return result;
        }
    }
    char shortest[64];
    const auto printed = std::to_chars(shortest, shortest + sizeof shortest, result.value);
    if (printed.ec != std::errc())
        return result;
    Decimal written;
    Decimal reread;
    if (!normalise(lexeme, written) ||
        !normalise(std::string_view(shortest, static_cast<size_t>(printed.ptr - shortest)), reread))
        return result;
    result.exact = sameDecimal(written, reread);
    return result;
}

} // namespace alertdesk::rules
