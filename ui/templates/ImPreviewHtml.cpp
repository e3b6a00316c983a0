#include "ImPreviewHtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace alertdesk::ui {

namespace {

// What one IM's markdown subset knows (../shared/specs/im-webhooks.md §1–3, §8.7, §8.8).
struct Dialect
{
    bool headings = true;
    bool italic = true;
    bool lists = true;
    bool images = true;
    bool quotes = true;
    bool codeBlocks = false;
    bool rules = false;
    bool wecomColors = false;  // <font color="info|comment|warning">
    bool softBreaks = false;   // DingTalk: one "\n" is no line break; "\n\n" or two spaces before it are
    bool slack = false;        // mrkdwn: *bold* _italic_ ~strike~ <url|text>
};

const QString kMention = QStringLiteral("<span style=\"color:#1f6feb;\">%1</span>");
const QString kMuted = QStringLiteral("<span style=\"color:#8a8f98;\">%1</span>");

QString replaceAll(QString html, const QString& pattern, const QString& with)
{
    static thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption));
    return html.replace(*it, with);
}

QString wecomColor(const QString& name)
{
    if (name == QLatin1String("info"))
        return QStringLiteral("#2ba245");
    if (name == QLatin1String("warning"))
        return QStringLiteral("#f28c28");
    return QStringLiteral("#8a8f98"); // comment
}

// Inline markup on one HTML-escaped line.
QString inlineHtml(QString html, const Dialect& dialect)
{
    if (dialect.slack) {
        html = replaceAll(html, QStringLiteral("&lt;(https?://[^|&]+)\\|(.*?)&gt;"), QStringLiteral("<a href=\"\\1\">\\2</a>"));
        html = replaceAll(html, QStringLiteral("&lt;(https?://[^&]+)&gt;"), QStringLiteral("<a href=\"\\1\">\\1</a>"));
        html = replaceAll(html, QStringLiteral("&lt;!(here|channel|everyone)&gt;"), kMention.arg(QStringLiteral("@\\1")));
        html.replace(QLatin1String("&amp;lt;"), QLatin1String("&lt;")).replace(QLatin1String("&amp;gt;"), QLatin1String("&gt;"));
        html.replace(QLatin1String("&amp;amp;"), QLatin1String("&amp;"));
        html = replaceAll(html, QStringLiteral("`([^`]+)`"), QStringLiteral("<code>\\1</code>"));
        html = replaceAll(html, QStringLiteral("(^|\\W)\\*(\\S(?:.*?\\S)?)\\*"), QStringLiteral("\\1<b>\\2</b>"));
        html = replaceAll(html, QStringLiteral("(^|\\W)_(\\S(?:.*?\\S)?)_"), QStringLiteral("\\1<i>\\2</i>"));
        return replaceAll(html, QStringLiteral("~(\\S(?:.*?\\S)?)~"), QStringLiteral("<s>\\1</s>"));
    }
    if (dialect.wecomColors) {
        static const QRegularExpression font(
            QStringLiteral("&lt;font color=&quot;(info|comment|warning)&quot;&gt;(.*?)&lt;/font&gt;"));
        QString out;
        qsizetype last = 0;
        for (auto it = font.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(html).mid(last, m.capturedStart() - last);
            out += QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(wecomColor(m.captured(1)), m.captured(2));
            last = m.capturedEnd();
        }
        html = out + QStringView(html).mid(last);
    }
    html = replaceAll(html, QStringLiteral("`([^`]+)`"), QStringLiteral("<code style=\"background:#eef0f3;\">\\1</code>"));
    if (dialect.images)
        html = replaceAll(html, QStringLiteral("!\\[([^\\]]*)\\]\\(([^)]+)\\)"), kMuted.arg(QStringLiteral("[🖼 \\1]")));
    html = replaceAll(html, QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"), QStringLiteral("<a href=\"\\2\">\\1</a>"));
    html = replaceAll(html, QStringLiteral("\\*\\*(.+?)\\*\\*"), QStringLiteral("<b>\\1</b>"));
    if (dialect.italic)
        html = replaceAll(html, QStringLiteral("(^|[^*\\w])\\*([^*\\s](?:[^*]*[^*\\s])?)\\*"), QStringLiteral("\\1<i>\\2</i>"));
    return html;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString blockLine(const QString& line, const Dialect& dialect)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6}) (.*)$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-*+] (.*)$"));
    static const QRegularExpression ordered(QStringLiteral("^\\s*(\\d+)\\. (.*)$"));
    if (dialect.headings) {
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
            static const char* sizes[] = {"x-large", "large", "large", "medium", "medium", "small"};
            return QStringLiteral("<p style=\"font-size:%1; font-weight:bold; margin:6px 0 4px 0;\">%2</p>")
                .arg(QLatin1String(sizes[m.captured(1).size() - 1]), inlineHtml(escaped(m.captured(2)), dialect));
        }
    }
    if (dialect.quotes && (line.startsWith(u'>') || line.startsWith(QLatin1String("&gt;")))) {
        const QString inner = line.mid(line.startsWith(u'>') ? 1 : 4).trimmed();
        return QStringLiteral("<p style=\"margin:2px 0 2px 10px; color:#5c6370;\"><span style=\"color:#c9cdd4;\">▎"
                              "</span>%1</p>")
            .arg(inlineHtml(escaped(inner), dialect));
    }
    if (dialect.lists) {
        if (const QRegularExpressionMatch m = bullet.match(line); m.hasMatch())
            return QStringLiteral("<p style=\"margin:1px 0 1px 12px;\">• %1</p>").arg(inlineHtml(escaped(m.captured(1)), dialect));
        if (const QRegularExpressionMatch m = ordered.match(line); m.hasMatch())
            return QStringLiteral("<p style=\"margin:1px 0 1px 12px;\">%1. %2</p>")
                .arg(m.captured(1), inlineHtml(escaped(m.captured(2)), dialect));
    }
    if (dialect.rules && (line.trimmed() == QLatin1String("---") || line.trimmed() == QLatin1String("***")))
        return QStringLiteral("<hr/>");
    return {};
}

