// `alertdesk-cli pattern check` and `pattern match --jsonl` as BRIEF.md specifies them, run as the built executable.
#include <QElapsedTimer>
#include <QFile>
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

Run runCli(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess process;
    process.start(alertdesk::test::cliPath(), args);
    process.waitForStarted();
    if (!stdinData.isNull())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitCode();
    run.lines = process.readAllStandardOutput().split('\n');
    run.lines.removeAll(QByteArray());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliPattern final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void checkMissingFile();
    void matchLines();
    void matchHundredThousandLines();
    void badUsage();

private:
    QString write(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestCliPattern::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliPattern::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestCliPattern::check_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::addRow("valid") << QByteArray(R"({"source":["cvm.cloud.tencent"],"alertdesk":{"severity":["critical"]}})")
                           << 0 << QString();
    QTest::addRow("valid Tencent shorthand") << QByteArray(R"({"source":"cvm.cloud.tencent"})") << 0 << QString();
    QTest::addRow("bad operator") << QByteArray(R"({"detail":{"state":[{"prefix":1}]}})") << 2
                                  << QStringLiteral("$.detail.state[0].prefix: prefix takes a string");
    QTest::addRow("mixed anything-but") << QByteArray(R"({"a":[{"anything-but":["x",1]}]})") << 2
                                        << QStringLiteral(
                                               "$.a[0].anything-but[1]: anything-but list mixes numbers and strings");
    QTest::addRow("syntax") << QByteArray("{\"a\":[\"x\",]}") << 2
                            << QStringLiteral("line 1, column 11: not valid JSON");
}

void TestCliPattern::check()
{
    QFETCH(QByteArray, pattern);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const QString file = write(QStringLiteral("pattern.json"), pattern);
    const Run run = runCli({QStringLiteral("pattern"), QStringLiteral("check"), file});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.lines.isEmpty());
    if (reason.isEmpty()) {
        QVERIFY(run.errors.isEmpty());
        return;
    }
    // One sentence on standard error naming the file and the JSON path.
    QCOMPARE(run.errors.count(u'\n'), 1);
    QVERIFY2(run.errors.contains(file + QStringLiteral(": ") + reason), qPrintable(run.errors));
}

void TestCliPattern::checkMissingFile()
{
    const Run run =
        runCli({QStringLiteral("pattern"), QStringLiteral("check"), m_dir.filePath(QStringLiteral("absent.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errors.contains(QLatin1String("absent.json")));
}

void TestCliPattern::matchLines()
{
    const QByteArray input = R"({"pattern":{"a":[300]},"event":{"a":3.0e2}}
{"pattern":{"a":["x"]},"event":{"a":"y"}}
{"pattern":{"a":[{"prefix":5}]},"event":{"a":"y"}}
not json
{"pattern":{"a":["x"],"a":["y"]},"event":{"a":"y"}}
{"pattern":{"a":["x"]},"event":{"a":"y","a":"x"}}
{"pattern":{"a":["x"]},"event":[1]}
)";
    const Run run = runCli({QStringLiteral("pattern"), QStringLiteral("match"), QStringLiteral("--jsonl"),
                            write(QStringLiteral("lines.jsonl"), input)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 7);
    QCOMPARE(run.lines.at(0), QByteArray(R"({"match":true})"));
    QCOMPARE(run.lines.at(1), QByteArray(R"({"match":false})"));
    QCOMPARE(
        run.lines.at(2),
        QByteArray(R"({"error":"$.pattern.a[0].prefix: prefix takes a string or {\"equals-ignore-case\": string}"})"));
    QVERIFY(run.lines.at(3).startsWith(R"({"error":"line 1, column 1: not valid JSON)"));
    QCOMPARE(run.lines.at(4), QByteArray(R"({"match":true})")); // duplicate pattern keys: the last wins
    QCOMPARE(run.lines.at(5), QByteArray(R"({"match":true})")); // duplicate event keys: every value counts
    QCOMPARE(run.lines.at(6), QByteArray(R"({"error":"$.event: the event must be a JSON object"})"));
    // Standard input works the same way.
    const Run piped = runCli(
        {QStringLiteral("pattern"), QStringLiteral("match"), QStringLiteral("--jsonl"), QStringLiteral("-")}, input);
    QCOMPARE(piped.lines, run.lines);
}

void TestCliPattern::matchHundredThousandLines()
{
    QByteArray input;
    const QByteArray lines[] = {
        R"({"pattern":{"source":["cvm.cloud.tencent"],"data":{"n":[{"numeric":[">",5]}]}},"event":{"source":"cvm.cloud.tencent","data":{"n":7}}})",
        R"({"pattern":{"detail":{"state":[{"anything-but":{"prefix":"init"}}]}},"event":{"detail":{"state":"initializing"}}})",
    };
    for (int i = 0; i < 100000; ++i)
        input += lines[i % 2] + '\n';
    const QString file = write(QStringLiteral("many.jsonl"), input);
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli({QStringLiteral("pattern"), QStringLiteral("match"), QStringLiteral("--jsonl"), file});
    const qint64 ms = timer.elapsed();
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 100000);
    QCOMPARE(run.lines.count(QByteArray(R"({"match":true})")), 50000);
    QCOMPARE(run.lines.last(), QByteArray(R"({"match":false})"));
    // The 3 s target is a figure for an optimised build on a quiet machine, reported here, not asserted: a timed
    // assertion fails under sanitizers and on a busy machine without anything being wrong.
    qInfo("pattern match: 100,000 lines in %lld ms (target 3,000 ms in a release build)", ms);
}

void TestCliPattern::badUsage()
{
    QCOMPARE(runCli({QStringLiteral("pattern")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("pattern"), QStringLiteral("match"), QStringLiteral("x.jsonl")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("pattern"), QStringLiteral("frobnicate"), QStringLiteral("x")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliPattern)
#include "tst_cli_pattern.moc"
