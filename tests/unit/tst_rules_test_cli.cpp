// `alertdesk-cli rules test --rules FILE --events FILE [--explain]` as BRIEF.md specifies it, run as the built
// executable over the project's sample events.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "event/Fingerprint.h"
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
    void notificationsReplayedAtEventTimes();
    void notificationsHeldByThrottle();

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
    // In rule order; the disabled rule never appears; no why_not without --explain; the router's notifications
    // come last.
    QVERIFY2(run.lines.at(0).startsWith(R"({"id":"dts-1","matched":["dts updates"],"notifications":[)"),
             run.lines.at(0).constData());
    QVERIFY2(
        run.lines.at(1).startsWith(R"({"id":"clb-7","matched":["Tencent critical","VIP in 10/8"],"notifications":[)"),
        run.lines.at(1).constData());
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
    QVERIFY(run.lines.at(0).startsWith(R"({"id":"e1","matched":["dts updates"],"notifications":[)"));
    QCOMPARE(run.lines.at(1), QByteArray(R"({"id":"e3","matched":[],"notifications":[]})"));
    QVERIFY2(run.errors.contains(events + QStringLiteral(":2:")), qPrintable(run.errors));
}

namespace {

QByteArray cloudEvent(const char* id, const char* source, const char* type, const char* subject, const char* status,
                      const char* time)
{
    return QByteArray(R"({"specversion":"1.0","id":")") + id + R"(","source":")" + source + R"(","type":")" + type +
        R"(","subject":")" + subject + R"(","status":")" + status + R"(","time":")" + time + "\"}\n";
}

// The notifications of one output line, as (at, reason, held, channel, firing fingerprints, resolved ones).
QStringList describe(const QByteArray& line)
{
    QStringList out;
    const QJsonArray notifications =
        QJsonDocument::fromJson(line).object().value(QLatin1String("notifications")).toArray();
    for (const QJsonValue& value : notifications) {
        const QJsonObject n = value.toObject();
        auto fingerprints = [](const QJsonArray& alerts) {
            QStringList fps;
            for (const QJsonValue& a : alerts)
                fps.append(a.toObject().value(QLatin1String("fingerprint")).toString());
            fps.sort();
            return fps.join(u'+');
        };
        out.append(QStringList{n.value(QLatin1String("at")).toString(), n.value(QLatin1String("reason")).toString(),
                               n.value(QLatin1String("held")).isNull() ? QStringLiteral("sent")
                                                                       : n.value(QLatin1String("held")).toString(),
                               n.value(QLatin1String("target")).toObject().value(QLatin1String("channel")).toString(),
                               fingerprints(n.value(QLatin1String("firing")).toArray()),
                               fingerprints(n.value(QLatin1String("resolved")).toArray())}
                       .join(u' '));
    }
    return out;
}

} // namespace