// A markdown text of one dialect as HTML, line by line.
QString markdownHtml(const QString& text, const Dialect& dialect)
{
    QString html;
    QString paragraph;
    bool inCode = false;
    const auto flush = [&] {
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p style=\"margin:2px 0;\">") + paragraph + QStringLiteral("</p>");
        paragraph.clear();
    };
    for (const QString& raw : text.split(u'\n')) {
        if (dialect.codeBlocks && raw.trimmed().startsWith(QLatin1String("```"))) {
            flush();
            html += inCode ? QStringLiteral("</pre>") : QStringLiteral("<pre style=\"background:#eef0f3;\">");
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            html += escaped(raw) + u'\n';
            continue;
        }
        if (raw.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (const QString block = blockLine(raw, dialect); !block.isEmpty()) {
            flush();
            html += block;
            continue;
        }
        const QString line = inlineHtml(escaped(raw.endsWith(QLatin1String("  ")) ? raw.trimmed() : raw), dialect);
        if (paragraph.isEmpty())
            paragraph = line;
        else if (dialect.softBreaks && !paragraph.endsWith(QLatin1String("<br/>")))
            paragraph += u' ' + line; // DingTalk joins single line breaks
        else
            paragraph += QStringLiteral("<br/>") + line;
        if (dialect.softBreaks && raw.endsWith(QLatin1String("  ")))
            paragraph += QStringLiteral("<br/>");
    }
    flush();
    if (inCode)
        html += QStringLiteral("</pre>");
    return html;
}

QString plainHtml(const QString& text)
{
    return QStringLiteral("<p style=\"margin:2px 0;\">") + escaped(text).replace(u'\n', QStringLiteral("<br/>")) +
        QStringLiteral("</p>");
}

QString highlightMentions(QString html, const QStringList& names)
{
    for (const QString& name : names) {
        if (!name.isEmpty())
            html.replace(u'@' + escaped(name), kMention.arg(u'@' + escaped(name)));
    }
    return html;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

// One chat bubble: a light card whatever the desk's palette, as the IMs show messages.
QString bubble(const QString& inner, const QString& caption = {})
{
    QString html;
    if (!caption.isEmpty())
        html += QStringLiteral("<p style=\"color:#8a8f98; margin:0 0 4px 0;\">%1</p>").arg(caption);
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\" "
                           "style=\"background-color:#ffffff; color:#1f2329; border-color:#dee0e3; border-style:solid;\">"
                           "<tr><td>%1</td></tr></table>")
                .arg(inner);
    return html;
}

