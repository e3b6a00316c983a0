// `alertdesk-cli decode` as BRIEF.md specifies it, run as the built executable.
#include <QFile>
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
    QList<QByteArray> lines;
    QString errors;
};

Run runDecode(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess process;
    process.start(alertdesk::test::cliPath(), QStringList{QStringLiteral("decode")} + args);
    process.waitForStarted();
    if (!stdinData.isNull())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    Run run;
    run.exitCode = process.exitCode();
    run.lines = process.readAllStandardOutput().split('\n');
    run.lines.removeAll(QByteArray());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString dataFile(const char* name)
{
    return alertdesk::test::testDataDir() + u'/' + QLatin1String(name);
}

const QStringList kModelKeys = {QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("type"),
                                QStringLiteral("subject"), QStringLiteral("region"), QStringLiteral("time"),
                                QStringLiteral("severity"), QStringLiteral("status"), QStringLiteral("title"),
                                QStringLiteral("summary"), QStringLiteral("labels"), QStringLiteral("data"),
                                QStringLiteral("fingerprint"), QStringLiteral("origin")};

// The keys in the order they appear in the line's text.
QStringList keysInOrder(const QByteArray& line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        return line.indexOf(QByteArray("\"" + a.toUtf8() + "\":")) < line.indexOf(QByteArray("\"" + b.toUtf8() + "\":"));
    });
    return keys;
}

} // namespace

class TestCliDecode final : public QObject
{
    Q_OBJECT

private slots:
    void oneDocumentPrintsEveryEvent();
    void jsonLinesReportBadLineAndGoOn();
    void standardInput();
    void missingFileIsBadUsage();
    void versionAndHelp();
};

void TestCliDecode::oneDocumentPrintsEveryEvent()
{
    const Run run = runDecode({dataFile("alertmanager-webhook-v4.json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 2);
    for (const QByteArray& line : run.lines)
        QCOMPARE(keysInOrder(line), kModelKeys);
    const QJsonObject first = QJsonDocument::fromJson(run.lines.first()).object();
    QCOMPARE(first.value(QStringLiteral("origin")).toString(), QStringLiteral("file:alertmanager-webhook-v4.json"));
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-27T00:43:52.807Z"));
    QCOMPARE(first.value(QStringLiteral("summary")).toString(), QStringLiteral("收到告警信息"));
    QCOMPARE(first.value(QStringLiteral("labels")).toObject().value(QStringLiteral("instance")).toString(), QStringLiteral("db1"));
}

void TestCliDecode::jsonLinesReportBadLineAndGoOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"specversion":"1.0","id":"1","source":"/s","type":"t"})" "\n"
               R"({"specversion":"1.0","id":"2","source":"/s",)" "\n"
               "\n"
               R"({"EventList":[{"specversion":"1.0","id":"3","source":"/s","type":"t"},{"specversion":"1.0","id":"4","source":"/s","type":"t"}]})" "\n");
    file.close();
    const Run run = runDecode({path});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.lines.size(), 3);   // events 1, 3 and 4
    QCOMPARE(QJsonDocument::fromJson(run.lines.at(2)).object().value(QStringLiteral("id")).toString(), QStringLiteral("4"));
    QVERIFY2(run.errors.contains(path + QStringLiteral(":2: ")), qPrintable(run.errors));
    QVERIFY2(run.errors.contains(QStringLiteral("not valid JSON")), qPrintable(run.errors));
    QCOMPARE(run.errors.count(u'\n'), 1);
}

void TestCliDecode::standardInput()
{
    const Run run = runDecode({QStringLiteral("-")}, R"({"specversion":"1.0","id":"s","source":"/s","type":"t","time":1700000000000})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 1);
    const QJsonObject event = QJsonDocument::fromJson(run.lines.first()).object();
    QCOMPARE(event.value(QStringLiteral("origin")).toString(), QStringLiteral("stdin"));
    QCOMPARE(event.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));

    const Run none = runDecode({}, "not json at all");
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.errors.contains(QStringLiteral("standard input:1:")), qPrintable(none.errors));
}

void TestCliDecode::missingFileIsBadUsage()
{
    const Run run = runDecode({QStringLiteral("/nonexistent/events.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errors.contains(QStringLiteral("/nonexistent/events.json")));
}

void TestCliDecode::versionAndHelp()
{
    QProcess process;
    process.start(alertdesk::test::cliPath(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("alertdesk-cli " ALERTDESK_VERSION));
    process.start(alertdesk::test::cliPath(), {QStringLiteral("frobnicate")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
