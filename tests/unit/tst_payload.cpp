// IM request bodies as ../shared/specs/im-webhooks.md specifies them, the limits (bytes where the IM counts
// bytes, cut on a UTF-8 boundary with a visible marker, or split), and the keyword check delivery relies on.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "event/Utf8.h"
#include "notify/KeywordCheck.h"
#include "notify/MessageLimits.h"
#include "notify/PayloadBuilder.h"

using namespace alertdesk;

namespace {

MessageContent sample()
{
    MessageContent content;
    content.title = QStringLiteral("🔥 DiskFull");
    content.text = QStringLiteral("### 🔥 DiskFull\n**🔴 Critical** · Firing\n> disk 95% full");
    content.url = QStringLiteral("https://desk.example/alerts/e94c");
    content.severity = Severity::Critical;
    content.status = Status::Firing;
    content.fields = {{QStringLiteral("instance"), QStringLiteral("db1")}};
    content.items = {{content.title, content.url}};
    content.id = QStringLiteral("0e1f2a3b-0000-5000-8000-000000000000");
    content.timeMs = 1795740232807;
    return content;
}

QJsonObject onlyBody(ChannelType channel, MessageType type, const MessageContent& content,
                     const PayloadOptions& options = {})
{
    const Expected<QList<Payload>> payloads = buildPayloads(channel, type, content, options);
    if (!payloads || payloads->size() != 1)
        return {};
    return payloads->first().body;
}

QString hanText(qsizetype characters)
{
    QString text;
    for (qsizetype i = 0; i < characters; ++i)
        text += QChar(static_cast<char16_t>(0x544a + (i % 7))); // 告… : three UTF-8 bytes each
    return text;
}

qsizetype utf8Size(const QString& text)
{
    return text.toUtf8().size();
}

} // namespace

class TestPayload final : public QObject
{
    Q_OBJECT

private slots:
    void truncateOnUtf8Boundary_data();
    void truncateOnUtf8Boundary();
    void splitKeepsEveryPartUnderTheLimit();
    void splitStopsAtMaxParts();
    void wecomMarkdownSplitsLongChineseText();
    void dingtalkMarkdownTitleTextAndMobiles();
    void dingtalkCamelCaseUrls();
    void dingtalkBodyStaysUnder20000Bytes();
    void feishuCardIsAnObject();
    void feishuPostAndText();
    void wecomTextMentionsAndNews();
    void wecomTemplateCard();
    void slackTeamsDiscordTelegramGeneric();
    void telegramSplitNeverBreaksMarkup();
    void linksRequiredWhereTheImNeedsThem();
    void keywordCheck_data();
    void keywordCheck();
};

void TestPayload::truncateOnUtf8Boundary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<bool>("cut");
    // 1365 Han characters are 4095 bytes; one more is 4098 (spec §8.8: 4096 bytes ≈ 1365 Han characters).
    QTest::addRow("exactly at the limit stays whole") << (hanText(1365) + u'x') << qsizetype(4096) << false;
    QTest::addRow("one character over is cut") << hanText(1366) << qsizetype(4096) << true;
    QTest::addRow("limit inside a 3-byte character") << hanText(1400) << qsizetype(4095) << true;
    QTest::addRow("limit inside a 4-byte emoji")
        << QString(QStringLiteral("🔥").repeated(300)) << qsizetype(1001) << true;
    QTest::addRow("mixed, limit 2048") << QString(QStringLiteral("磁盘 disk 满 full ").repeated(200)) << qsizetype(2048)
                                       << true;
}

void TestPayload::truncateOnUtf8Boundary()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, limit);
    QFETCH(bool, cut);
    const QString result = truncateToLimit(text, limit, LimitUnit::Utf8Bytes);
    const QByteArray utf8 = result.toUtf8();
    QVERIFY(utf8.size() <= limit);
    QCOMPARE(firstInvalidUtf8(utf8), qsizetype(-1));
    QCOMPARE(result.endsWith(truncationMarker()), cut);
    if (!cut) {
        QCOMPARE(result, text);
    } else {
        // As much text as fits: one more character would not have.
        const QString kept = result.chopped(truncationMarker().size());
        QVERIFY(text.startsWith(kept));
        QVERIFY(utf8Size(kept) + utf8Size(truncationMarker()) + 4 > limit);
    }
}