QString button(const QString& label, const QString& url)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                          "style=\"border-color:#c9cdd4; border-style:solid; margin-top:6px;\">"
                          "<tr><td><a href=\"%2\" style=\"color:#1f2329; text-decoration:none;\">%1</a></td></tr>"
                          "</table>")
        .arg(escaped(label), url.toHtmlEscaped());
}

QString previewCaption(const QString& title)
{
    return QCoreApplication::translate("ImPreviewHtml", "Notification and chat list show: “%1”").arg(escaped(title));
}

QString dingtalk(MessageType type, const QJsonObject& body)
{
    Dialect dialect;
    dialect.softBreaks = true;
    const QJsonObject at = body.value(QStringLiteral("at")).toObject();
    QStringList mentioned = stringList(at.value(QStringLiteral("atMobiles"))) + stringList(at.value(QStringLiteral("atUserIds")));
    if (at.value(QStringLiteral("isAtAll")).toBool())
        mentioned.append(QStringLiteral("all"));
    switch (type) {
    case MessageType::Markdown: {
        const QJsonObject md = body.value(QStringLiteral("markdown")).toObject();
        return bubble(highlightMentions(markdownHtml(md.value(QStringLiteral("text")).toString(), dialect), mentioned),
                      previewCaption(md.value(QStringLiteral("title")).toString()));
    }
    case MessageType::ActionCard: {
        const QJsonObject card = body.value(QStringLiteral("actionCard")).toObject();
        return bubble(markdownHtml(card.value(QStringLiteral("text")).toString(), dialect) +
                          button(card.value(QStringLiteral("singleTitle")).toString(),
                                 card.value(QStringLiteral("singleURL")).toString()),
                      previewCaption(card.value(QStringLiteral("title")).toString()));
    }
    case MessageType::Link: {
        const QJsonObject link = body.value(QStringLiteral("link")).toObject();
        return bubble(QStringLiteral("<p><b>%1</b></p>").arg(escaped(link.value(QStringLiteral("title")).toString())) +
                      QStringLiteral("<p style=\"color:#5c6370;\">%1</p>").arg(escaped(link.value(QStringLiteral("text")).toString())) +
                      kMuted.arg(escaped(link.value(QStringLiteral("messageUrl")).toString())));
    }
    case MessageType::FeedCard: {
        QString rows;
        for (const QJsonValue& item : body.value(QStringLiteral("feedCard")).toObject().value(QStringLiteral("links")).toArray())
            rows += QStringLiteral("<p style=\"margin:4px 0;\"><a href=\"%2\">%1</a></p>")
                        .arg(escaped(item[QStringLiteral("title")].toString()), item[QStringLiteral("messageURL")].toString().toHtmlEscaped());
        return bubble(rows);
    }
    default:
        return bubble(highlightMentions(plainHtml(body.value(QStringLiteral("text")).toObject().value(QStringLiteral("content")).toString()),
                                        mentioned));
    }
}

