#pragma once

#include <string>

#include <QByteArrayView>

namespace alertdesk {

// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points past U+10FFFF
// included), or -1 when the text is valid. Used to say where, not only whether, input is broken.
qsizetype firstInvalidUtf8(QByteArrayView text);

// Appends the UTF-8 encoding of one code point (the caller passes a valid scalar value).
void appendUtf8(std::string& out, char32_t codePoint);

} // namespace alertdesk
