#include "Escaping.h"

namespace alertdesk {

std::string escapeUtf8(std::string_view text, Escaping escaping)
{
    if (escaping == Escaping::None)
        return std::string(text);
    std::string out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += escaping == Escaping::Slack ? "\"" : "&quot;";
            break;
        case '\'':
            out += escaping == Escaping::Html ? "&#39;" : "'";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

QString escapeText(const QString& text, Escaping escaping)
{
    if (escaping == Escaping::None)
        return text;
    const QByteArray utf8 = text.toUtf8();
    const std::string escaped =
        escapeUtf8(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), escaping);
    return QString::fromUtf8(escaped.data(), static_cast<qsizetype>(escaped.size()));
}

std::string escapeMarkdownUtf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '~':
        case '>':
        case '#':
        case '|':
        case '\\':
            out += '\\';
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

std::string escapeJsonUtf8(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    return out;
}

} // namespace alertdesk
