// The view model templates see: every documented field, computed lazily for one alert and eagerly for digests,
// with times, words and colours as an operator reads them.
#include <ctime>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "common/Clock.h"
#include "event/EventDecoder.h"
#include "templates/Template.h"
#include "templates/ViewModel.h"
#include "TestEnvironment.h"

using namespace alertdesk;

namespace {

QList<Event> decodeGolden(const char* name)
{
    QFile file(alertdesk::test::testDataDir() + QStringLiteral("/../golden/events/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ManualClock clock(0);
    EventDecoder decoder(clock);
    return decoder.decode(file.readAll(), QStringLiteral("file:test")).events;
}

QJsonObject alertView(const Event& event, qint64 nowMs, const AlertContext& context = {},
                      const ViewSettings& settings = {})
{
    return ViewModel::forAlert(event, context, settings, nowMs).toJson().toObject();
}

QString render(const QString& text, const ViewModel& view)
{
    const auto compiled = Template::compile(text);
    if (!compiled)
        return QStringLiteral("<compile error %1>").arg(compiled.error().message);
    return compiled->render(view).value_or(QStringLiteral("<render error>"));
}

constexpr qint64 kDiskFullMs = 1795740232807; // 2026-11-27T00:43:52.807Z, the firing Alertmanager alert

} // namespace

class TestViewModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firingAlertmanagerAlert();
    void resolvedAlertLastedFromStartsAtToEndsAt();
    void tencentEvent();
    void timesAndAgesInBothLanguages_data();
    void timesAndAgesInBothLanguages();
    void lifecycleContextAndRule();
    void linksPreferTheConsole();
    void lazyViewRendersLikeTheWholeModel();
    void everyDocumentedFieldExists();
    void digestGroupsAndCounts();
};

void TestViewModel::initTestCase()
{
    // Local times in this test are Beijing time, whatever the machine's zone.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    QVERIFY2(!decodeGolden("alertmanager-firing.json").isEmpty(), "tests/golden/events is missing");
}

void TestViewModel::firingAlertmanagerAlert()
{
    const Event event = decodeGolden("alertmanager-firing.json").value(0);
    const QJsonObject view = alertView(event, kDiskFullMs + 60000);
    QCOMPARE(view.value(QStringLiteral("title")).toString(), QStringLiteral("DiskFull"));
    QCOMPARE(view.value(QStringLiteral("isFiring")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("isResolved")).toBool(), false);
    QCOMPARE(view.value(QStringLiteral("isCritical")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("isAlertmanager")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("isTencent")).toBool(), false);
    QCOMPARE(view.value(QStringLiteral("severityEmoji")).toString(), QStringLiteral("🔴"));
    QCOMPARE(view.value(QStringLiteral("statusEmoji")).toString(), QStringLiteral("🔥"));
    QCOMPARE(view.value(QStringLiteral("wecomColor")).toString(), QStringLiteral("warning"));
    QCOMPARE(view.value(QStringLiteral("feishuTemplate")).toString(), QStringLiteral("red"));
    QCOMPARE(view.value(QStringLiteral("teamsColor")).toString(), QStringLiteral("attention"));
    QCOMPARE(view.value(QStringLiteral("labels")).toObject().value(QStringLiteral("instance")).toString(),
             QStringLiteral("db1"));
    const QJsonArray labelList = view.value(QStringLiteral("labelList")).toArray();
    QCOMPARE(labelList.size(), 3);
    QCOMPARE(labelList.at(0).toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("alertname")},
                          {QStringLiteral("value"), QStringLiteral("DiskFull")}}));
    QCOMPARE(view.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("annotations"))
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString(),
             QStringLiteral("disk 95% full"));
    QCOMPARE(view.value(QStringLiteral("description")).toString(), QStringLiteral("disk 95% full"));
    QCOMPARE(view.value(QStringLiteral("summary")).toString(), QStringLiteral("收到告警信息"));
    QCOMPARE(view.value(QStringLiteral("url")).toString(), QStringLiteral("http://example.invalid/graph"));
}

