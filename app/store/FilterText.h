#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

namespace alertdesk::filtertext {

// Case-insensitive "contains" on UTF-8: `foldedNeedle` is already lower-cased (QString::toLower), the haystack
// is folded here — byte-wise when it is ASCII (the common case: ids, fingerprints, label names), through
// QString otherwise. Use the rows' pre-folded text where there is one; this is for the fields without.
bool containsFolded(QByteArrayView haystack, QByteArrayView foldedNeedle);
// Substring search on bytes (both sides already in the same case).
bool contains(QByteArrayView haystack, QByteArrayView needle);
// The whole text as a number ("42", "-1.5e3"), or empty.
std::optional<double> toNumber(QByteArrayView text);
// <0, 0, >0: numerically when both are numbers, else by bytes (UTF-8 byte order is code point order).
int compare(QByteArrayView value, QByteArrayView needle, const std::optional<double>& needleNumber);
QByteArray fold(QByteArrayView utf8);

} // namespace alertdesk::filtertext
