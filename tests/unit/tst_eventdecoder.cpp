// The event model: every source and shape decodes into the fields BRIEF.md defines, derived by the documented
// rules, and bad input is rejected with a reason that names the place.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "TestEnvironment.h"
#include "common/Clock.h"
#include "event/DemoGenerator.h"
#include "event/EventDecoder.h"
#include "event/EventJson.h"
#include "event/EventTime.h"
#include "event/Fingerprint.h"

using namespace alertdesk;

namespace {

const qint64 kNow = 1764204000000;   // 2025-11-27T00:40:00Z

QByteArray readTestFile(const QString& name)
{
    QFile file(test::testDataDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject parseObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return doc.object();
}

QString time(const Event& event)
{
    return QString::fromLatin1(formatRfc3339Ms(event.timeMs));
}

} // namespace

class TestEventDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void tencentSamples();
    void derivation_data();
    void derivation();
    void alertmanagerWebhook();
    void alertmanagerApiV2Array();
    void alertmanagerFingerprintMatchesAlertmanager();
    void cloudEventsBatch();
    void tencentEventList();
    void binaryMode();
    void binaryModeRejections_data();
    void binaryModeRejections();
    void badInput_data();
    void badInput();
    void batchKeepsGoodElements();
    void seqRoundTripIsExact();
    void alertmanagerCloudEventFormDecodesAlike();
    void cloudEventWithAlertdeskKey();
    void eventTime_data();
    void eventTime();
    void demoGeneratorIsDecodable();
    void damagedInputIsRejectedNeverCrashes();

private:
    ManualClock m_clock{kNow};
};

void TestEventDecoder::tencentSamples()
{
    ALERTDESK_REQUIRE_SHARED(shared);
    QFile file(shared + QStringLiteral("/data/tencent-sample-events.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    EventDecoder decoder(m_clock);
    int samples = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject sample = parseObject(line);
        const QJsonObject input = sample.value(QStringLiteral("event")).toObject();
        const QByteArray raw = QJsonDocument(input).toJson(QJsonDocument::Compact);
        const DecodeResult result = decoder.decode(raw, QStringLiteral("file:samples"));
        const QString name = sample.value(QStringLiteral("name")).toString();
        QVERIFY2(result.rejections.isEmpty(), qPrintable(name + u' ' + result.rejections.value(0).toString()));
        QCOMPARE(result.events.size(), 1);
        const Event& event = result.events.first();
        QCOMPARE(event.id, input.value(QStringLiteral("id")).toString());
        QCOMPARE(event.source, input.value(QStringLiteral("source")).toString());
        QCOMPARE(event.type, input.value(QStringLiteral("type")).toString());
        QCOMPARE(event.region, input.value(QStringLiteral("region")).toString());
        QCOMPARE(event.fingerprint.size(), 16);
        QVERIFY2(event.timeMs > 1500000000000, qPrintable(name));   // epoch ms as number or string, not "now"
        QVERIFY(event.timeMs != kNow);
        QCOMPARE(parseObject(event.cloudEvent()), input);               // the CloudEvent as written
        QCOMPARE(event.origin, QStringLiteral("file:samples"));
        ++samples;
    }
    QCOMPARE(samples, 9);
}

void TestEventDecoder::derivation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");

    const auto tencent = [](const char* type, const char* status) -> QByteArray {
        return QByteArray(R"({"specversion":"1.0","id":"t1","source":"cvm.cloud.tencent","type":")") + type
            + R"(","subject":"ins-1a2b","time":1677727912553,"region":"ap-guangzhou","status":")" + status
            + R"(","data":{}})";
    };
    QTest::addRow("tencent critical ErrorEvent") << tencent("cvm:ErrorEvent:DiskReadonly", "1") << "critical" << "firing"
                                                 << "DiskReadonly ins-1a2b" << "cvm:ErrorEvent:DiskReadonly on ins-1a2b in ap-guangzhou";
    QTest::addRow("tencent other ErrorEvent is major") << tencent("cvm:ErrorEvent:GuestReboot", "-") << "major" << "stateless"
                                                       << "GuestReboot ins-1a2b" << "cvm:ErrorEvent:GuestReboot on ins-1a2b in ap-guangzhou";
    QTest::addRow("tencent resolved keeps severity") << tencent("cvm:ErrorEvent:ping_unreachable", "0") << "critical" << "resolved"
                                                     << "ping_unreachable ins-1a2b" << "cvm:ErrorEvent:ping_unreachable on ins-1a2b in ap-guangzhou";
    QTest::addRow("tencent operation is info") << tencent("cvm:OperationEvent:InstancePowerOff", "-") << "info" << "stateless"
                                               << "InstancePowerOff ins-1a2b" << "cvm:OperationEvent:InstancePowerOff on ins-1a2b in ap-guangzhou";
    QTest::addRow("cloudevent severity extension")
        << QByteArray(R"({"specversion":"1.0","id":"c1","source":"/ci","type":"com.example.build.failed","subject":"job-7","severity":"WARN","status":"firing"})")
        << "warning" << "firing" << "build.failed job-7" << "";
    QTest::addRow("cloudevent without severity is unknown")
        << QByteArray(R"({"specversion":"1.0","id":"c2","source":"/ci","type":"com.example.deploy"})")
        << "unknown" << "stateless" << "example.deploy" << "";
    QTest::addRow("cloudevent title and summary extensions")
        << QByteArray(R"({"specversion":"1.0","id":"c3","source":"/x","type":"t","title":"Backup late","summary":"3 h behind","severity":"p1"})")
        << "critical" << "stateless" << "Backup late" << "3 h behind";
}

