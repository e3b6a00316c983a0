#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include <QString>

namespace alertdesk::rules {

// An IP address as 16 bytes; IPv4 keeps its 4 bytes at the front and is never equal to an IPv6 address
// (a v4-mapped IPv6 address does not match an IPv4 block, as in event-ruler).
struct IpAddress
{
    std::array<uint8_t, 16> bytes{};
    bool v6 = false;
};

// Strict text forms: dotted quad with 1-3 digit parts up to 255; IPv6 with hex groups, one "::" and an optional
// dotted-quad tail, in any letter case. No ports, zones or brackets.
bool parseIpAddress(std::string_view text, IpAddress& out);

// An address block "base/bits". Host bits in the base are ignored.
class Cidr final
{
public:
    // Empty on success; otherwise the reason (a missing '/', a bad address, a mask out of range).
    static QString compile(std::string_view text, Cidr& out);

    bool contains(std::string_view address) const;

private:
    IpAddress m_base; // host bits cleared
    int m_bits = 0;
};

} // namespace alertdesk::rules
