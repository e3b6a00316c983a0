#include "PatternJson.h"

#include <QString>

#include "event/Utf8.h"

namespace alertdesk::rules {

namespace {


int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(std::string_view s, size_t at, char32_t& value)
{
    if (at + 4 > s.size())
        return false;
    value = 0;
    for (size_t i = 0; i < 4; ++i) {
        const int h = hexValue(s[at + i]);
        if (h < 0)
            return false;
        value = value * 16 + static_cast<char32_t>(h);
    }
    return true;
}

// Length of the UTF-8 sequence starting at s[i], or 0 when it is not well-formed (overlongs, surrogates and
// code points past U+10FFFF are refused, as in app/event/Utf8).
size_t utf8SequenceLength(std::string_view s, size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80)
        return 1;
    auto cont = [&](size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0))
            return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

class Reader final
{
public:
    Reader(std::string_view text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    Expected<JsonNode> document()
    {
        JsonNode root;
        skipSpace();
        if (!value(root, 0))
            return failure();
        skipSpace();
        if (m_pos != m_text.size()) {
            m_error = "unexpected text after the JSON value";
            return failure();
        }
        return root;
    }

private:
    std::unexpected<Error> failure() const
    {
        int line = 1;
        size_t lineStart = 0;
        for (size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const auto column = static_cast<qsizetype>(m_pos - lineStart + 1);
        return fail(Error::Code::BadInput, QStringLiteral("not valid JSON: %1").arg(QString::fromUtf8(m_error)),
                    QStringLiteral("line %1, column %2").arg(line).arg(column));
    }

    bool error(const char* message)
    {
        m_error = message;
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool literal(std::string_view word, JsonNode::Type type, JsonNode& node)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return error("expected a value (string, number, object, array, true, false or null)");
        node.type = type;
        m_pos += word.size();
        return true;
    }

    bool value(JsonNode& node, int depth)
    {
        if (m_pos >= m_text.size())
            return error("unexpected end of input, expected a value");
        node.begin = m_pos;
        bool ok = false;
        switch (m_text[m_pos]) {
        case '{':
            ok = object(node, depth + 1);
            break;
        case '[':
            ok = array(node, depth + 1);
            break;
        case '"':
            node.type = JsonNode::Type::String;
            ok = string(node.text);
            break;
        case 't':
            ok = literal("true", JsonNode::Type::True, node);
            break;
        case 'f':
            ok = literal("false", JsonNode::Type::False, node);
            break;
        case 'n':
            ok = literal("null", JsonNode::Type::Null, node);
            break;
        default:
            ok = number(node);
        }
        node.end = m_pos;
        return ok;
    }

    bool object(JsonNode& node, int depth)
    {
        if (depth > m_maxDepth)
            return error("nested too deeply");
        node.type = JsonNode::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return error("expected a member name in double quotes");
            JsonMember member;
            if (!string(member.key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return error("expected ':' after the member name");
            ++m_pos;
            skipSpace();
            if (!value(member.value, depth))
                return false;
            node.members.push_back(std::move(member));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return error("expected ',' or '}' in the object");
        }
    }

    bool array(JsonNode& node, int depth)
    {
        if (depth > m_maxDepth)
            return error("nested too deeply");
        node.type = JsonNode::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            JsonNode element;
            if (!value(element, depth))
                return false;
            node.elements.push_back(std::move(element));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return error("expected ',' or ']' in the array");
        }
    }

    bool string(std::string& out)
    {
        const size_t start = ++m_pos;
        bool escaped = false;
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                const std::string_view raw = m_text.substr(start, m_pos - start);
                ++m_pos;
                out.clear();
                if (!escaped) {
                    out.assign(raw);
                    return true;
                }
                if (!unescapeJsonString(raw, out)) {
                    m_pos = start;
                    return error("bad escape sequence in a string");
                }
                return true;
            }
            if (c == '\\') {
                escaped = true;
                m_pos += 2;
                continue;
            }
            if (c < 0x20)
                return error("control character in a string (escape it)");
            const size_t length = utf8SequenceLength(m_text, m_pos);
            if (length == 0)
                return error("invalid UTF-8 in a string");
            m_pos += length;
        }
        return error("unterminated string");
    }

    bool digits()
    {
        const size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number(JsonNode& node)
    {
        const size_t start = m_pos;
        if (m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0') {
            ++m_pos;
        } else if (!digits()) {
            m_pos = start;
            return error("expected a value (string, number, object, array, true, false or null)");
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return error("expected digits after the decimal point");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return error("expected digits in the exponent");
        }
        node.type = JsonNode::Type::Number;
        node.text.assign(m_text.substr(start, m_pos - start));
        return true;
    }

    std::string_view m_text;
    int m_maxDepth;
    size_t m_pos = 0;
    const char* m_error = "";
};

void appendQuoted(std::string& out, std::string_view text)
{
    out.push_back('"');
    for (const char c : text) {
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
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out.push_back(hex[(c >> 4) & 0xF]);
                out.push_back(hex[c & 0xF]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void appendJson(std::string& out, const JsonNode& node)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        out += "null";
        return;
    case JsonNode::Type::False:
        out += "false";
        return;
    case JsonNode::Type::True:
        out += "true";
        return;
    case JsonNode::Type::Number:
        out += node.text;
        return;
    case JsonNode::Type::String:
        appendQuoted(out, node.text);
        return;
    case JsonNode::Type::Array:
        out.push_back('[');
        for (size_t i = 0; i < node.elements.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            appendJson(out, node.elements[i]);
        }
        out.push_back(']');
        return;
    case JsonNode::Type::Object:
        out.push_back('{');
        for (size_t i = 0; i < node.members.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            appendQuoted(out, node.members[i].key);
            out.push_back(':');
            appendJson(out, node.members[i].value);
        }
        out.push_back('}');
        return;
    }
}

} // namespace

bool unescapeJsonString(std::string_view raw, std::string& out)
{
    out.reserve(out.size() + raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (++i >= raw.size())
            return false;
        switch (raw[i]) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '/':
            out.push_back('/');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            char32_t cp = 0;
            if (!readHex4(raw, i + 1, cp))
                return false;
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                // A lone high surrogate cannot be written as UTF-8.
                if (i + 6 >= raw.size() || raw[i + 1] != '\\' || raw[i + 2] != 'u' || !readHex4(raw, i + 3, low) ||
                    low < 0xDC00 || low > 0xDFFF)
                    return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return false;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

Expected<JsonNode> parseJsonDocument(std::string_view text, int maxDepth)
{
    return Reader(text, maxDepth).document();
}

std::string toJsonText(const JsonNode& node)
{
    std::string out;
    appendJson(out, node);
    return out;
}

QString jsonTypeName(const JsonNode& node)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        return QStringLiteral("null");
    case JsonNode::Type::False:
    case JsonNode::Type::True:
        return QStringLiteral("a boolean");
    case JsonNode::Type::Number:
        return QStringLiteral("a number");
    case JsonNode::Type::String:
        return QStringLiteral("a string");
    case JsonNode::Type::Array:
        return QStringLiteral("an array");
    case JsonNode::Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

QString jsonIndexPath(const QString& path, size_t index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString utf8Text(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace alertdesk::rules