void TestEventDecoder::derivation()
{
    QFETCH(QByteArray, json);
    EventDecoder decoder(m_clock);
    const DecodeResult result = decoder.decode(json, QStringLiteral("stdin"));
    QVERIFY2(result.rejections.isEmpty(), qPrintable(result.rejections.value(0).toString()));
    QCOMPARE(result.events.size(), 1);
    const Event& event = result.events.first();
    QTEST(severityName(event.severity), "severity");
    QTEST(statusName(event.status), "status");
    QTEST(event.title, "title");
    QTEST(event.summary, "summary");
    QCOMPARE(event.fingerprint, eventFingerprint(event.source, event.type, event.subject));
}

void TestEventDecoder::alertmanagerWebhook()
{
    EventDecoder decoder(m_clock);
    const DecodeResult result = decoder.decode(readTestFile(QStringLiteral("alertmanager-webhook-v4.json")), QStringLiteral("demo"));
    QVERIFY(result.rejections.isEmpty());
    QCOMPARE(result.events.size(), 2);
    const Event& firing = result.events.at(0);
    QCOMPARE(firing.id, QStringLiteral("e94c744ae3d44df8:firing:2026-11-27T00:43:52.807734039Z"));
    QCOMPARE(firing.source, QStringLiteral("http://vm:9093"));
    QCOMPARE(firing.type, QStringLiteral("alertmanager.alert"));
    QCOMPARE(firing.subject, QStringLiteral("db1"));
    QCOMPARE(time(firing), QStringLiteral("2026-11-27T00:43:52.807Z"));
    QCOMPARE(firing.severity, Severity::Critical);
    QCOMPARE(firing.status, Status::Firing);
    QCOMPARE(firing.title, QStringLiteral("DiskFull"));
    QCOMPARE(firing.summary, QStringLiteral("收到告警信息"));
    QCOMPARE(firing.fingerprint, QStringLiteral("e94c744ae3d44df8"));
    QCOMPARE(firing.label(u"instance"), QStringLiteral("db1"));
    QCOMPARE(parseObject(firing.data().toByteArray()).value(QStringLiteral("generatorURL")).toString(), QStringLiteral("http://example.invalid/graph"));

    const QJsonObject ce = parseObject(firing.cloudEvent());   // the hub's CloudEvent form
    QCOMPARE(ce.value(QStringLiteral("specversion")).toString(), QStringLiteral("1.0"));
    QCOMPARE(ce.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(ce.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
    QCOMPARE(ce.value(QStringLiteral("fingerprint")).toString(), QStringLiteral("e94c744ae3d44df8"));
    QCOMPARE(ce.value(QStringLiteral("data")).toObject(), parseObject(firing.data().toByteArray()));

    const Event& resolved = result.events.at(1);
    QCOMPARE(resolved.status, Status::Resolved);
    QCOMPARE(time(resolved), QStringLiteral("2026-11-27T00:45:10.250Z"));   // endsAt when resolved
    QCOMPARE(resolved.severity, Severity::Warning);
    QCOMPARE(resolved.region, QStringLiteral("ap-shanghai"));
    QCOMPARE(resolved.subject, QStringLiteral("web2:9100"));
}

void TestEventDecoder::alertmanagerApiV2Array()
{
    ManualClock clock(1764204000000);   // 2025-11-27: the first alert's endsAt lies ahead, the second's behind
    EventDecoder decoder(clock);
    const DecodeResult result = decoder.decode(readTestFile(QStringLiteral("alertmanager-api-v2-alerts.json")), QStringLiteral("stdin"));
    QVERIFY(result.rejections.isEmpty());
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events.at(0).status, Status::Firing);
    QCOMPARE(result.events.at(0).source, QStringLiteral("alertmanager"));
    QCOMPARE(result.events.at(0).fingerprint, QStringLiteral("e94c744ae3d44df8"));
    const Event& ended = result.events.at(1);
    QCOMPARE(ended.status, Status::Resolved);
    QCOMPARE(time(ended), QStringLiteral("2020-01-01T00:00:00.000Z"));
    QCOMPARE(ended.severity, Severity::Critical);            // "page"
    QCOMPARE(ended.subject, QStringLiteral("NodeDown"));     // no instance label: the alert name
    QCOMPARE(ended.fingerprint, alertmanagerFingerprint(ended.labels));
    QVERIFY(ended.id.startsWith(ended.fingerprint + QStringLiteral(":resolved:2019-12-31T23:00:00.000Z")));
}

void TestEventDecoder::alertmanagerFingerprintMatchesAlertmanager()
{
    // Alertmanager 0.25 sent this fingerprint for these labels (../shared/specs/event-sources.md).
    const Labels labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                           {QStringLiteral("instance"), QStringLiteral("db1")},
                           {QStringLiteral("severity"), QStringLiteral("critical")}};
    QCOMPARE(alertmanagerFingerprint(labels), QStringLiteral("e94c744ae3d44df8"));
}

