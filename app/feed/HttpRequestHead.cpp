#include "HttpRequestHead.h"

#include <QList>

namespace alertdesk {

namespace {

// RFC 9110 token characters: what a method and a header name may hold.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible characters, spaces, tabs and obs-text, never other control characters.
bool isValidFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// QByteArrayView has no tokenize() in Qt 6.4. Empty parts are skipped.
QList<QByteArrayView> split(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(separator, pos);
        if (end < 0)
            end = text.size();
        if (end > pos)
            parts.append(text.sliced(pos, end - pos));
        pos = end + 1;
    }
    return parts;
}

Expected<bool> parseRequestLine(QByteArrayView line, HttpRequestHead& head)
{
    const QList<QByteArrayView> parts = split(line, ' ');
    if (parts.size() != 3 || !isToken(parts.at(0)))
        return fail(Error::Code::BadInput, QStringLiteral("the request line is not METHOD TARGET HTTP/1.x"),
                    QStringLiteral("request line"));
    const QByteArrayView version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(Error::Code::BadInput, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"),
                    QStringLiteral("request line"));
    const QByteArrayView target = parts.at(1);
    if (!target.startsWith('/') || !isValidFieldValue(target))
        return fail(Error::Code::BadInput, QStringLiteral("the request target must be an absolute path"),
                    QStringLiteral("request line"));
    head.method = parts.at(0).toByteArray();
    head.target = target.toByteArray();
    const qsizetype question = head.target.indexOf('?');
    head.path = question < 0 ? head.target : head.target.left(question);
    head.query = question < 0 ? QByteArray() : head.target.mid(question + 1);
    head.minorVersion = version.back() - '0';
    return true;
}

Expected<bool> parseHeaderLine(QByteArrayView line, HttpRequestHead& head)
{
    if (line.front() == ' ' || line.front() == '\t')   // obs-fold: RFC 9112 5.2 lets a server reject it
        return fail(Error::Code::BadInput, QStringLiteral("folded header lines are not accepted"),
                    QStringLiteral("header"));
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
    if (!isToken(name))   // also refuses "Name :" (RFC 9112 5.1: whitespace before the colon is an error)
        return fail(Error::Code::BadInput, QStringLiteral("a header line has no valid field name"),
                    QStringLiteral("header"));
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!isValidFieldValue(value))
        return fail(Error::Code::BadInput, QStringLiteral("header %1 holds control characters")
                                               .arg(QString::fromLatin1(name)),
                    QStringLiteral("header"));
    head.headers.append({name.toByteArray(), value.toByteArray()});
    return true;
}

} // namespace

qsizetype HttpRequestHead::findEnd(QByteArrayView data)
{
    const qsizetype at = data.indexOf(QByteArrayView("\r\n\r\n"));
    return at < 0 ? -1 : at + 4;
}

Expected<HttpRequestHead> HttpRequestHead::parse(QByteArrayView text)
{
    while (text.endsWith("\r\n"))
        text.chop(2);
    if (text.isEmpty())
        return fail(Error::Code::BadInput, QStringLiteral("the request head is empty"), QStringLiteral("request head"));
    HttpRequestHead head;
    bool first = true;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QByteArrayView("\r\n"), pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        if (line.contains('\r') || line.contains('\n'))   // bare CR or LF: a smuggling trick, refuse
            return fail(Error::Code::BadInput, QStringLiteral("a line ends in a bare CR or LF"),
                        QStringLiteral("request head"));
        if (line.isEmpty())
            return fail(Error::Code::BadInput, QStringLiteral("an empty line inside the head"),
                        QStringLiteral("request head"));
        const auto parsed = first ? parseRequestLine(line, head) : parseHeaderLine(line, head);
        if (!parsed)
            return std::unexpected(parsed.error());
        first = false;
        pos = end + 2;
    }
    return head;
}

QByteArray HttpRequestHead::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return {};
}

bool HttpRequestHead::hasHeader(QByteArrayView name) const
{
    for (const auto& field : headers) {
        if (equalsIgnoringCase(field.first, name))
            return true;
    }
    return false;
}

bool HttpRequestHead::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const auto& [key, value] : headers) {
        if (!equalsIgnoringCase(key, name))
            continue;
        for (QByteArrayView item : split(value, ',')) {
            if (equalsIgnoringCase(trimmed(item), token))
                return true;
        }
    }
    return false;
}

Expected<qint64> HttpRequestHead::contentLength() const
{
    qint64 length = -1;
    for (const auto& [key, value] : headers) {
        if (!equalsIgnoringCase(key, "Content-Length"))
            continue;
        bool ok = !value.isEmpty() && value.size() <= 18;
        for (char c : value)
            ok = ok && c >= '0' && c <= '9';
        const qint64 parsed = ok ? value.toLongLong(&ok) : -1;
        // Two different lengths are a request-smuggling signal (RFC 9112 6.3): refuse rather than pick one.
        if (!ok || (length >= 0 && parsed != length))
            return fail(Error::Code::BadInput, QStringLiteral("Content-Length is not one decimal number"),
                        QStringLiteral("header Content-Length"));
        length = parsed;
    }
    return length;
}

bool HttpRequestHead::keepAlive() const
{
    if (headerHasToken("Connection", "close"))
        return false;
    return minorVersion >= 1 || headerHasToken("Connection", "keep-alive");
}

bool HttpRequestHead::isWebSocketUpgrade() const
{
    return headerHasToken("Connection", "upgrade") && headerHasToken("Upgrade", "websocket");
}

QByteArray HttpRequestHead::queryValue(QByteArrayView name) const
{
    for (QByteArrayView pair : split(query, '&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView key = eq < 0 ? pair : pair.first(eq);
        if (key == name)
            return eq < 0 ? QByteArray("") : pair.sliced(eq + 1).toByteArray();
    }
    return {};
}

} // namespace alertdesk