void TestViewModel::resolvedAlertLastedFromStartsAtToEndsAt()
{
    const Event event = decodeGolden("alertmanager-resolved.json").value(0);
    const QJsonObject view = alertView(event, event.timeMs + 3600000);
    QCOMPARE(view.value(QStringLiteral("isResolved")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("firstSeenIso")).toString(), QStringLiteral("2026-11-27T00:30:00.000Z"));
    QCOMPARE(view.value(QStringLiteral("duration")).toString(), QStringLiteral("15m 10s"));
    QCOMPARE(view.value(QStringLiteral("durationSeconds")).toString(), QStringLiteral("910"));
    QCOMPARE(view.value(QStringLiteral("hasDuration")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("feishuTemplate")).toString(), QStringLiteral("green"));
    QCOMPARE(view.value(QStringLiteral("wecomColor")).toString(), QStringLiteral("info"));
    QCOMPARE(view.value(QStringLiteral("statusEmoji")).toString(), QStringLiteral("✅"));
}

void TestViewModel::tencentEvent()
{
    const Event event = decodeGolden("tencent-firing.json").value(0);
    const QJsonObject view = alertView(event, event.timeMs);
    QCOMPARE(view.value(QStringLiteral("isTencent")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("region")).toString(), QStringLiteral("ap-guangzhou"));
    QCOMPARE(view.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("dimensions"))
                 .toObject()
                 .value(QStringLiteral("ip"))
                 .toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(view.value(QStringLiteral("url")).toString(), QStringLiteral("https://console.cloud.tencent.com/cvm"));
    const QJsonArray facts = view.value(QStringLiteral("facts")).toArray();
    QCOMPARE(facts.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("ins-sjdksjk"));
    QCOMPARE(facts.at(2).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("cvm:ErrorEvent:ping_unreachable"));
}

void TestViewModel::timesAndAgesInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("agoMs");
    QTest::addColumn<QString>("age");
    QTest::addColumn<QString>("severityText");
    QTest::addRow("en, 3 minutes") << QStringLiteral("en") << qint64(3 * 60000 + 5000) << QStringLiteral("3m 5s ago")
                                   << QStringLiteral("Critical");
    QTest::addRow("zh, 3 minutes") << QStringLiteral("zh") << qint64(3 * 60000 + 5000) << QStringLiteral("3分钟5秒前")
                                   << QStringLiteral("严重");
    QTest::addRow("en, 2 days") << QStringLiteral("en") << qint64(2 * 86400000 + 3 * 3600000 + 5000)
                                << QStringLiteral("2d 3h ago") << QStringLiteral("Critical");
    QTest::addRow("zh, now") << QStringLiteral("zh") << qint64(200) << QStringLiteral("刚刚") << QStringLiteral("严重");
}

void TestViewModel::timesAndAgesInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(qint64, agoMs);
    QFETCH(QString, age);
    QFETCH(QString, severityText);
    const Event event = decodeGolden("alertmanager-firing.json").value(0);
    ViewSettings settings;
    settings.language = language;
    const QJsonObject view = alertView(event, event.timeMs + agoMs, {}, settings);
    QCOMPARE(view.value(QStringLiteral("age")).toString(), age);
    QCOMPARE(view.value(QStringLiteral("severityText")).toString(), severityText);
    QCOMPARE(view.value(QStringLiteral("timeIso")).toString(), QStringLiteral("2026-11-27T00:43:52.807Z"));
    QCOMPARE(view.value(QStringLiteral("timeUtc")).toString(), QStringLiteral("2026-11-27 00:43:52 UTC"));
    QCOMPARE(view.value(QStringLiteral("timeLocal")).toString(), QStringLiteral("2026-11-27 08:43:52 +08:00"));
}

void TestViewModel::lifecycleContextAndRule()
{
    const Event event = decodeGolden("tencent-firing.json").value(0);
    AlertContext context;
    context.firstSeenMs = event.timeMs - 2 * 3600000 - 60000;
    context.count = 7;
    context.ruleName = QStringLiteral("cvm-ping");
    const QJsonObject view = alertView(event, event.timeMs, context);
    QCOMPARE(view.value(QStringLiteral("count")).toString(), QStringLiteral("7"));
    QCOMPARE(view.value(QStringLiteral("isRepeated")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("ruleName")).toString(), QStringLiteral("cvm-ping"));
    QCOMPARE(view.value(QStringLiteral("duration")).toString(), QStringLiteral("2h 1m"));
    QStringList factNames;
    for (const QJsonValue& fact : view.value(QStringLiteral("facts")).toArray())
        factNames.append(fact.toObject().value(QStringLiteral("name")).toString());
    QVERIFY2(factNames.contains(QStringLiteral("Occurrences")) && factNames.contains(QStringLiteral("Rule")),
             qPrintable(factNames.join(u',')));
}