void TestPayload::splitKeepsEveryPartUnderTheLimit()
{
    QStringList lines;
    for (int i = 0; i < 300; ++i)
        lines.append(QStringLiteral("第%1行：磁盘空间不足 disk full on db%1").arg(i));
    const QString text = lines.join(u'\n');
    const QStringList parts = splitToLimit(text, 4096, LimitUnit::Utf8Bytes, 10);
    QVERIFY(parts.size() > 1);
    for (const QString& part : parts) {
        QVERIFY(utf8Size(part) <= 4096);
        QVERIFY2(!part.startsWith(u'\n') && !part.endsWith(truncationMarker()), "cuts at line breaks, loses nothing");
    }
    QCOMPARE(parts.join(u'\n'), text);
    // A single line longer than the limit is cut on a character boundary.
    const QStringList long_ = splitToLimit(hanText(3000), 4096, LimitUnit::Utf8Bytes, 10);
    QCOMPARE(long_.size(), 3);
    QCOMPARE(long_.join(QString()), hanText(3000));
}

void TestPayload::splitStopsAtMaxParts()
{
    const QStringList parts = splitToLimit(hanText(10000), 4096, LimitUnit::Utf8Bytes, 3);
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.last().endsWith(truncationMarker()));
    QVERIFY(utf8Size(parts.last()) <= 4096);
}

