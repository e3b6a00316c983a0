// `alertdesk-cli render` as BRIEF.md specifies it, run as the built executable: golden bodies for every channel
// type × message type × firing/resolved/digest for a Tencent and an Alertmanager event (tests/golden), and the
// command's contract (default types, keywords, template errors, splitting, escaping).
// Regenerate the goldens with ALERTDESK_UPDATE_GOLDEN=1, then review the diff.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestEnvironment.h"

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray output;
    QList<QByteArray> lines;
    QString errors;
};

// English in UTC, or Chinese in Beijing time, whatever the machine says.
Run runRender(const QStringList& args, bool chinese = false, const QString& workDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), chinese ? QStringLiteral("Asia/Shanghai") : QStringLiteral("UTC"));
    env.insert(QStringLiteral("LC_ALL"), chinese ? QStringLiteral("zh_CN.UTF-8") : QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), chinese ? QStringLiteral("zh_CN.UTF-8") : QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(alertdesk::test::cliPath(), QStringList{QStringLiteral("render")} + args);
    process.waitForFinished(30000);
    Run run;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    run.lines = run.output.split('\n');
    run.lines.removeAll(QByteArray());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString goldenDir()
{
    return alertdesk::test::testDataDir() + QStringLiteral("/../golden");
}

QString eventFile(const QString& name)
{
    return goldenDir() + QStringLiteral("/events/") + name;
}

bool updating()
{
    return qEnvironmentVariableIsSet("ALERTDESK_UPDATE_GOLDEN");
}

// The first line that differs, for a readable failure.
QString firstDifference(const QByteArray& actual, const QByteArray& expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            return QStringLiteral("line %1\n actual:   %2\n expected: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)));
        }
    }
    return {};
}

void compareWithGolden(const Run& run, const QString& goldenPath)
{
    QCOMPARE(run.exitCode, 0);
    for (const QByteArray& line : run.lines) {
        QJsonParseError error;
        QVERIFY2(QJsonDocument::fromJson(line, &error).isObject(), qPrintable(error.errorString()));
    }
    if (updating()) {
        QDir().mkpath(QFileInfo(goldenPath).path());
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(run.output);
        return;
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly),
             qPrintable(goldenPath + QStringLiteral(" is missing: run with ALERTDESK_UPDATE_GOLDEN=1")));
    const QByteArray expected = golden.readAll();
    QVERIFY2(run.output == expected, qPrintable(goldenPath + u'\n' + firstDifference(run.output, expected)));
}

// Every channel type and message type of ../shared/specs/im-webhooks.md that AlertDesk builds.
const QList<std::pair<const char*, QStringList>>& channelTypes()
{
    static const QList<std::pair<const char*, QStringList>> types = {
        {"wecom",
         {QStringLiteral("markdown"), QStringLiteral("text"), QStringLiteral("markdown_v2"), QStringLiteral("news"),
          QStringLiteral("template_card")}},
        {"dingtalk",
         {QStringLiteral("markdown"), QStringLiteral("text"), QStringLiteral("link"), QStringLiteral("actionCard"),
          QStringLiteral("feedCard")}},
        {"feishu", {QStringLiteral("interactive"), QStringLiteral("text"), QStringLiteral("post")}},
        {"lark", {QStringLiteral("interactive"), QStringLiteral("text"), QStringLiteral("post")}},
        {"slack", {QStringLiteral("blocks"), QStringLiteral("text")}},
        {"teams", {QStringLiteral("adaptiveCard")}},
        {"discord", {QStringLiteral("embeds"), QStringLiteral("content")}},
        {"telegram", {QStringLiteral("html"), QStringLiteral("text")}},
        {"generic", {QStringLiteral("json")}},
    };
    return types;
}

QStringList eventArgs(const QString& source, const QString& kind)
{
    const QString file = kind == QLatin1String("digest") ? QString(source + QStringLiteral("-batch.json"))
                                                         : QString(source + u'-' + kind + QStringLiteral(".json"));
    QStringList args{QStringLiteral("--event"), eventFile(file)};
    if (kind == QLatin1String("digest"))
        args.append(QStringLiteral("--digest"));
    return args;
}

QByteArray alertmanagerAlert(const QString& alertname, const QString& description)
{
    const QJsonObject alert{
        {QStringLiteral("status"), QStringLiteral("firing")},
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("alertname"), alertname},
                     {QStringLiteral("severity"), QStringLiteral("critical")}}},
        {QStringLiteral("annotations"),
         QJsonObject{{QStringLiteral("summary"), QStringLiteral("5 < 6 & \"quoted\"")},
                     {QStringLiteral("description"), description}}},
        {QStringLiteral("startsAt"), QStringLiteral("2026-11-27T00:43:52Z")},
        {QStringLiteral("generatorURL"), QStringLiteral("http://prom.example/graph?g0.expr=up&x=1")},
        {QStringLiteral("fingerprint"), QStringLiteral("aa11bb22cc33dd44")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("4")},
                                     {QStringLiteral("status"), QStringLiteral("firing")},
                                     {QStringLiteral("externalURL"), QStringLiteral("http://am:9093")},
                                     {QStringLiteral("alerts"), QJsonArray{alert}}})
        .toJson();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return file.fileName();
}