void TestEventDecoder::cloudEventsBatch()
{
    EventDecoder decoder(m_clock);
    const DecodeResult result = decoder.decode(readTestFile(QStringLiteral("cloudevents-batch.json")), QStringLiteral("stdin"));
    QVERIFY(result.rejections.isEmpty());
    QCOMPARE(result.events.size(), 2);
    const Event& first = result.events.at(0);
    QCOMPARE(time(first), QStringLiteral("2026-11-27T00:15:00.000Z"));   // +08:00 folded to UTC
    QCOMPARE(first.severity, Severity::Major);
    QCOMPARE(first.label(u"retries"), QStringLiteral("3"));
    QCOMPARE(first.data(), QByteArrayView(R"({"summary":"Build failed on main","number":1.50})"));   // as written
    QVERIFY(first.cloudEvent().startsWith(R"({"specversion":"1.0","id":"ce-1")"));
    QCOMPARE(time(result.events.at(1)), QStringLiteral("2026-11-27T00:20:00.500Z"));
    QCOMPARE(result.events.at(1).data(), QByteArrayView(R"("plain text payload")"));
}

void TestEventDecoder::tencentEventList()
{
    EventDecoder decoder(m_clock);
    const DecodeResult result = decoder.decode(readTestFile(QStringLiteral("tencent-eventlist.json")), QStringLiteral("stdin"));
    QVERIFY(result.rejections.isEmpty());
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events.at(0).subject, QStringLiteral("cdb-abc123"));   // "subjuect"
    QCOMPARE(result.events.at(0).timeMs, 1615430559146);
    QCOMPARE(result.events.at(1).timeMs, 1615430559146);                   // the string form
    QCOMPARE(result.events.at(1).severity, Severity::Critical);            // BreakDown
    QCOMPARE(result.events.at(1).status, Status::Firing);
    QCOMPARE(result.events.at(1).label(u"env"), QStringLiteral("prod"));
}

