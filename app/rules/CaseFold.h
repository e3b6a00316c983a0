#pragma once

#include <string>
#include <string_view>

namespace alertdesk::rules {

// equals-ignore-case folding as event-ruler does it: each code point on its own to its simple lower case
// (Java Character.toLowerCase), no special cases: "ÄÖÜ" ~ "äöü", but "ΣΑΣ" !~ "σας", "STRASSE" !~ "straße",
// "I" !~ "ı". Bytes that are not valid UTF-8 are kept as they are. Appends to `out`.
void appendFolded(std::string_view utf8, std::string& out);
std::string folded(std::string_view utf8);

} // namespace alertdesk::rules