QJsonObject body(const Run& run, qsizetype line = 0)
{
    return QJsonDocument::fromJson(run.lines.value(line)).object();
}

} // namespace

class TestCliRender final : public QObject
{
    Q_OBJECT

private slots:
    void goldenMatrix_data();
    void goldenMatrix();
    void goldenChinese_data();
    void goldenChinese();
    void goldenCases_data();
    void goldenCases();
    void defaultMessageTypePerChannel_data();
    void defaultMessageTypePerChannel();
    void onePerEventOrOneDigest();
    void missingKeywordExitsOne();
    void badTemplateExitsTwoWithLineAndColumn();
    void badArgumentsExitTwo();
    void escapingFollowsTheTarget();
    void longMessageSplitsIntoSeveralLines();
    void noSigningFields();
};

void TestCliRender::goldenMatrix_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    for (const auto& [channel, types] : channelTypes()) {
        for (const QString& type : types) {
            for (const char* source : {"tencent", "alertmanager"}) {
                for (const char* kind : {"firing", "resolved", "digest"}) {
                    const QStringList args = QStringList{QStringLiteral("--channel-type"), QLatin1String(channel),
                                                         QStringLiteral("--message-type"), type} +
                        eventArgs(QLatin1String(source), QLatin1String(kind));
                    const QString golden =
                        QStringLiteral("%1/matrix/%2/%3/%4-%5.jsonl")
                            .arg(goldenDir(), QLatin1String(channel), type, QLatin1String(source), QLatin1String(kind));
                    QTest::addRow("%s %s %s %s", channel, qPrintable(type), source, kind) << args << golden;
                }
            }
        }
    }
}

void TestCliRender::goldenMatrix()
{
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    compareWithGolden(runRender(args), golden);
}

void TestCliRender::goldenChinese_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    const QList<std::pair<const char*, const char*>> types = {{"dingtalk", "markdown"}, {"feishu", "interactive"},
                                                              {"wecom", "markdown"},    {"wecom", "template_card"},
                                                              {"telegram", "html"},     {"slack", "blocks"}};
    for (const auto& [channel, type] : types) {
        for (const char* source : {"tencent", "alertmanager"}) {
            for (const char* kind : {"firing", "resolved", "digest"}) {
                const QStringList args = QStringList{QStringLiteral("--channel-type"), QLatin1String(channel),
                                                     QStringLiteral("--message-type"), QLatin1String(type)} +
                    eventArgs(QLatin1String(source), QLatin1String(kind));
                const QString golden = QStringLiteral("%1/zh/%2-%3-%4-%5.jsonl")
                                           .arg(goldenDir(), QLatin1String(channel), QLatin1String(type),
                                                QLatin1String(source), QLatin1String(kind));
                QTest::addRow("%s %s %s %s", channel, type, source, kind) << args << golden;
            }
        }
    }
}

void TestCliRender::goldenChinese()
{
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    compareWithGolden(runRender(args, true), golden);
}