void TestEventDecoder::binaryMode()
{
    EventDecoder decoder(m_clock);
    const HttpHeaders headers = {{"Content-Type", "application/json"},
                                 {"ce-specversion", "1.0"},
                                 {"CE-ID", "\"bin-1\""},
                                 {"ce-source", "urn:example:disk%20monitor"},
                                 {"ce-type", "com.example.disk.full"},
                                 {"ce-time", "2026-11-27T01:02:03Z"},
                                 {"ce-subject", "%E6%9C%BA%E5%99%A8-1"},
                                 {"ce-severity", "critical"}};
    QVERIFY(EventDecoder::isBinaryMode(headers));
    DecodeResult result = decoder.decodeBinaryMode(headers, R"({"used":0.97})", QStringLiteral("http"));
    QVERIFY2(result.rejections.isEmpty(), qPrintable(result.rejections.value(0).toString()));
    QCOMPARE(result.events.size(), 1);
    const Event& event = result.events.first();
    QCOMPARE(event.id, QStringLiteral("bin-1"));
    QCOMPARE(event.source, QStringLiteral("urn:example:disk monitor"));
    QCOMPARE(event.subject, QStringLiteral("机器-1"));
    QCOMPARE(event.severity, Severity::Critical);
    QCOMPARE(event.data(), QByteArrayView(R"({"used":0.97})"));
    QCOMPARE(parseObject(event.cloudEvent()).value(QStringLiteral("datacontenttype")).toString(), QStringLiteral("application/json"));

    HttpHeaders text = headers;
    text[0].second = "text/plain";
    result = decoder.decodeBinaryMode(text, "disk \"97%\" full", QStringLiteral("http"));
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first().data(), QByteArrayView(R"("disk \"97%\" full")"));
}

void TestEventDecoder::binaryModeRejections_data()
{
    QTest::addColumn<QByteArray>("dropHeader");
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("reason");
    QTest::addRow("missing ce-id") << QByteArray("ce-id") << QByteArray("s") << QByteArray("{}") << "header ce-id" << "missing";
    QTest::addRow("invalid UTF-8 in a header") << QByteArray() << QByteArray("%FF%FE") << QByteArray("{}") << "header ce-subject" << "invalid UTF-8";
    QTest::addRow("JSON body that is not JSON") << QByteArray() << QByteArray("s") << QByteArray("{\"a\":") << "body" << "not valid JSON";
}

void TestEventDecoder::binaryModeRejections()
{
    QFETCH(QByteArray, dropHeader);
    QFETCH(QByteArray, subject);
    QFETCH(QByteArray, body);
    HttpHeaders headers = {{"content-type", "application/json"}, {"ce-specversion", "1.0"}, {"ce-id", "x"},
                           {"ce-source", "/s"}, {"ce-type", "t"}, {"ce-subject", subject}};
    headers.removeIf([&](const auto& header) { return header.first == dropHeader; });
    EventDecoder decoder(m_clock);
    const DecodeResult result = decoder.decodeBinaryMode(headers, body, QStringLiteral("http"));
    QVERIFY(result.events.isEmpty());
    QCOMPARE(result.rejections.size(), 1);
    QTEST(result.rejections.first().where, "where");
    QFETCH(QString, reason);
    QVERIFY2(result.rejections.first().message.contains(reason), qPrintable(result.rejections.first().toString()));
}

void TestEventDecoder::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");   // substring of "where: message"

    QTest::addRow("not JSON") << QByteArray("{\"id\": \"x\",\n \"source\": oops}") << "line 2, column 12: not valid JSON";
    QTest::addRow("empty") << QByteArray("  \n") << "the input is empty";
    QTest::addRow("scalar") << QByteArray("42") << "$: expected an event object or a batch array, found a number";
    QTest::addRow("wrong shape") << QByteArray(R"({"hello":"world"})") << "$: not an event";
    QTest::addRow("missing id") << QByteArray(R"({"specversion":"1.0","source":"/s","type":"t"})")
                                << "missing the required CloudEvents attribute \"id\"";
    QTest::addRow("id not a string") << QByteArray(R"({"specversion":"1.0","id":7,"source":"/s","type":"t"})")
                                     << "$.id: must be a string, found a number";
    QTest::addRow("bad time") << QByteArray(R"({"specversion":"1.0","id":"1","source":"/s","type":"t","time":"yesterday"})")
                              << "$.time: not an RFC 3339 timestamp";
    QTest::addRow("invalid UTF-8") << QByteArray("{\"specversion\":\"1.0\",\"id\":\"\xff\xfe\"}") << "line 1, column 28: invalid UTF-8 (byte 0xff)";
    QTest::addRow("nesting too deep") << (QByteArray(R"({"specversion":"1.0","id":"1","source":"/s","type":"t","data":)")
                                          + QByteArray(70, '[') + QByteArray(70, ']') + '}')
                                      << "nesting deeper than 64 levels";
    QTest::addRow("document too large") << (QByteArray(R"({"specversion":"1.0","id":"1","source":"/s","type":"t","data":")")
                                            + QByteArray(1024 * 1024, 'x') + "\"}")
                                        << "over the limit of 1048576 bytes";
    QTest::addRow("EventList not an array") << QByteArray(R"({"EventList":{}})") << "$.EventList: expected an array of events, found an object";
    QTest::addRow("alert without labels") << QByteArray(R"({"version":"4","alerts":[{"startsAt":"2026-01-01T00:00:00Z"}]})")
                                          << "$.alerts[0].labels: missing";
    QTest::addRow("webhook version 3") << QByteArray(R"({"version":"3","alerts":[]})") << "$.version: Alertmanager webhook payload version \"3\" is not supported";
}