void TestPayload::wecomMarkdownSplitsLongChineseText()
{
    MessageContent content = sample();
    content.text = (QStringLiteral("告警行\n").repeated(1200)); // 12,000 bytes: 409 lines fit in 4096
    const Expected<QList<Payload>> payloads = buildPayloads(ChannelType::WeCom, MessageType::Markdown, content);
    QVERIFY(payloads.has_value());
    QCOMPARE(payloads->size(), 3);
    for (const Payload& payload : *payloads) {
        QCOMPARE(payload.body.value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
        QVERIFY(utf8Size(payload.body.value(QStringLiteral("markdown"))
                             .toObject()
                             .value(QStringLiteral("content"))
                             .toString()) <= 4096);
    }
    QVERIFY(payloads->at(1).notes.contains(QStringLiteral("part 2 of 3")));
    // text: 2048 bytes.
    const Expected<QList<Payload>> text = buildPayloads(ChannelType::WeCom, MessageType::Text, content);
    QVERIFY(text && text->size() == 6);
}

void TestPayload::dingtalkMarkdownTitleTextAndMobiles()
{
    MessageContent content = sample();
    content.mentions.mobiles = {QStringLiteral("13800001111")};
    const QJsonObject body = onlyBody(ChannelType::DingTalk, MessageType::Markdown, content);
    QCOMPARE(body.value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
    const QJsonObject markdown = body.value(QStringLiteral("markdown")).toObject();
    QCOMPARE(markdown.value(QStringLiteral("title")).toString(), content.title);
    QVERIFY(markdown.value(QStringLiteral("text")).toString().startsWith(content.text));
    QVERIFY2(markdown.value(QStringLiteral("text")).toString().contains(QStringLiteral("@13800001111")),
             "the mention is highlighted only when @mobile is in the text too");
    QCOMPARE(body.value(QStringLiteral("at")).toObject().value(QStringLiteral("atMobiles")).toArray(),
             QJsonArray{QStringLiteral("13800001111")});
    QCOMPARE(body.value(QStringLiteral("at")).toObject().value(QStringLiteral("isAtAll")).toBool(), false);
    const QJsonObject text = onlyBody(ChannelType::DingTalk, MessageType::Text, content);
    QVERIFY(text.value(QStringLiteral("text"))
                .toObject()
                .value(QStringLiteral("content"))
                .toString()
                .contains(QStringLiteral("@13800001111")));
}

void TestPayload::dingtalkCamelCaseUrls()
{
    const QJsonObject link =
        onlyBody(ChannelType::DingTalk, MessageType::Link, sample()).value(QStringLiteral("link")).toObject();
    QCOMPARE(link.value(QStringLiteral("messageUrl")).toString(), sample().url);
    QVERIFY(link.contains(QStringLiteral("picUrl")));
    const QJsonObject feed =
        onlyBody(ChannelType::DingTalk, MessageType::FeedCard, sample()).value(QStringLiteral("feedCard")).toObject();
    const QJsonObject first = feed.value(QStringLiteral("links")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("messageURL")).toString(), sample().url);
    QVERIFY(first.contains(QStringLiteral("picURL")));
    const QJsonObject card = onlyBody(ChannelType::DingTalk, MessageType::ActionCard, sample())
                                 .value(QStringLiteral("actionCard"))
                                 .toObject();
    QCOMPARE(card.value(QStringLiteral("singleURL")).toString(), sample().url);
    QCOMPARE(card.value(QStringLiteral("btnOrientation")).toString(), QStringLiteral("0"));
}

void TestPayload::dingtalkBodyStaysUnder20000Bytes()
{
    // Quotes and line breaks grow in JSON: the body, not only the text, must fit.
    MessageContent content = sample();
    content.text = QString(QStringLiteral("\"q\"\n").repeated(6000));
    for (const MessageType type : {MessageType::Markdown, MessageType::ActionCard}) {
        const Expected<QList<Payload>> payloads = buildPayloads(ChannelType::DingTalk, type, content);
        QVERIFY(payloads.has_value());
        for (const Payload& payload : *payloads)
            QVERIFY(QJsonDocument(payload.body).toJson(QJsonDocument::Compact).size() <= 20000);
    }
}

void TestPayload::feishuCardIsAnObject()
{
    for (const ChannelType channel : {ChannelType::Feishu, ChannelType::Lark}) {
        const QJsonObject body = onlyBody(channel, MessageType::Interactive, sample());
        QCOMPARE(body.value(QStringLiteral("msg_type")).toString(), QStringLiteral("interactive"));
        QVERIFY2(body.value(QStringLiteral("card")).isObject(),
                 "the webhook takes the card as an object, not a string");
        QVERIFY(!body.contains(QStringLiteral("content")));
        const QJsonObject header =
            body.value(QStringLiteral("card")).toObject().value(QStringLiteral("header")).toObject();
        QCOMPARE(header.value(QStringLiteral("template")).toString(), QStringLiteral("red"));
        QCOMPARE(header.value(QStringLiteral("title")).toObject().value(QStringLiteral("content")).toString(),
                 sample().title);
    }
}

void TestPayload::feishuPostAndText()
{
    MessageContent content = sample();
    content.mentions.userIds = {QStringLiteral("ou_123")};
    const QJsonObject text = onlyBody(ChannelType::Feishu, MessageType::Text, content);
    QCOMPARE(text.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(),
             content.text + QStringLiteral(" <at user_id=\"ou_123\"></at>"));
    content.chinese = true;
    const QJsonObject post = onlyBody(ChannelType::Feishu, MessageType::Post, content)
                                 .value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("post"))
                                 .toObject();
    QVERIFY(post.contains(QStringLiteral("zh_cn")));
    const QJsonArray paragraphs =
        post.value(QStringLiteral("zh_cn")).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(paragraphs.size(), 3 + 2); // three lines, the link, the mention
    QCOMPARE(paragraphs.at(3).toArray().first().toObject().value(QStringLiteral("href")).toString(), content.url);
}

