#include "event/JsonPretty.h"

namespace alertdesk {

namespace {

void newline(QByteArray& out, int depth, int indent)
{
    out += '\n';
    out.append(qsizetype(std::max(0, depth) * indent), ' ');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The next character after position i that is not white space, or 0.
char nextToken(QByteArrayView json, qsizetype i)
{
    for (++i; i < json.size(); ++i) {
        if (!isSpace(json[i]))
            return json[i];
    }
    return 0;
}

} // namespace

QByteArray prettyJson(QByteArrayView json, int indent)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (isSpace(c))
            continue;
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            const char next = nextToken(json, i);
            if (next == '}' || next == ']') {   // empty: {} and [] stay on one line
                while (isSpace(json[++i])) {
                }
                out += json[i];
                break;
            }
            newline(out, ++depth, indent);
            break;
        }
        case '}':
        case ']':
            newline(out, --depth, indent);
            out += c;
            break;
        case ',':
            out += c;
            newline(out, depth, indent);
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace alertdesk