QString wecom(MessageType type, const QJsonObject& body)
{
    Dialect dialect;
    switch (type) {
    case MessageType::Markdown: {
        // v1: headings, bold, links, inline code, quotes, three font colours; no lists, images or italics.
        dialect.italic = dialect.lists = dialect.images = false;
        dialect.wecomColors = true;
        QString html = markdownHtml(body.value(QStringLiteral("markdown")).toObject().value(QStringLiteral("content")).toString(), dialect);
        html = replaceAll(html, QStringLiteral("&lt;@([^&\\s]+)&gt;"), kMention.arg(QStringLiteral("@\\1")));
        return bubble(html);
    }
    case MessageType::MarkdownV2:
        // v2: lists, italics, images, rules, code blocks; no colours, no <@userid> (both stay literal).
        dialect.codeBlocks = dialect.rules = true;
        return bubble(markdownHtml(body.value(QStringLiteral("markdown_v2")).toObject().value(QStringLiteral("content")).toString(), dialect));
    case MessageType::News: {
        QString rows;
        for (const QJsonValue& article : body.value(QStringLiteral("news")).toObject().value(QStringLiteral("articles")).toArray())
            rows += QStringLiteral("<p style=\"margin:4px 0;\"><a href=\"%2\"><b>%1</b></a><br/><span style=\"color:#5c6370;\">%3</span></p>")
                        .arg(escaped(article[QStringLiteral("title")].toString()), article[QStringLiteral("url")].toString().toHtmlEscaped(),
                             escaped(article[QStringLiteral("description")].toString()));
        return bubble(rows);
    }
    case MessageType::TemplateCard: {
        const QJsonObject card = body.value(QStringLiteral("template_card")).toObject();
        const QJsonObject main = card.value(QStringLiteral("main_title")).toObject();
        QString html = QStringLiteral("<p style=\"color:#8a8f98;\">%1</p><p style=\"font-size:large;\"><b>%2</b></p><p style=\"color:#8a8f98;\">%3</p>")
                           .arg(escaped(card.value(QStringLiteral("source")).toObject().value(QStringLiteral("desc")).toString()),
                                escaped(main.value(QStringLiteral("title")).toString()), escaped(main.value(QStringLiteral("desc")).toString()));
        html += plainHtml(card.value(QStringLiteral("sub_title_text")).toString());
        for (const QJsonValue& fact : card.value(QStringLiteral("horizontal_content_list")).toArray())
            html += QStringLiteral("<p style=\"margin:1px 0;\"><span style=\"color:#8a8f98;\">%1</span>&nbsp;&nbsp;%2</p>")
                        .arg(escaped(fact[QStringLiteral("keyname")].toString()), escaped(fact[QStringLiteral("value")].toString()));
        for (const QJsonValue& jump : card.value(QStringLiteral("jump_list")).toArray())
            html += button(jump[QStringLiteral("title")].toString(), jump[QStringLiteral("url")].toString());
        return bubble(html);
    }
    default: {
        const QJsonObject text = body.value(QStringLiteral("text")).toObject();
        QString html = plainHtml(text.value(QStringLiteral("content")).toString());
        QStringList who = stringList(text.value(QStringLiteral("mentioned_list"))) +
            stringList(text.value(QStringLiteral("mentioned_mobile_list")));
        if (!who.isEmpty())
            html += QStringLiteral("<p>") + kMention.arg(escaped(u'@' + who.join(QStringLiteral(" @")))) + QStringLiteral("</p>");
        return bubble(html);
    }
    }
}

// Feishu card header colours by template name (the card builder's palette).
QString feishuHeaderColor(const QString& name)
{
    static const QHash<QString, QString> colors{
        {QStringLiteral("red"), QStringLiteral("#f54a45")},    {QStringLiteral("orange"), QStringLiteral("#ff8800")},
        {QStringLiteral("yellow"), QStringLiteral("#ffc60a")}, {QStringLiteral("blue"), QStringLiteral("#3370ff")},
        {QStringLiteral("green"), QStringLiteral("#34c724")},  {QStringLiteral("grey"), QStringLiteral("#8f959e")},
        {QStringLiteral("wathet"), QStringLiteral("#7fd2ff")}, {QStringLiteral("turquoise"), QStringLiteral("#2dbeab")},
        {QStringLiteral("carmine"), QStringLiteral("#c71e6b")}, {QStringLiteral("violet"), QStringLiteral("#d136d1")},
        {QStringLiteral("purple"), QStringLiteral("#7f3bf5")}, {QStringLiteral("indigo"), QStringLiteral("#4954e6")},
    };
    return colors.value(name, QStringLiteral("#3370ff"));
}

QString feishuMentions(QString html)
{
    html = replaceAll(html, QStringLiteral("&lt;at (?:user_)?id=(?:&quot;)?all(?:&quot;)?&gt;.*?&lt;/at&gt;"), kMention.arg(QCoreApplication::translate("ImPreviewHtml", "@All")));
    html = replaceAll(html, QStringLiteral("&lt;at user_id=&quot;([^&]+)&quot;&gt;(.+?)&lt;/at&gt;"), kMention.arg(QStringLiteral("@\\2")));
    return replaceAll(html, QStringLiteral("&lt;at (?:user_)?id=(?:&quot;)?([^&\\s]+?)(?:&quot;)?&gt;&lt;/at&gt;"), kMention.arg(QStringLiteral("@\\1")));
}

