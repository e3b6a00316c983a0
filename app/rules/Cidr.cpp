#include "Cidr.h"

namespace alertdesk::rules {

namespace {

bool parseIpv4(std::string_view text, uint8_t* out)
{
    int part = 0;
    size_t i = 0;
    while (part < 4) {
        int value = 0;
        size_t digits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 4) {
            value = value * 10 + (text[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0 || digits > 3 || value > 255)
            return false;
        out[part++] = static_cast<uint8_t>(value);
        if (part < 4) {
            if (i >= text.size() || text[i] != '.')
                return false;
            ++i;
        }
    }
    return i == text.size();
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Groups on one side of "::"; each group 1-4 hex digits; the last may be a dotted quad (two groups).
bool parseGroups(std::string_view text, uint16_t* groups, int& count, bool allowQuadTail)
{
    count = 0;
    if (text.empty())
        return true;
    size_t i = 0;
    for (;;) {
        const size_t colon = text.find(':', i);
        const std::string_view group =
            text.substr(i, colon == std::string_view::npos ? std::string_view::npos : colon - i);
        if (colon == std::string_view::npos && allowQuadTail && group.find('.') != std::string_view::npos) {
            uint8_t quad[4];
            if (count > 6 || !parseIpv4(group, quad))
                return false;
            groups[count++] = static_cast<uint16_t>(quad[0] << 8 | quad[1]);
            groups[count++] = static_cast<uint16_t>(quad[2] << 8 | quad[3]);
            return true;
        }
        if (group.empty() || group.size() > 4 || count >= 8)
            return false;
        int value = 0;
        for (const char c : group) {
            const int h = hexDigit(c);
            if (h < 0)
                return false;
            value = value * 16 + h;
        }
        groups[count++] = static_cast<uint16_t>(value);
        if (colon == std::string_view::npos)
            return true;
        i = colon + 1;
    }
}

bool parseIpv6(std::string_view text, uint8_t* out)
{
    uint16_t head[8];
    uint16_t tail[8];
    int headCount = 0;
    int tailCount = 0;
    const size_t gap = text.find("::");
    if (gap == std::string_view::npos) {
        if (!parseGroups(text, head, headCount, true) || headCount != 8)
            return false;
    } else {
        if (text.find("::", gap + 1) != std::string_view::npos)
            return false;
        if (!parseGroups(text.substr(0, gap), head, headCount, false) ||
            !parseGroups(text.substr(gap + 2), tail, tailCount, true) || headCount + tailCount > 7)
            return false;
    }
    uint16_t groups[8] = {};
    for (int g = 0; g < headCount; ++g)
        groups[g] = head[g];
    for (int g = 0; g < tailCount; ++g)
        groups[8 - tailCount + g] = tail[g];
    for (int g = 0; g < 8; ++g) {
        out[2 * g] = static_cast<uint8_t>(groups[g] >> 8);
        out[2 * g + 1] = static_cast<uint8_t>(groups[g] & 0xFF);
    }
    return true;
}

} // namespace

bool parseIpAddress(std::string_view text, IpAddress& out)
{
    out = IpAddress();
    if (text.find(':') != std::string_view::npos) {
        out.v6 = true;
        return parseIpv6(text, out.bytes.data());
    }
    return parseIpv4(text, out.bytes.data());
}

QString Cidr::compile(std::string_view text, Cidr& out)
{
    const size_t slash = text.find('/');
    if (slash == std::string_view::npos || text.find('/', slash + 1) != std::string_view::npos)
        return QStringLiteral("malformed CIDR: write one address, '/', and the mask bits (10.0.0.0/24)");
    const std::string_view address = text.substr(0, slash);
    const std::string_view bitsText = text.substr(slash + 1);
    if (!parseIpAddress(address, out.m_base))
        return QStringLiteral("invalid IP address: %1")
            .arg(QString::fromUtf8(address.data(), static_cast<qsizetype>(address.size())));
    const int limit = out.m_base.v6 ? 128 : 32;
    int bits = 0;
    if (bitsText.empty() || bitsText.size() > 3)
        return QStringLiteral("the mask must be a whole number of bits below %1").arg(limit);
    for (const char c : bitsText) {
        if (c < '0' || c > '9')
            return QStringLiteral("the mask must be a whole number of bits below %1").arg(limit);
        bits = bits * 10 + (c - '0');
    }
    // event-ruler refuses /32 and /128 (a single address is an exact match there).
    if (bits >= limit)
        return QStringLiteral("%1 mask bits must be < %2")
            .arg(out.m_base.v6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))
            .arg(limit);
    out.m_bits = bits;
    for (int bit = bits; bit < limit; ++bit)
        out.m_base.bytes[static_cast<size_t>(bit / 8)] &= static_cast<uint8_t>(~(0x80u >> (bit % 8)));
    return {};
}

bool Cidr::contains(std::string_view address) const
{
    IpAddress ip;
    if (!parseIpAddress(address, ip) || ip.v6 != m_base.v6)
        return false;
    const int full = m_bits / 8;
    for (int i = 0; i < full; ++i) {
        if (ip.bytes[static_cast<size_t>(i)] != m_base.bytes[static_cast<size_t>(i)])
            return false;
    }
    const int rest = m_bits % 8;
    if (rest == 0)
        return true;
    const auto mask = static_cast<uint8_t>(0xFF00u >> rest);
    return (ip.bytes[static_cast<size_t>(full)] & mask) == m_base.bytes[static_cast<size_t>(full)];
}

} // namespace alertdesk::rules