void TestViewModel::linksPreferTheConsole()
{
    const Event event = decodeGolden("alertmanager-firing.json").value(0);
    ViewSettings settings;
    settings.consoleBaseUrl = QStringLiteral("https://desk.example/");
    const QJsonObject view = alertView(event, event.timeMs, {}, settings);
    QCOMPARE(view.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://desk.example/alerts/e94c744ae3d44df8"));
    QCOMPARE(view.value(QStringLiteral("consoleUrl")).toString(), QStringLiteral("https://desk.example/"));
    settings.messageHasButton = true;
    QCOMPARE(alertView(event, event.timeMs, {}, settings).value(QStringLiteral("showLink")).toBool(), false);
}

void TestViewModel::lazyViewRendersLikeTheWholeModel()
{
    // Every scalar field once, plus nested names: the lazily computed view and the complete JSON view agree.
    QString text;
    for (const ViewField& field : ViewModel::alertFields())
        text += QStringLiteral("%1=[{{%1}}]\n").arg(field.name);
    text += QStringLiteral(
        "{{labels.severity}}|{{data.annotations.summary}}|{{#labelList}}{{name}}:{{value}},{{/labelList}}"
        "|{{#facts}}{{name}}={{value}};{{/facts}}");
    for (const char* name : {"alertmanager-firing.json", "tencent-resolved.json"}) {
        const Event event = decodeGolden(name).value(0);
        const ViewModel lazy = ViewModel::forAlert(event, {}, {}, event.timeMs + 5000);
        const ViewModel whole = ViewModel::fromJson(lazy.toJson());
        const QString rendered = render(text, lazy);
        QCOMPARE(rendered, render(text, whole));
        QVERIFY(rendered.contains(QStringLiteral("title=[")));
    }
}

void TestViewModel::everyDocumentedFieldExists()
{
    const Event event = decodeGolden("alertmanager-firing.json").value(0);
    const QJsonObject view = alertView(event, event.timeMs);
    QStringList documented;
    for (const ViewField& field : ViewModel::alertFields()) {
        documented.append(field.name);
        QVERIFY2(!field.description.isEmpty(), qPrintable(field.name));
    }
    QStringList keys = view.keys();
    std::sort(documented.begin(), documented.end());
    QCOMPARE(keys, documented);
    // The operator's documentation lists them too.
    QFile readme(alertdesk::test::testDataDir() + QStringLiteral("/../../resources/templates/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const QString& name : documented)
        QVERIFY2(text.contains(QStringLiteral("`%1`").arg(name)),
                 qPrintable(name + QStringLiteral(" is not in resources/templates/README.md")));
}

void TestViewModel::digestGroupsAndCounts()
{
    QList<DigestEntry> entries;
    for (const Event& event : decodeGolden("tencent-batch.json"))
        entries.append(DigestEntry{event, {}});
    QCOMPARE(entries.size(), 5);
    const QJsonObject view = ViewModel::forDigest(entries, {}, 0).toJson().toObject();
    QCOMPARE(view.value(QStringLiteral("isDigest")).toBool(), true);
    QCOMPARE(view.value(QStringLiteral("count")).toString(), QStringLiteral("5"));
    QCOMPARE(view.value(QStringLiteral("resolvedCount")).toString(), QStringLiteral("1"));
    QCOMPARE(view.value(QStringLiteral("alerts")).toArray().size(), 5);
    const QJsonArray groups = view.value(QStringLiteral("groups")).toArray();
    QVERIFY(!groups.isEmpty());
    // Worst first, and the digest takes its colour from the worst firing alert.
    QCOMPARE(groups.first().toObject().value(QStringLiteral("severity")).toString(),
             view.value(QStringLiteral("severity")).toString());
    int inGroups = 0;
    for (const QJsonValue& group : groups) {
        const QJsonObject g = group.toObject();
        QCOMPARE(g.value(QStringLiteral("count")).toString().toInt(),
                 g.value(QStringLiteral("alerts")).toArray().size());
        inGroups += g.value(QStringLiteral("alerts")).toArray().size();
    }
    QCOMPARE(inGroups, 5);
    const QString lines =
        render(QStringLiteral("{{#groups}}{{severity}}:{{#alerts}}{{subject}} {{/alerts}}\n{{/groups}}"),
               ViewModel::forDigest(entries, {}, 0));
    QVERIFY2(lines.contains(QStringLiteral("lb-1a2b3c4d")), qPrintable(lines));
}

QTEST_GUILESS_MAIN(TestViewModel)
#include "tst_viewmodel.moc"