void TestRulesTestCli::notificationsReplayedAtEventTimes()
{
    const QString rules = write(QStringLiteral("routed.json"), R"({"version":1,"rules":[{"id":"n1","name":"notify",
        "pattern":{"source":["app"]},"targets":[{"channel":"a"},{"channel":"b","template":"t","message_type":"text"}],
        "policy":{"group_by":["subject"],"group_wait":"10s","group_interval":"1m","repeat_interval":"1h"}}]})");
    const QString events = write(QStringLiteral("routed.jsonl"),
                                 cloudEvent("e1", "app", "t1", "s1", "firing", "2026-01-01T00:00:00Z") +
                                     cloudEvent("e2", "app", "t2", "s1", "firing", "2026-01-01T00:00:05Z") +
                                     cloudEvent("e3", "app", "t1", "s1", "resolved", "2026-01-01T00:00:20Z") +
                                     cloudEvent("e4", "app", "t2", "s1", "firing", "2026-01-01T00:04:00Z"));
    const Run run = runCli({QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--rules"), rules,
                            QStringLiteral("--events"), events});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 4);
    const QString fp1 = alertdesk::eventFingerprint(u"app", u"t1", u"s1");
    const QString fp2 = alertdesk::eventFingerprint(u"app", u"t2", u"s1");
    const QString both = fp1 < fp2 ? fp1 + u'+' + fp2 : fp2 + u'+' + fp1;
    // group_wait after the first event, one notification per target, both alerts of the subject in it.
    const QStringList first{QStringLiteral("2026-01-01T00:00:10.000Z first sent a %1 ").arg(both),
                            QStringLiteral("2026-01-01T00:00:10.000Z first sent b %1 ").arg(both)};
    QCOMPARE(describe(run.lines.at(0)), first);
    QCOMPARE(describe(run.lines.at(1)), first);
    // The resolution goes out group_interval after the first notification.
    QCOMPARE(describe(run.lines.at(2)),
             (QStringList{QStringLiteral("2026-01-01T00:01:10.000Z update sent a %1 %2").arg(fp2, fp1),
                          QStringLiteral("2026-01-01T00:01:10.000Z update sent b %1 %2").arg(fp2, fp1)}));
    // Firing again while already notified: nothing new until the repeat, an hour later.
    QCOMPARE(describe(run.lines.at(3)), QStringList());
    const QJsonObject target = QJsonDocument::fromJson(run.lines.at(0))
                                   .object()
                                   .value(QLatin1String("notifications"))
                                   .toArray()
                                   .at(1)
                                   .toObject()
                                   .value(QLatin1String("target"))
                                   .toObject();
    QCOMPARE(target.value(QLatin1String("template")).toString(), QStringLiteral("t"));
    const QJsonObject firstNotification = QJsonDocument::fromJson(run.lines.at(0))
                                              .object()
                                              .value(QLatin1String("notifications"))
                                              .toArray()
                                              .at(0)
                                              .toObject();
    QCOMPARE(firstNotification.value(QLatin1String("firing_count")).toInt(), 2);
    QCOMPARE(firstNotification.value(QLatin1String("resolved_count")).toInt(), 0);
    QCOMPARE(firstNotification.value(QLatin1String("rule")).toString(), QStringLiteral("notify"));
    QCOMPARE(firstNotification.value(QLatin1String("group")).toString(), QStringLiteral("n1{subject=\"s1\"}"));
    QCOMPARE(target.value(QLatin1String("message_type")).toString(), QStringLiteral("text"));
}

void TestRulesTestCli::notificationsHeldByThrottle()
{
    const QString rules = write(QStringLiteral("throttled.json"), R"({"version":1,"rules":[{"id":"t1","name":"thr",
        "pattern":{"source":["thr"]},"policy":{"group_by":["source"],"group_wait":"0s","group_interval":"1s",
        "throttle":{"count":1,"window":"1m"}}}]})");
    const QString events = write(QStringLiteral("throttled.jsonl"),
                                 cloudEvent("x1", "thr", "x", "a", "firing", "2026-01-01T00:02:00Z") +
                                     cloudEvent("x2", "thr", "x", "b", "firing", "2026-01-01T00:02:01Z"));
    const Run run = runCli({QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--rules"), rules,
                            QStringLiteral("--events"), events});
    QCOMPARE(run.exitCode, 0);
    const QString a = alertdesk::eventFingerprint(u"thr", u"x", u"a");
    const QString b = alertdesk::eventFingerprint(u"thr", u"x", u"b");
    const QString both = a < b ? a + u'+' + b : b + u'+' + a;
    QCOMPARE(describe(run.lines.at(0)), QStringList{QStringLiteral("2026-01-01T00:02:00.000Z first sent  %1 ").arg(a)});
    // Held back by the throttle, then sent when the minute is over.
    QCOMPARE(describe(run.lines.at(1)),
             (QStringList{QStringLiteral("2026-01-01T00:02:01.000Z update throttled  %1 ").arg(both),
                          QStringLiteral("2026-01-01T00:03:00.000Z update sent  %1 ").arg(both)}));
}

QTEST_GUILESS_MAIN(TestRulesTestCli)
#include "tst_rules_test_cli.moc"