QString feishuCard(const QJsonObject& card)
{
    const QJsonObject header = card.value(QStringLiteral("header")).toObject();
    const QString templ = header.value(QStringLiteral("template")).toString();
    const bool darkText = templ == QLatin1String("yellow") || templ == QLatin1String("wathet");
    QString body;
    Dialect dialect; // card markdown: headings, lists, quotes, rules, code blocks, colours of its own (not WeCom's)
    dialect.codeBlocks = dialect.rules = true;
    const QJsonArray elements = card.value(QStringLiteral("body")).toObject().value(QStringLiteral("elements")).toArray();
    for (const QJsonValue& element : elements.isEmpty() ? card.value(QStringLiteral("elements")).toArray() : elements) {
        const QString tag = element[QStringLiteral("tag")].toString();
        if (tag == QLatin1String("markdown"))
            body += feishuMentions(markdownHtml(element[QStringLiteral("content")].toString(), dialect));
        else if (tag == QLatin1String("button"))
            body += button(element[QStringLiteral("text")][QStringLiteral("content")].toString(),
                           element[QStringLiteral("behaviors")][0][QStringLiteral("default_url")].toString());
        else if (tag == QLatin1String("hr"))
            body += QStringLiteral("<hr/>");
        else if (tag == QLatin1String("div"))
            body += feishuMentions(markdownHtml(element[QStringLiteral("text")][QStringLiteral("content")].toString(), dialect));
    }
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\" "
                          "style=\"border-color:#dee0e3; border-style:solid;\">"
                          "<tr><td style=\"background-color:%1; color:%2; font-size:large; font-weight:bold;\">%3</td></tr>"
                          "<tr><td style=\"background-color:#ffffff; color:#1f2329;\">%4</td></tr></table>")
        .arg(feishuHeaderColor(templ), darkText ? QStringLiteral("#1f2329") : QStringLiteral("#ffffff"),
             escaped(header.value(QStringLiteral("title")).toObject().value(QStringLiteral("content")).toString()), body);
}

QString feishu(MessageType type, const QJsonObject& body)
{
    if (type == MessageType::Interactive)
        return feishuCard(body.value(QStringLiteral("card")).toObject());
    const QJsonObject content = body.value(QStringLiteral("content")).toObject();
    if (type == MessageType::Post) {
        const QJsonObject post = content.value(QStringLiteral("post")).toObject();
        const QJsonObject locale = post.begin() != post.end() ? post.begin()->toObject() : QJsonObject();
        QString html = QStringLiteral("<p style=\"font-size:large;\"><b>%1</b></p>").arg(escaped(locale.value(QStringLiteral("title")).toString()));
        for (const QJsonValue& paragraph : locale.value(QStringLiteral("content")).toArray()) {
            QString line;
            for (const QJsonValue& item : paragraph.toArray()) {
                const QString tag = item[QStringLiteral("tag")].toString();
                if (tag == QLatin1String("a"))
                    line += QStringLiteral("<a href=\"%2\">%1</a>").arg(escaped(item[QStringLiteral("text")].toString()), item[QStringLiteral("href")].toString().toHtmlEscaped());
                else if (tag == QLatin1String("at"))
                    line += kMention.arg(u'@' + escaped(item[QStringLiteral("user_name")].toString(item[QStringLiteral("user_id")].toString())));
                else
                    line += escaped(item[QStringLiteral("text")].toString());
            }
            html += QStringLiteral("<p style=\"margin:1px 0;\">%1</p>").arg(line.isEmpty() ? QStringLiteral("&nbsp;") : line);
        }
        return bubble(html);
    }
    return bubble(feishuMentions(plainHtml(content.value(QStringLiteral("text")).toString())));
}

