// `alertdesk-cli rules test --rules FILE --events FILE [--explain]` as BRIEF.md specifies it, run as the built
// executable over the project's sample events.
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
    QList<QByteArray> lines;
    QString errors;
};

Run runCli(const QStringList& args)
{
    QProcess process;
    process.start(alertdesk::test::cliPath(), args);
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

const QByteArray kRules = R"({"version":1,"rules":[
 {"id":"r1","name":"Tencent critical","enabled":true,"pattern":{"source":[{"suffix":".cloud.tencent"}],"alertdesk":{"severity":["critical"]}}},
 {"id":"r2","name":"dts updates","pattern":{"source":"dts.cloud.tencent","type":[{"prefix":"dts:"}]}},
 {"id":"r3","name":"switched off","enabled":false,"pattern":{"source":[{"exists":true}]}},
 {"id":"r4","name":"VIP in 10/8","pattern":{"data":{"vip":[{"cidr":"10.0.0.0/8"}]}}}
]})";

} // namespace

class TestRulesTestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchedRules();
    void explainsMisses();
    void invalidRuleNamesItsPath();
    void badEventLineReported();

private:
    QString write(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
    QString m_rules;
};

QString TestRulesTestCli::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestRulesTestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rules = write(QStringLiteral("rules.json"), kRules);
}

void TestRulesTestCli::matchedRules()
{
    const Run run = runCli({QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--rules"), m_rules,
                            QStringLiteral("--events"), dataFile("tencent-eventlist.json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 2);
    // In rule order; the disabled rule never appears; no why_not without --explain.
    QCOMPARE(run.lines.at(0), QByteArray(R"({"id":"dts-1","matched":["dts updates"]})"));
    QCOMPARE(run.lines.at(1), QByteArray(R"({"id":"clb-7","matched":["Tencent critical","VIP in 10/8"]})"));
}

void TestRulesTestCli::explainsMisses()
{
    const Run run =
        runCli({QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--rules"), m_rules,
                QStringLiteral("--events"), dataFile("tencent-eventlist.json"), QStringLiteral("--explain")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(run.lines.at(0)).object();
    QCOMPARE(first.value(QLatin1String("matched")).toArray(), QJsonArray{QStringLiteral("dts updates")});
    const QJsonObject whyNot = first.value(QLatin1String("why_not")).toObject();
    QCOMPARE(whyNot.keys(), (QStringList{QStringLiteral("Tencent critical"), QStringLiteral("VIP in 10/8")}));
    QCOMPARE(whyNot.value(QLatin1String("Tencent critical")).toString(),
             QStringLiteral(R"($.alertdesk.severity: "info" does not match ["critical"])"));
    QCOMPARE(whyNot.value(QLatin1String("VIP in 10/8")).toString(),
             QStringLiteral("$.data.vip: missing (no value here; an object or an empty array does not count)"));
    const QJsonObject second = QJsonDocument::fromJson(run.lines.at(1)).object();
    QCOMPARE(second.value(QLatin1String("why_not")).toObject().value(QLatin1String("dts updates")).toString(),
             QStringLiteral(R"($.source: "clb.cloud.tencent" does not match "dts.cloud.tencent")"));
}

void TestRulesTestCli::invalidRuleNamesItsPath()
{
    const QString rules =
        write(QStringLiteral("bad.json"), R"({"version":1,"rules":[{"id":"a","name":"x","pattern":{"s":["ok"]}},
{"id":"b","name":"y","pattern":{"detail":{"state":[{"anything-but":[1,"x"]}]}}}]})");
    const Run run = runCli({QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--rules"), rules,
                            QStringLiteral("--events"), dataFile("tencent-eventlist.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.lines.isEmpty());
    QVERIFY2(run.errors.contains(rules + QStringLiteral(": $.rules[1].pattern.detail.state[0].anything-but[1]: ")),
             qPrintable(run.errors));
}

void TestRulesTestCli::badEventLineReported()
{
    const QString events = write(QStringLiteral("events.jsonl"),
                                 R"({"specversion":"1.0","id":"e1","source":"dts.cloud.tencent","type":"dts:x"}
{"specversion":
{"specversion":"1.0","id":"e3","source":"other","type":"t"}
)");
    const Run run = runCli({QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--rules"), m_rules,
                            QStringLiteral("--events"), events});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.lines.size(), 2);
    QCOMPARE(run.lines.at(0), QByteArray(R"({"id":"e1","matched":["dts updates"]})"));
    QCOMPARE(run.lines.at(1), QByteArray(R"({"id":"e3","matched":[]})"));
    QVERIFY2(run.errors.contains(events + QStringLiteral(":2:")), qPrintable(run.errors));
}

QTEST_GUILESS_MAIN(TestRulesTestCli)
#include "tst_rules_test_cli.moc"
