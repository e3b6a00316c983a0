#include "CaseFold.h"

#include <QChar>

#include "event/Utf8.h"

namespace alertdesk::rules {

namespace {

// Decodes one well-formed UTF-8 sequence at s[i]; 0 length when it is not one.
char32_t decode(std::string_view s, size_t i, size_t& length)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](size_t k) -> int {
        if (i + k >= s.size())
            return -1;
        const auto b = static_cast<unsigned char>(s[i + k]);
        return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
    };
    length = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        const int c1 = cont(1);
        if (c1 < 0)
            return 0;
        length = 2;
        return (char32_t(b0 & 0x1F) << 6) | char32_t(c1);
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const int c1 = cont(1), c2 = cont(2);
        if (c1 < 0 || c2 < 0)
            return 0;
        const char32_t cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(c1) << 6) | char32_t(c2);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        length = 3;
        return cp;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
        if (c1 < 0 || c2 < 0 || c3 < 0)
            return 0;
        const char32_t cp = (char32_t(b0 & 0x07) << 18) | (char32_t(c1) << 12) | (char32_t(c2) << 6) | char32_t(c3);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0;
        length = 4;
        return cp;
    }
    return 0;
}


} // namespace

void appendFolded(std::string_view utf8, std::string& out)
{
    for (size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
            ++i;
            continue;
        }
        size_t length = 0;
        const char32_t cp = decode(utf8, i, length);
        if (length == 0) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        appendUtf8(out, QChar::toLower(cp));
        i += length;
    }
}

std::string folded(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    appendFolded(utf8, out);
    return out;
}

} // namespace alertdesk::rules