QString slack(const QJsonObject& body)
{
    Dialect dialect;
    dialect.slack = true;
    const QJsonArray blocks = body.value(QStringLiteral("blocks")).toArray();
    if (blocks.isEmpty())
        return bubble(markdownHtml(body.value(QStringLiteral("text")).toString(), dialect));
    QString html;
    for (const QJsonValue& block : blocks) {
        const QString type = block[QStringLiteral("type")].toString();
        if (type == QLatin1String("header"))
            html += QStringLiteral("<p style=\"font-size:large;\"><b>%1</b></p>").arg(escaped(block[QStringLiteral("text")][QStringLiteral("text")].toString()));
        else if (type == QLatin1String("section"))
            html += markdownHtml(block[QStringLiteral("text")][QStringLiteral("text")].toString(), dialect);
        else if (type == QLatin1String("actions"))
            for (const QJsonValue& element : block[QStringLiteral("elements")].toArray())
                html += button(element[QStringLiteral("text")][QStringLiteral("text")].toString(), element[QStringLiteral("url")].toString());
    }
    return bubble(html, QCoreApplication::translate("ImPreviewHtml", "Notification shows: “%1”").arg(escaped(body.value(QStringLiteral("text")).toString())));
}

QString telegram(const QJsonObject& body)
{
    const QString text = body.value(QStringLiteral("text")).toString();
    // parse_mode HTML: Telegram's tags (b, i, u, s, a, code, pre) are HTML a text browser shows as they are.
    const bool html = body.value(QStringLiteral("parse_mode")).toString() == QLatin1String("HTML");
    return bubble(html ? QString(text).replace(u'\n', QStringLiteral("<br/>")) : plainHtml(text));
}

QString discord(const QJsonObject& body)
{
    Dialect dialect;
    dialect.codeBlocks = true;
    QString html = markdownHtml(body.value(QStringLiteral("content")).toString(), dialect);
    for (const QJsonValue& embed : body.value(QStringLiteral("embeds")).toArray()) {
        const QString color = QStringLiteral("#%1").arg(embed[QStringLiteral("color")].toInt(), 6, 16, QLatin1Char('0'));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td width=\"4\" style=\"background-color:%1;\"></td>"
                               "<td style=\"background-color:#f2f3f5;\"><p><b>%2</b></p>%3</td></tr></table>")
                    .arg(color, escaped(embed[QStringLiteral("title")].toString()), markdownHtml(embed[QStringLiteral("description")].toString(), dialect));
    }
    return bubble(html);
}

QString teams(const QJsonObject& body)
{
    QString html;
    Dialect dialect;
    const QJsonObject card = body.value(QStringLiteral("attachments"))[0][QStringLiteral("content")].toObject();
    for (const QJsonValue& item : card.value(QStringLiteral("body")).toArray()) {
        if (item[QStringLiteral("type")].toString() == QLatin1String("TextBlock")) {
            const bool bold = item[QStringLiteral("weight")].toString() == QLatin1String("Bolder");
            const QString text = markdownHtml(item[QStringLiteral("text")].toString(), dialect);
            html += bold ? QStringLiteral("<b>") + text + QStringLiteral("</b>") : text;
        } else if (item[QStringLiteral("type")].toString() == QLatin1String("FactSet")) {
            for (const QJsonValue& fact : item[QStringLiteral("facts")].toArray())
                html += QStringLiteral("<p style=\"margin:1px 0;\"><b>%1</b>&nbsp;&nbsp;%2</p>")
                            .arg(escaped(fact[QStringLiteral("title")].toString()), escaped(fact[QStringLiteral("value")].toString()));
        }
    }
    for (const QJsonValue& action : card.value(QStringLiteral("actions")).toArray())
        html += button(action[QStringLiteral("title")].toString(), action[QStringLiteral("url")].toString());
    return bubble(html);
}

QString generic(const QJsonObject& body)
{
    return bubble(QStringLiteral("<p><b>%1</b></p>").arg(escaped(body.value(QStringLiteral("title")).toString())) +
                  plainHtml(body.value(QStringLiteral("text")).toString()));
}

} // namespace

QString imPreviewHtml(ChannelType channel, MessageType type, const QJsonObject& body)
{
    switch (channel) {
    case ChannelType::DingTalk:
        return dingtalk(type, body);
    case ChannelType::WeCom:
        return wecom(type, body);
    case ChannelType::Feishu:
    case ChannelType::Lark:
        return feishu(type, body);
    case ChannelType::Slack:
        return slack(body);
    case ChannelType::Telegram:
        return telegram(body);
    case ChannelType::Discord:
        return discord(body);
    case ChannelType::Teams:
        return teams(body);
    case ChannelType::Generic:
        break;
    }
    return generic(body);
}

} // namespace alertdesk::ui
