// Our Mustache layer beyond the spec: errors with line and column, escaping per target, lambdas, partials and
// the front matter of message templates.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "templates/MessageTemplate.h"
#include "templates/PartialLibrary.h"
#include "templates/Template.h"
#include "templates/ViewModel.h"

using namespace alertdesk;

namespace {

QString render(const QString& text, const QJsonObject& data, Escaping escaping = Escaping::None,
               const PartialLibrary* partials = nullptr)
{
    const auto compiled = Template::compile(text, partials, escaping);
    if (!compiled)
        return QStringLiteral("<error %1:%2 %3>")
            .arg(compiled.error().line)
            .arg(compiled.error().column)
            .arg(compiled.error().message);
    return compiled->render(ViewModel::fromJson(data)).value_or(QStringLiteral("<render error>"));
}

} // namespace

class TestMustacheTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void errorsHaveLineAndColumn_data();
    void errorsHaveLineAndColumn();
    void escapingPerTarget_data();
    void escapingPerTarget();
    void lambdas_data();
    void lambdas();
    void partialsFromTheLibrary();
    void frontMatterTitleAndSettings();
    void frontMatterErrorsCountTheWholeFile();
};

void TestMustacheTemplate::errorsHaveLineAndColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    QTest::addRow("unclosed section") << QStringLiteral("a\nb {{#firing}}\nc") << 2 << 3
                                      << QStringLiteral("unclosed section \"firing\"");
    QTest::addRow("unknown partial") << QStringLiteral("one\n  two {{> nowhere}}") << 2 << 7
                                     << QStringLiteral("unknown partial \"nowhere\"");
    QTest::addRow("bad delimiter") << QStringLiteral("x\n\n{{=<% %>}}") << 3 << 1 << QStringLiteral("bad delimiter");
    QTest::addRow("bad delimiter with =") << QStringLiteral("{{== =}}") << 1 << 1 << QStringLiteral("bad delimiter");
    QTest::addRow("unclosed tag") << QStringLiteral("hello {{name") << 1 << 7 << QStringLiteral("unclosed tag");
    QTest::addRow("wrong closing tag") << QStringLiteral("{{#a}}\n{{#b}}\n {{/a}}") << 3 << 2
                                       << QStringLiteral("while section \"b\" is open");
    QTest::addRow("closing without opening") << QStringLiteral("ok\n{{/a}}") << 2 << 1 << QStringLiteral("not open");
    QTest::addRow("section lambda as a variable")
        << QStringLiteral("{{upper}}") << 1 << 1 << QStringLiteral("works on a section");
    QTest::addRow("column counts characters, not bytes")
        << QStringLiteral("告警 {{#x}}") << 1 << 4 << QStringLiteral("unclosed section");
    QTest::addRow("after a delimiter change")
        << QStringLiteral("{{=<% %>=}}\n<%#a%>") << 2 << 1 << QStringLiteral("unclosed section \"a\"");
}

void TestMustacheTemplate::errorsHaveLineAndColumn()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    const auto compiled = Template::compile(text, nullptr);
    QVERIFY(!compiled.has_value());
    QVERIFY2(compiled.error().message.contains(says), qPrintable(compiled.error().message));
    QCOMPARE(compiled.error().line, line);
    QCOMPARE(compiled.error().column, column);
    QCOMPARE(compiled.error().toError(QStringLiteral("t.mustache")).where,
             QStringLiteral("t.mustache:%1:%2").arg(line).arg(column));
}

void TestMustacheTemplate::escapingPerTarget_data()
{
    QTest::addColumn<int>("escaping");
    QTest::addColumn<QString>("expected");
    // A title with markup characters stays literal in IM markdown and JSON strings (the JSON layer escapes for
    // itself); HTML-like targets get entities.
    QTest::addRow("markdown/JSON: literal") << int(Escaping::None) << QStringLiteral("<b>& \"x\" 'y'");
    QTest::addRow("Telegram HTML") << int(Escaping::TelegramHtml) << QStringLiteral("&lt;b&gt;&amp; &quot;x&quot; 'y'");
    QTest::addRow("Slack mrkdwn") << int(Escaping::Slack) << QStringLiteral("&lt;b&gt;&amp; \"x\" 'y'");
    QTest::addRow("HTML") << int(Escaping::Html) << QStringLiteral("&lt;b&gt;&amp; &quot;x&quot; &#39;y&#39;");
}

void TestMustacheTemplate::escapingPerTarget()
{
    QFETCH(int, escaping);
    QFETCH(QString, expected);
    const QJsonObject data{{QStringLiteral("title"), QStringLiteral("<b>& \"x\" 'y'")}};
    QCOMPARE(render(QStringLiteral("{{title}}"), data, static_cast<Escaping>(escaping)), expected);
    // Triple mustache never escapes.
    QCOMPARE(render(QStringLiteral("{{{title}}}"), data, static_cast<Escaping>(escaping)),
             data.value(QStringLiteral("title")).toString());
}