void TestEventDecoder::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    EventDecoder decoder(m_clock);
    const DecodeResult result = decoder.decode(input, QStringLiteral("stdin"));
    QVERIFY(result.events.isEmpty());
    QCOMPARE(result.rejections.size(), 1);
    QVERIFY2(result.rejections.first().toString().contains(expected), qPrintable(result.rejections.first().toString()));
}

void TestEventDecoder::batchKeepsGoodElements()
{
    EventDecoder decoder(m_clock, DecodeLimits{1024 * 1024, 64, 3});
    const DecodeResult result = decoder.decode(
        R"([{"specversion":"1.0","id":"a","source":"/s","type":"t"},"nope",{"specversion":"1.0","id":"b","source":"/s","type":"t"}])",
        QStringLiteral("stdin"));
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.rejections.size(), 1);
    QCOMPARE(result.rejections.first().where, QStringLiteral("$[1]"));

    const DecodeResult tooMany = decoder.decode("[1,2,3,4]", QStringLiteral("stdin"));
    QCOMPARE(tooMany.rejections.size(), 1);
    QVERIFY(tooMany.rejections.first().message.contains(QStringLiteral("over the limit of 3")));
}

void TestEventDecoder::seqRoundTripIsExact()
{
    EventDecoder decoder(m_clock);
    for (const QByteArray& input : {QByteArray(R"({ "specversion":"1.0", "id":"x","source":"/s","type":"t","data":{"n":1.0e3}})"),
                                    QByteArray(R"({"specversion":"1.0","seq":99,"id":"y","source":"/s","type":"t"})")}) {
        const Event original = decoder.decode(input, QStringLiteral("stdin")).events.value(0);
        QVERIFY(!original.id.isEmpty());
        QVERIFY(!original.cloudEvent().contains("\"seq\""));
        const QByteArray frame = cloudEventWithSeq(original.cloudEvent(), 12345);
        QCOMPARE(parseObject(frame).value(QStringLiteral("seq")).toInteger(), 12345);
        const Event again = decoder.decode(frame, QStringLiteral("stdin")).events.value(0);
        QCOMPARE(again.cloudEvent(), original.cloudEvent());
        QCOMPARE(again, original);
    }
}

void TestEventDecoder::alertmanagerCloudEventFormDecodesAlike()
{
    EventDecoder decoder(m_clock);
    const DecodeResult direct = decoder.decode(readTestFile(QStringLiteral("alertmanager-webhook-v4.json")), QStringLiteral("stdin"));
    QCOMPARE(direct.events.size(), 2);
    for (const Event& event : direct.events) {
        const DecodeResult viaHub = decoder.decode(cloudEventWithSeq(event.cloudEvent(), 7), QStringLiteral("stdin"));
        QCOMPARE(viaHub.events.size(), 1);
        QCOMPARE(viaHub.events.first(), event);
    }
}

