// Telegram sendMessage bodies (spec §4.4): parse_mode HTML (the escaping is simple and splitting safe), or plain.
#include <QJsonArray>

#include "notify/PayloadFamilies_p.h"

namespace alertdesk::payload_detail {

namespace {

// Room kept in each part for the closing tags of the tags left open.
constexpr qsizetype kClosingRoom = 64;

struct OpenTag
{
    QString name;
    QString text; // the opening tag as written, to reopen it in the next part
};

// The tags `html` leaves open, in order.
QList<OpenTag> openTags(QStringView html)
{
    QList<OpenTag> open;
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        const qsizetype close = html.indexOf(u'>', i);
        if (close < 0)
            break;
        const QStringView tag = html.mid(i + 1, close - i - 1).trimmed();
        const bool closing = tag.startsWith(u'/');
        const QString name = (closing ? tag.mid(1) : tag).toString().section(u' ', 0, 0).toLower();
        if (closing) {
            for (qsizetype k = open.size() - 1; k >= 0; --k) {
                if (open[k].name == name) {
                    open.remove(k);
                    break;
                }
            }
        } else if (!tag.endsWith(u'/')) {
            open.append({name, html.mid(i, close - i + 1).toString()});
        }
    }
    return open;
}

// Where to cut `rest` to keep `budget` characters: at the last line break that fits, never inside a tag, an
// entity or a surrogate pair.
qsizetype cutPosition(QStringView rest, qsizetype budget)
{
    if (rest.size() <= budget)
        return rest.size();
    qsizetype cut = budget;
    if (cut > 0 && rest[cut - 1].isHighSurrogate())
        --cut;
    const qsizetype lineBreak = rest.left(cut).lastIndexOf(u'\n');
    if (lineBreak > 0)
        return lineBreak;
    const qsizetype tagStart = rest.left(cut).lastIndexOf(u'<');
    if (tagStart >= 0 && rest.left(cut).indexOf(u'>', tagStart) < 0)
        cut = tagStart;
    const qsizetype ampersand = rest.left(cut).lastIndexOf(u'&');
    if (ampersand >= 0 && rest.left(cut).indexOf(u';', ampersand) < 0)
        cut = ampersand;
    return qMax<qsizetype>(cut, 1);
}

// Parts that Telegram parses on their own (spec §8.17: a split inside an entity fails with "can't parse
// entities"): tags left open are closed at the end of a part and opened again at the start of the next.
QStringList splitHtml(const QString& html, qsizetype max, int maxParts)
{
    QStringList parts;
    QStringView rest(html);
    QList<OpenTag> carried;
    while (!rest.isEmpty()) {
        QString prefix;
        for (const OpenTag& tag : carried)
            prefix += tag.text;
        const qsizetype budget = max - prefix.size() - kClosingRoom;
        const bool last = parts.size() + 1 == maxParts;
        qsizetype cut = cutPosition(rest, last ? budget - truncationMarker().size() : budget);
        QString piece = prefix + rest.left(cut);
        const bool truncated = last && cut < rest.size();
        if (truncated)
            piece += truncationMarker();
        carried = openTags(piece);
        for (auto it = carried.crbegin(); it != carried.crend(); ++it)
            piece += QStringLiteral("</%1>").arg(it->name);
        parts.append(piece);
        if (truncated)
            break;
        rest = rest.mid(cut < rest.size() && rest[cut] == u'\n' ? cut + 1 : cut);
    }
    return parts;
}

QJsonObject body(const QString& text, bool html, const PayloadOptions& options)
{
    QJsonObject object;
    if (!options.telegramChatId.isEmpty())
        object.insert(QStringLiteral("chat_id"), options.telegramChatId);
    object.insert(QStringLiteral("text"), text);
    if (html)
        object.insert(QStringLiteral("parse_mode"), QStringLiteral("HTML"));
    object.insert(QStringLiteral("link_preview_options"), QJsonObject{{QStringLiteral("is_disabled"), true}});
    return object;
}

} // namespace

Expected<QList<Payload>> buildTelegram(MessageType type, const MessageContent& content, const PayloadOptions& options)
{
    const MessageLimits limits = limitsFor(ChannelType::Telegram, type);
    if (type != MessageType::Html)
        return fitted(content.text, limits, [&](const QString& part) { return body(part, false, options); });
    const QStringList parts = splitHtml(content.text, limits.text.max, limits.maxParts);
    QList<Payload> payloads;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Payload payload{body(parts[i], true, options), {}};
        if (parts.size() > 1)
            payload.notes.append(QStringLiteral("part %1 of %2").arg(i + 1).arg(parts.size()));
        payloads.append(payload);
    }
    return payloads;
}

} // namespace alertdesk::payload_detail