void TestMustacheTemplate::lambdas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("upper") << QStringLiteral("{{#upper}}{{name}} down{{/upper}}") << QStringLiteral("DISK FULL DOWN");
    QTest::addRow("lower") << QStringLiteral("{{#lower}}{{name}}{{/lower}}") << QStringLiteral("disk full");
    QTest::addRow("truncate with length")
        << QStringLiteral("{{#truncate}}6|{{long}}{{/truncate}}") << QStringLiteral("磁盘空间不…");
    QTest::addRow("truncate short text untouched")
        << QStringLiteral("{{#truncate}}20|{{long}}{{/truncate}}") << QStringLiteral("磁盘空间不足，请处理");
    QTest::addRow("escapeHtml") << QStringLiteral("{{#escapeHtml}}{{{tag}}}{{/escapeHtml}}")
                                << QStringLiteral("&lt;b&gt;&amp;");
    QTest::addRow("escapeMarkdown") << QStringLiteral("{{#escapeMarkdown}}{{md}}{{/escapeMarkdown}}")
                                    << QStringLiteral("\\*a\\_b\\*");
    QTest::addRow("escapeJson") << QStringLiteral("{{#escapeJson}}{{quote}}{{/escapeJson}}")
                                << QStringLiteral("say \\\"hi\\\"\\n");
    QTest::addRow("escapeJson around a standalone section")
        << QStringLiteral("{{#escapeJson}}\n{{#name}}\nx\n{{/name}}\n{{/escapeJson}}") << QStringLiteral("x\\n");
}

void TestMustacheTemplate::lambdas()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QJsonObject data{{QStringLiteral("name"), QStringLiteral("Disk Full")},
                           {QStringLiteral("long"), QStringLiteral("磁盘空间不足，请处理")},
                           {QStringLiteral("tag"), QStringLiteral("<b>&")},
                           {QStringLiteral("md"), QStringLiteral("*a_b*")},
                           {QStringLiteral("quote"), QStringLiteral("say \"hi\"\n")}};
    QCOMPARE(render(text, data), expected);
}

void TestMustacheTemplate::partialsFromTheLibrary()
{
    PartialLibrary library;
    library.insert(QStringLiteral("line"), QStringLiteral("- {{name}}\n"));
    library.insert(QStringLiteral("list"), QStringLiteral("{{#items}}\n{{> line}}\n{{/items}}\n"));
    const QJsonObject data{{QStringLiteral("items"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}},
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("b")}}}}};
    QCOMPARE(render(QStringLiteral("Items:\n  {{> list}}\nend"), data, Escaping::None, &library),
             QStringLiteral("Items:\n  - a\n  - b\nend"));
    // A problem inside a partial names the partial and points at the tag that includes it.
    library.insert(QStringLiteral("broken"), QStringLiteral("ok\n{{#open}}"));
    const auto compiled = Template::compile(QStringLiteral("x\n {{> broken}}"), &library);
    QVERIFY(!compiled);
    QVERIFY2(compiled.error().message.contains(QStringLiteral("in partial \"broken\" (line 2, column 1)")),
             qPrintable(compiled.error().message));
    QCOMPARE(compiled.error().line, 2);
    QCOMPARE(compiled.error().column, 2);
}

void TestMustacheTemplate::frontMatterTitleAndSettings()
{
    const auto parsed = MessageTemplate::parse(
        QStringLiteral("---\ntitle: [{{status}}] {{title}}\natMobiles: 13800001111, 13900002222\n---\n"
                       "### {{title}}\n"),
        nullptr, Escaping::None);
    QVERIFY(parsed.has_value());
    const ViewModel view = ViewModel::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("Disk <full>")},
                                                           {QStringLiteral("status"), QStringLiteral("firing")}});
    QVERIFY(parsed->title().has_value());
    QCOMPARE(parsed->title()->render(view).value_or(QString()), QStringLiteral("[firing] Disk <full>"));
    QCOMPARE(parsed->body().render(view).value_or(QString()), QStringLiteral("### Disk <full>\n"));
    QCOMPARE(parsed->setting(QStringLiteral("atMobiles")), QStringLiteral("13800001111, 13900002222"));
}

void TestMustacheTemplate::frontMatterErrorsCountTheWholeFile()
{
    const auto badBody =
        MessageTemplate::parse(QStringLiteral("---\ntitle: {{title}}\n---\nline\n  {{#x}}\n"), nullptr, Escaping::None);
    QVERIFY(!badBody);
    QCOMPARE(badBody.error().line, 5);
    QCOMPARE(badBody.error().column, 3);
    const auto badTitle =
        MessageTemplate::parse(QStringLiteral("---\n\ntitle: ab {{#x}}\n---\nbody"), nullptr, Escaping::None);
    QVERIFY(!badTitle);
    QCOMPARE(badTitle.error().line, 3);
    QCOMPARE(badTitle.error().column, 11);
    const auto unclosed = MessageTemplate::parse(QStringLiteral("---\ntitle: x\nbody"), nullptr, Escaping::None);
    QVERIFY(!unclosed);
    QVERIFY(unclosed.error().message.contains(QStringLiteral("closing")));
}

QTEST_GUILESS_MAIN(TestMustacheTemplate)
#include "tst_mustache_template.moc"