void TestPayload::wecomTextMentionsAndNews()
{
    MessageContent content = sample();
    content.mentions.userIds = {QStringLiteral("wangqing")};
    content.mentions.mobiles = {QStringLiteral("13800001111")};
    content.mentions.all = true;
    const QJsonObject text =
        onlyBody(ChannelType::WeCom, MessageType::Text, content).value(QStringLiteral("text")).toObject();
    QCOMPARE(text.value(QStringLiteral("mentioned_list")).toArray(),
             (QJsonArray{QStringLiteral("wangqing"), QStringLiteral("@all")}));
    QCOMPARE(text.value(QStringLiteral("mentioned_mobile_list")).toArray(), QJsonArray{QStringLiteral("13800001111")});
    const QString markdown = onlyBody(ChannelType::WeCom, MessageType::Markdown, content)
                                 .value(QStringLiteral("markdown"))
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
    QVERIFY2(markdown.contains(QStringLiteral("<@wangqing>")), "markdown mentions only through <@userid>");
    content.title = hanText(100); // 300 bytes
    content.text = hanText(400);  // 1200 bytes
    const QJsonObject article = onlyBody(ChannelType::WeCom, MessageType::News, content)
                                    .value(QStringLiteral("news"))
                                    .toObject()
                                    .value(QStringLiteral("articles"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QVERIFY(utf8Size(article.value(QStringLiteral("title")).toString()) <= 128);
    QVERIFY(utf8Size(article.value(QStringLiteral("description")).toString()) <= 512);
    QCOMPARE(article.value(QStringLiteral("url")).toString(), content.url);
}

void TestPayload::wecomTemplateCard()
{
    MessageContent content = sample();
    for (int i = 0; i < 9; ++i)
        content.fields.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
    const QJsonObject card = onlyBody(ChannelType::WeCom, MessageType::TemplateCard, content)
                                 .value(QStringLiteral("template_card"))
                                 .toObject();
    QCOMPARE(card.value(QStringLiteral("card_type")).toString(), QStringLiteral("text_notice"));
    QCOMPARE(card.value(QStringLiteral("card_action")).toObject().value(QStringLiteral("type")).toInt(), 1);
    QCOMPARE(card.value(QStringLiteral("card_action")).toObject().value(QStringLiteral("url")).toString(), content.url);
    QCOMPARE(card.value(QStringLiteral("main_title")).toObject().value(QStringLiteral("title")).toString(),
             content.title);
    QCOMPARE(card.value(QStringLiteral("horizontal_content_list")).toArray().size(), 6);
    QVERIFY(card.value(QStringLiteral("jump_list")).toArray().size() <= 3);
}

void TestPayload::slackTeamsDiscordTelegramGeneric()
{
    const QJsonObject slack = onlyBody(ChannelType::Slack, MessageType::Blocks, sample());
    QCOMPARE(slack.value(QStringLiteral("text")).toString(), sample().title);
    QVERIFY(slack.value(QStringLiteral("blocks")).toArray().size() >= 2);

    const QJsonObject teams = onlyBody(ChannelType::Teams, MessageType::AdaptiveCard, sample());
    QCOMPARE(teams.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
    const QJsonObject attachment = teams.value(QStringLiteral("attachments")).toArray().first().toObject();
    QCOMPARE(attachment.value(QStringLiteral("contentType")).toString(),
             QStringLiteral("application/vnd.microsoft.card.adaptive"));
    QVERIFY(attachment.value(QStringLiteral("contentUrl")).isNull());
    QCOMPARE(attachment.value(QStringLiteral("content")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("AdaptiveCard"));

    const QJsonObject discord = onlyBody(ChannelType::Discord, MessageType::Embeds, sample());
    QCOMPARE(discord.value(QStringLiteral("allowed_mentions")).toObject(),
             (QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}));
    QCOMPARE(
        discord.value(QStringLiteral("embeds")).toArray().first().toObject().value(QStringLiteral("color")).toInt(),
        0xE01E5A);
    const QJsonObject content = onlyBody(ChannelType::Discord, MessageType::Content, sample());
    QCOMPARE(content.value(QStringLiteral("content")).toString(), sample().text);
    QVERIFY(content.contains(QStringLiteral("allowed_mentions")));

    PayloadOptions options;
    options.telegramChatId = QStringLiteral("-1001234567890");
    const QJsonObject telegram = onlyBody(ChannelType::Telegram, MessageType::Html, sample(), options);
    QCOMPARE(telegram.value(QStringLiteral("parse_mode")).toString(), QStringLiteral("HTML"));
    QCOMPARE(telegram.value(QStringLiteral("chat_id")).toString(), options.telegramChatId);

    const QJsonObject generic = onlyBody(ChannelType::Generic, MessageType::Json, sample());
    QCOMPARE(generic.value(QStringLiteral("type")).toString(), QStringLiteral("notification"));
    QCOMPARE(generic.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-27T00:43:52.807Z"));
    QCOMPARE(generic.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(generic.value(QStringLiteral("fields")).toObject().value(QStringLiteral("instance")).toString(),
             QStringLiteral("db1"));
}

void TestPayload::telegramSplitNeverBreaksMarkup()
{
    MessageContent content = sample();
    content.text = QStringLiteral("<b>") + QString(QStringLiteral("x &amp; y ").repeated(900)) +
        QStringLiteral("</b>"); // one long line
    const Expected<QList<Payload>> payloads = buildPayloads(ChannelType::Telegram, MessageType::Html, content);
    QVERIFY(payloads && payloads->size() >= 2);
    for (const Payload& payload : *payloads) {
        const QString text = payload.body.value(QStringLiteral("text")).toString();
        QVERIFY(text.size() <= 4096);
        QCOMPARE(text.count(QStringLiteral("<b>")), text.count(QStringLiteral("</b>")));
        const qsizetype amp = text.lastIndexOf(u'&');
        QVERIFY2(amp < 0 || text.indexOf(u';', amp) > 0, "no entity cut in half");
    }
}

void TestPayload::linksRequiredWhereTheImNeedsThem()
{
    MessageContent content = sample();
    content.url.clear();
    content.items = {{content.title, {}}};
    for (const auto& [channel, type] : {std::pair{ChannelType::WeCom, MessageType::News},
                                        {ChannelType::WeCom, MessageType::TemplateCard},
                                        {ChannelType::DingTalk, MessageType::Link},
                                        {ChannelType::DingTalk, MessageType::ActionCard},
                                        {ChannelType::DingTalk, MessageType::FeedCard}}) {
        const Expected<QList<Payload>> payloads = buildPayloads(channel, type, content);
        QVERIFY(!payloads.has_value());
        QVERIFY(payloads.error().message.contains(QStringLiteral("console base URL")));
    }
    QVERIFY(!buildPayloads(ChannelType::Slack, MessageType::News, sample()).has_value());
}

void TestPayload::keywordCheck_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<bool>("satisfied");
    const QJsonObject dingTitleOnly{{QStringLiteral("msgtype"), QStringLiteral("markdown")},
                                    {QStringLiteral("markdown"),
                                     QJsonObject{{QStringLiteral("title"), QStringLiteral("告警 DiskFull")},
                                                 {QStringLiteral("text"), QStringLiteral("### DiskFull")}}}};
    QTest::addRow("DingTalk: keyword only in the markdown title")
        << int(ChannelType::DingTalk) << dingTitleOnly << QStringList{QStringLiteral("告警")} << false;
    QTest::addRow("DingTalk: keyword in the text")
        << int(ChannelType::DingTalk) << dingTitleOnly << QStringList{QStringLiteral("DiskFull")} << true;
    QTest::addRow("DingTalk: one of several is enough")
        << int(ChannelType::DingTalk) << dingTitleOnly << QStringList{QStringLiteral("nope"), QStringLiteral("Disk")}
        << true;
    QTest::addRow("no keywords configured") << int(ChannelType::DingTalk) << dingTitleOnly << QStringList{} << true;
    const QJsonObject feishuPost{
        {QStringLiteral("msg_type"), QStringLiteral("post")},
        {QStringLiteral("content"),
         QJsonObject{
             {QStringLiteral("post"),
              QJsonObject{{QStringLiteral("en_us"),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("Alert")},
                                       {QStringLiteral("content"),
                                        QJsonArray{QJsonArray{QJsonObject{
                                            {QStringLiteral("tag"), QStringLiteral("a")},
                                            {QStringLiteral("text"), QStringLiteral("open")},
                                            {QStringLiteral("href"), QStringLiteral("https://x/monitor")}}}}}}}}}}}};
    QTest::addRow("Feishu: never in href")
        << int(ChannelType::Feishu) << feishuPost << QStringList{QStringLiteral("monitor")} << false;
    QTest::addRow("Feishu: title counts")
        << int(ChannelType::Feishu) << feishuPost << QStringList{QStringLiteral("Alert")} << true;
    QTest::addRow("Feishu: link text counts")
        << int(ChannelType::Feishu) << feishuPost << QStringList{QStringLiteral("open")} << true;
    QTest::addRow("msg_type is not text")
        << int(ChannelType::Feishu) << feishuPost << QStringList{QStringLiteral("post")} << false;
}

void TestPayload::keywordCheck()
{
    QFETCH(int, channel);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, keywords);
    QFETCH(bool, satisfied);
    QCOMPARE(keywordsSatisfied(static_cast<ChannelType>(channel), body, keywords), satisfied);
}

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