void TestCliRender::goldenCases_data()
{
    // One folder per case (STYLE.md): `args` (one argument a line, paths relative to the folder), expected.jsonl.
    QTest::addColumn<QString>("folder");
    const QDir cases(goldenDir() + QStringLiteral("/cases"));
    for (const QString& name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::addRow("%s", qPrintable(name)) << cases.filePath(name);
}

void TestCliRender::goldenCases()
{
    QFETCH(QString, folder);
    QFile argsFile(folder + QStringLiteral("/args"));
    QVERIFY(argsFile.open(QIODevice::ReadOnly));
    QStringList args = QString::fromUtf8(argsFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    compareWithGolden(runRender(args, false, folder), folder + QStringLiteral("/expected.jsonl"));
}

void TestCliRender::defaultMessageTypePerChannel_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addRow("wecom") << QStringLiteral("wecom") << QStringLiteral("msgtype") << QStringLiteral("markdown");
    QTest::addRow("dingtalk") << QStringLiteral("dingtalk") << QStringLiteral("msgtype") << QStringLiteral("markdown");
    QTest::addRow("feishu") << QStringLiteral("feishu") << QStringLiteral("msg_type") << QStringLiteral("interactive");
    QTest::addRow("lark") << QStringLiteral("lark") << QStringLiteral("msg_type") << QStringLiteral("interactive");
    QTest::addRow("telegram") << QStringLiteral("telegram") << QStringLiteral("parse_mode") << QStringLiteral("HTML");
}

void TestCliRender::defaultMessageTypePerChannel()
{
    QFETCH(QString, channel);
    QFETCH(QString, key);
    QFETCH(QString, type);
    const Run run = runRender({QStringLiteral("--channel-type"), channel, QStringLiteral("--event"),
                               eventFile(QStringLiteral("tencent-firing.json"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(body(run).value(key).toString(), type);
}

void TestCliRender::onePerEventOrOneDigest()
{
    const QStringList args{QStringLiteral("--channel-type"), QStringLiteral("dingtalk"), QStringLiteral("--event"),
                           eventFile(QStringLiteral("alertmanager-batch.json"))};
    const Run each = runRender(args);
    QCOMPARE(each.exitCode, 0);
    QCOMPARE(each.lines.size(), 2);
    QVERIFY(body(each, 0)
                .value(QStringLiteral("markdown"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("DiskFull")));
    QVERIFY(body(each, 1)
                .value(QStringLiteral("markdown"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("HighCPU")));
    const Run digest = runRender(args + QStringList{QStringLiteral("--digest")});
    QCOMPARE(digest.exitCode, 0);
    QCOMPARE(digest.lines.size(), 1);
    const QString text =
        body(digest).value(QStringLiteral("markdown")).toObject().value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QStringLiteral("DiskFull")) && text.contains(QStringLiteral("HighCPU")) &&
                 text.contains(QStringLiteral("2 alerts")),
             qPrintable(text));
}

void TestCliRender::missingKeywordExitsOne()
{
    const QStringList args{QStringLiteral("--channel-type"), QStringLiteral("dingtalk"), QStringLiteral("--event"),
                           eventFile(QStringLiteral("alertmanager-firing.json"))};
    const Run missing = runRender(args + QStringList{QStringLiteral("--keyword"), QStringLiteral("监控")});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.lines.size(), 1); // the body is still printed, for inspection
    QVERIFY2(missing.errors.contains(QStringLiteral("监控")) && missing.errors.contains(QStringLiteral("keyword")),
             qPrintable(missing.errors));
    // The title alone does not count for DingTalk markdown: the keyword must be in the text.
    const Run present = runRender(args +
                                  QStringList{QStringLiteral("--keyword"), QStringLiteral("监控"),
                                              QStringLiteral("--keyword"), QStringLiteral("DiskFull")});
    QCOMPARE(present.exitCode, 0);
    QVERIFY(present.errors.isEmpty());
}

void TestCliRender::badTemplateExitsTwoWithLineAndColumn()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.mustache"),
                                   "---\ntitle: {{title}}\n---\n### {{title}}\n  {{#isFiring}}\nfiring\n");
    const Run run = runRender({QStringLiteral("--channel-type"), QStringLiteral("wecom"), QStringLiteral("--template"),
                               path, QStringLiteral("--event"), eventFile(QStringLiteral("tencent-firing.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.lines.isEmpty());
    QVERIFY2(run.errors.contains(path + QStringLiteral(":5:3")) &&
                 run.errors.contains(QStringLiteral("unclosed section \"isFiring\"")),
             qPrintable(run.errors));
    const QString partial = writeFile(dir, QStringLiteral("partial.mustache"), "ok\n{{> no-such-partial}}\n");
    const Run unknown =
        runRender({QStringLiteral("--channel-type"), QStringLiteral("slack"), QStringLiteral("--template"), partial,
                   QStringLiteral("--event"), eventFile(QStringLiteral("tencent-firing.json"))});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.errors.contains(partial + QStringLiteral(":2:1")) &&
                 unknown.errors.contains(QStringLiteral("unknown partial")),
             qPrintable(unknown.errors));
}

void TestCliRender::badArgumentsExitTwo()
{
    const QString event = eventFile(QStringLiteral("tencent-firing.json"));
    QCOMPARE(
        runRender({QStringLiteral("--channel-type"), QStringLiteral("icq"), QStringLiteral("--event"), event}).exitCode,
        2);
    const Run wrongType =
        runRender({QStringLiteral("--channel-type"), QStringLiteral("feishu"), QStringLiteral("--message-type"),
                   QStringLiteral("markdown"), QStringLiteral("--event"), event});
    QCOMPARE(wrongType.exitCode, 2);
    QVERIFY2(wrongType.errors.contains(QStringLiteral("interactive")), qPrintable(wrongType.errors));
    QCOMPARE(runRender({QStringLiteral("--channel-type"), QStringLiteral("wecom")}).exitCode, 2);
    QCOMPARE(runRender({QStringLiteral("--channel-type"), QStringLiteral("wecom"), QStringLiteral("--event"),
                        QStringLiteral("/no/such/file")})
                 .exitCode,
             2);
}

void TestCliRender::escapingFollowsTheTarget()
{
    QTemporaryDir dir;
    const QString event =
        writeFile(dir, QStringLiteral("am.json"), alertmanagerAlert(QStringLiteral("<b>&"), QStringLiteral("a*b_c")));
    const auto render = [&](const char* channel, const char* type) {
        return body(
            runRender({QStringLiteral("--channel-type"), QLatin1String(channel), QStringLiteral("--message-type"),
                       QLatin1String(type), QStringLiteral("--event"), event}));
    };
    // Literal in IM markdown and JSON fields: no "&amp;" leaking from Mustache's HTML escaping.
    const QJsonObject ding = render("dingtalk", "markdown").value(QStringLiteral("markdown")).toObject();
    QVERIFY2(ding.value(QStringLiteral("text")).toString().contains(QStringLiteral("### 🔥 <b>&")),
             qPrintable(ding.value(QStringLiteral("text")).toString()));
    QVERIFY(ding.value(QStringLiteral("text")).toString().contains(QStringLiteral("5 < 6 & \"quoted\"")));
    QVERIFY(!ding.value(QStringLiteral("text")).toString().contains(QStringLiteral("&amp;")));
    QCOMPARE(ding.value(QStringLiteral("title")).toString(), QStringLiteral("🔥 [Firing] <b>&"));
    const QJsonObject card = render("feishu", "interactive").value(QStringLiteral("card")).toObject();
    QCOMPARE(card.value(QStringLiteral("header"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toString(),
             QStringLiteral("🔥 [Firing] <b>&"));
    QCOMPARE(render("generic", "json").value(QStringLiteral("title")).toString(), QStringLiteral("🔥 [Firing] <b>&"));
    // Escaped where the IM parses markup.
    const QString telegram = render("telegram", "html").value(QStringLiteral("text")).toString();
    QVERIFY2(telegram.contains(QStringLiteral("<b>🔥 &lt;b&gt;&amp;</b>")), qPrintable(telegram));
    QVERIFY(telegram.contains(QStringLiteral("5 &lt; 6 &amp; &quot;quoted&quot;")));
    QVERIFY2(telegram.contains(QStringLiteral("href=\"http://prom.example/graph?g0.expr=up&amp;x=1\"")),
             qPrintable(telegram));
    const QString slack = render("slack", "text").value(QStringLiteral("text")).toString();
    QVERIFY2(slack.contains(QStringLiteral("5 &lt; 6 &amp; \"quoted\"")), qPrintable(slack));
}

void TestCliRender::longMessageSplitsIntoSeveralLines()
{
    QTemporaryDir dir;
    QString description;
    for (int i = 0; i < 400; ++i)
        description += QStringLiteral("第%1行：磁盘空间不足\n").arg(i); // about 12 KB of UTF-8
    const QString event =
        writeFile(dir, QStringLiteral("long.json"), alertmanagerAlert(QStringLiteral("DiskFull"), description));
    const Run run =
        runRender({QStringLiteral("--channel-type"), QStringLiteral("wecom"), QStringLiteral("--event"), event});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.lines.size() >= 3, qPrintable(run.errors));
    QString joined;
    for (qsizetype i = 0; i < run.lines.size(); ++i) {
        const QString content =
            body(run, i).value(QStringLiteral("markdown")).toObject().value(QStringLiteral("content")).toString();
        QVERIFY(content.toUtf8().size() <= 4096);
        joined += content + u'\n';
    }
    QVERIFY(joined.contains(QStringLiteral("第0行")) && joined.contains(QStringLiteral("第399行")));
    QVERIFY2(run.errors.contains(QStringLiteral("part 1 of")), qPrintable(run.errors));
    // DingTalk and Feishu cards truncate visibly instead.
    const Run card =
        runRender({QStringLiteral("--channel-type"), QStringLiteral("wecom"), QStringLiteral("--message-type"),
                   QStringLiteral("news"), QStringLiteral("--event"), event});
    QCOMPARE(card.lines.size(), 1);
    const QString news = body(card)
                             .value(QStringLiteral("news"))
                             .toObject()
                             .value(QStringLiteral("articles"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("description"))
                             .toString();
    QVERIFY(news.endsWith(QStringLiteral("…(truncated)")));
    QVERIFY(news.toUtf8().size() <= 512);
}

void TestCliRender::noSigningFields()
{
    for (const char* channel : {"dingtalk", "feishu", "lark"}) {
        const Run run = runRender({QStringLiteral("--channel-type"), QLatin1String(channel), QStringLiteral("--event"),
                                   eventFile(QStringLiteral("tencent-firing.json"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!body(run).contains(QStringLiteral("sign")));
        QVERIFY(!body(run).contains(QStringLiteral("timestamp")));
    }
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