void TestEventDecoder::cloudEventWithAlertdeskKey()
{
    EventDecoder decoder(m_clock);
    const Event event = decoder.decode(readTestFile(QStringLiteral("tencent-eventlist.json")), QStringLiteral("stdin")).events.value(1);
    const QJsonObject matched = parseObject(cloudEventWithAlertdesk(event));
    QCOMPARE(matched.value(QStringLiteral("source")).toString(), QStringLiteral("clb.cloud.tencent"));
    const QJsonObject derived = matched.value(QStringLiteral("alertdesk")).toObject();
    QCOMPARE(derived.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(derived.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
    QCOMPARE(derived.value(QStringLiteral("fingerprint")).toString(), event.fingerprint);
    QCOMPARE(derived.value(QStringLiteral("title")).toString(), QStringLiteral("BreakDown lb-9xk2"));
    // An input that carries its own "alertdesk" member cannot spoof the derived fields.
    const Event spoof = decoder.decode(R"({"specversion":"1.0","id":"1","source":"/s","type":"t","alertdesk":{"severity":"critical"}})",
                                       QStringLiteral("stdin")).events.value(0);
    QCOMPARE(parseObject(cloudEventWithAlertdesk(spoof)).value(QStringLiteral("alertdesk")).toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("unknown"));
}

void TestEventDecoder::eventTime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");   // empty: rejected
    QTest::addRow("UTC millis") << QByteArray("2023-03-02T03:31:52.553Z") << "2023-03-02T03:31:52.553Z";
    QTest::addRow("nanoseconds truncated") << QByteArray("2026-11-27T00:43:52.807734039Z") << "2026-11-27T00:43:52.807Z";
    QTest::addRow("offset") << QByteArray("2026-01-01T08:00:00+08:00") << "2026-01-01T00:00:00.000Z";
    QTest::addRow("negative offset, date change") << QByteArray("2025-12-31T23:30:00.1-01:00") << "2026-01-01T00:30:00.100Z";
    QTest::addRow("epoch ms string") << QByteArray("1615430559146") << "2021-03-11T02:42:39.146Z";
    QTest::addRow("leap day") << QByteArray("2024-02-29T12:00:00Z") << "2024-02-29T12:00:00.000Z";
    QTest::addRow("no zone") << QByteArray("2026-01-01T00:00:00") << "";
    QTest::addRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << "";
    QTest::addRow("words") << QByteArray("yesterday") << "";
}

void TestEventDecoder::eventTime()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const std::optional<qint64> ms = parseEventTime(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    if (expected.isEmpty()) {
        QVERIFY(!ms);
        return;
    }
    QVERIFY(ms);
    QCOMPARE(QString::fromLatin1(formatRfc3339Ms(*ms)), expected);
}

void TestEventDecoder::demoGeneratorIsDecodable()
{
    DemoGenerator demo(m_clock, 7);
    EventDecoder decoder(m_clock);
    int alertmanager = 0, tencent = 0, resolved = 0;
    qsizetype bytes = 0;
    for (const QByteArray& payload : demo.take(2000)) {
        bytes += payload.size();
        const DecodeResult result = decoder.decode(payload, QStringLiteral("demo"));
        QVERIFY2(result.rejections.isEmpty(), qPrintable(result.rejections.value(0).toString()));
        QCOMPARE(result.events.size(), 1);
        const Event& event = result.events.first();
        (event.type == u"alertmanager.alert" ? alertmanager : tencent) += 1;
        resolved += event.status == Status::Resolved;
    }
    QVERIFY(alertmanager > 400 && tencent > 800);   // a mix of both sources
    QVERIFY(resolved > 200);                        // firing → resolved pairs
    QVERIFY2(bytes / 2000 > 500 && bytes / 2000 < 1000, qPrintable(QString::number(bytes / 2000)));
}

void TestEventDecoder::damagedInputIsRejectedNeverCrashes()
{
    // Every prefix of real payloads, and random byte damage: each input either decodes or is rejected with a
    // reason; nothing crashes, hangs or yields an event without its required fields.
    DemoGenerator demo(m_clock, 11);
    QList<QByteArray> inputs = {readTestFile(QStringLiteral("alertmanager-webhook-v4.json")),
                                readTestFile(QStringLiteral("tencent-eventlist.json"))};
    inputs += demo.take(4);
    EventDecoder decoder(m_clock);
    QRandomGenerator random(99);
    int rejected = 0;
    const auto check = [&](const QByteArray& input) {
        const DecodeResult result = decoder.decode(input, QStringLiteral("stdin"));
        for (const Error& rejection : result.rejections)
            QVERIFY(!rejection.message.isEmpty());
        for (const Event& event : result.events)
            QVERIFY(!event.id.isEmpty() && !event.source.isEmpty() && !event.type.isEmpty());
        rejected += !result.rejections.isEmpty();
        QVERIFY(!result.events.isEmpty() || !result.rejections.isEmpty());
    };
    for (const QByteArray& input : inputs) {
        for (qsizetype length = 0; length < input.size(); ++length)
            check(input.first(length));
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = input;
            for (int flips = 1 + static_cast<int>(random.bounded(3)); flips > 0; --flips)
                damaged[random.bounded(damaged.size())] = static_cast<char>(random.bounded(256));
            check(damaged);
        }
    }
    QVERIFY(rejected > 1000);
}

QTEST_GUILESS_MAIN(TestEventDecoder)
#include "tst_eventdecoder.moc"
