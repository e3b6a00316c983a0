// rules.json as docs/rules-json.md defines it: every field read and written, a file we wrote survives a round
// trip byte for byte, and every rejection names its JSON path and its line and column.
#include <QTest>

#include "rules/DeliveryPolicy.h"
#include "rules/RuleSetJson.h"

using namespace alertdesk;
using namespace alertdesk::rules;
using namespace std::chrono_literals;

namespace {

// Exactly what writeRuleSet lays out.
const QByteArray kCanonical = R"({
  "version": 1,
  "rules": [
    {
      "id": "cvm-reboot",
      "name": "CVM reboots in Guangzhou",
      "enabled": true,
      "description": )"
                              "\"Tell ops when a CVM reboots.\\nOne message a minute per instance.\""
                              R"(,
      "pattern": {
        "source": ["cvm.cloud.tencent"],
        "region": ["ap-guangzhou"],
        "data": {
          "cpu": [{"numeric": [">", 1.50]}],
          "$or": [
            {
              "a": ["x"]
            },
            {
              "b": [{"prefix": "y"}]
            }
          ]
        },
        "region": ["ap-guangzhou", "ap-shanghai"]
      },
      "targets": [
        {"channel": "ops-dingtalk", "template": "cvm-markdown", "message_type": "markdown"},
        {"channel": "ops-feishu", "template": "", "message_type": ""}
      ],
      "policy": {
        "send_resolved": false,
        "group_by": ["subject", "labels.instance", "data.vip"],
        "group_wait": "10s",
        "group_interval": "1m30s",
        "repeat_interval": "1d2h",
        "throttle": {"count": 1, "window": "1m"},
        "time_zone": "Asia/Shanghai",
        "mute_times": [
          {"days": ["sat", "sun"], "start": "00:00", "end": "24:00"},
          {"start": "22:00", "end": "06:00"}
        ],
        "active_times": [
          {"days": ["mon-fri"], "start": "09:00", "end": "18:30"}
        ]
      }
    },
    {
      "id": "all-critical",
      "name": )"
                              "\"Critical \\\"everything\\\"\""
                              R"(,
      "enabled": false,
      "description": "",
      "pattern": {
        "alertdesk": {
          "severity": ["critical"]
        }
      },
      "targets": [],
      "policy": {
        "send_resolved": true,
        "group_by": [],
        "group_wait": "30s",
        "group_interval": "5m",
        "repeat_interval": "4h",
        "throttle": {"count": 0, "window": "1m"},
        "time_zone": "",
        "mute_times": [],
        "active_times": []
      }
    }
  ]
}
)";

Expected<RuleSet> read(const QByteArray& text, TextPosition* at = nullptr)
{
    return readRuleSet(std::string_view(text.constData(), static_cast<size_t>(text.size())), at);
}

} // namespace

class TestRuleSetJson final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField();
    void roundTripIsByteForByte();
    void omittedFieldsTakeDefaults();
    void foreignLayoutSettlesAfterOneWrite();
    void emptySet();
    void durations_data();
    void durations();
    void days_data();
    void days();
    void rejected_data();
    void rejected();
    void syntaxErrorPosition();
    void setPatternJson();
    void writeRefusesRuleWithoutPattern();
};

void TestRuleSetJson::readsEveryField()
{
    const Expected<RuleSet> set = read(kCanonical);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
    QCOMPARE(set->rules.size(), size_t(2));
    const RuleSet::Rule& r = set->rules[0];
    QCOMPARE(r.id, QStringLiteral("cvm-reboot"));
    QCOMPARE(r.name, QStringLiteral("CVM reboots in Guangzhou"));
    QVERIFY(r.enabled);
    QCOMPARE(r.description, QStringLiteral("Tell ops when a CVM reboots.\nOne message a minute per instance."));
    // As written: member order, the duplicated key and the number spelling survive.
    QCOMPARE(
        QByteArray::fromStdString(r.patternJson),
        QByteArray(
            R"({"source":["cvm.cloud.tencent"],"region":["ap-guangzhou"],"data":{"cpu":[{"numeric":[">",1.50]}],"$or":[{"a":["x"]},{"b":[{"prefix":"y"}]}]},"region":["ap-guangzhou","ap-shanghai"]})"));
    QCOMPARE(r.targets.size(), 2);
    QCOMPARE(r.targets[0],
             (RuleTarget{QStringLiteral("ops-dingtalk"), QStringLiteral("cvm-markdown"), QStringLiteral("markdown")}));
    QCOMPARE(r.targets[1], (RuleTarget{QStringLiteral("ops-feishu"), QString(), QString()}));
    const DeliveryPolicy& p = r.policy;
    QVERIFY(!p.sendResolved);
    QCOMPARE(p.groupBy,
             (QStringList{QStringLiteral("subject"), QStringLiteral("labels.instance"), QStringLiteral("data.vip")}));
    QCOMPARE(p.groupWait, DeliveryPolicy::Ms(10s));
    QCOMPARE(p.groupInterval, DeliveryPolicy::Ms(90s));
    QCOMPARE(p.repeatInterval, DeliveryPolicy::Ms(26h));
    QCOMPARE(p.throttleCount, 1);
    QCOMPARE(p.throttleWindow, DeliveryPolicy::Ms(1min));
    QCOMPARE(p.timeZone, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(p.muteTimes.size(), 2);
    QCOMPARE(p.muteTimes[0], (TimeWindow{{6, 7}, 0, 24 * 60}));
    QCOMPARE(p.muteTimes[1], (TimeWindow{{}, 22 * 60, 6 * 60}));
    QCOMPARE(p.activeTimes, (QList<TimeWindow>{TimeWindow{{1, 2, 3, 4, 5}, 9 * 60, 18 * 60 + 30}}));
    const RuleSet::Rule& second = set->rules[1];
    QVERIFY(!second.enabled);
    QCOMPARE(second.name, QStringLiteral("Critical \"everything\""));
    QVERIFY(second.targets.isEmpty());
    QCOMPARE(second.policy, DeliveryPolicy{});
}

void TestRuleSetJson::roundTripIsByteForByte()
{
    const Expected<RuleSet> set = read(kCanonical);
    QVERIFY(set);
    const Expected<QByteArray> written = writeRuleSet(*set);
    QVERIFY(written);
    QCOMPARE(*written, kCanonical);
}

void TestRuleSetJson::omittedFieldsTakeDefaults()
{
    const Expected<RuleSet> set = read(R"({"version":1,"rules":[{"id":"a","name":"A","pattern":{"source":["x"]},
        "policy":{"group_by":["source"],"throttle":{"count":5}}}]})");
    QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
    const RuleSet::Rule& rule = set->rules[0];
    QVERIFY(rule.enabled);
    QVERIFY(rule.description.isEmpty());
    QVERIFY(rule.targets.isEmpty());
    DeliveryPolicy expected;
    expected.groupBy = {QStringLiteral("source")};
    expected.throttleCount = 5;
    QCOMPARE(rule.policy, expected);
    QCOMPARE(expected.groupWait, DeliveryPolicy::Ms(30s));
    QCOMPARE(expected.groupInterval, DeliveryPolicy::Ms(5min));
    QCOMPARE(expected.repeatInterval, DeliveryPolicy::Ms(4h));
    QVERIFY(expected.sendResolved);
}

void TestRuleSetJson::foreignLayoutSettlesAfterOneWrite()
{
    // Hand-written: compact, escapes, days as one string, durations in other spellings.
    const QByteArray hand = R"({"rules":[{"pattern":{"type":[)"
                            "\"a\\u00e9\""
                            R"(],"n":[{"numeric":["<",1e3]}]},"name":"N","id":"x",
        "policy":{"group_wait":"90s","repeat_interval":"120m","mute_times":[{"days":"fri-mon","start":"12:00","end":"13:00"}]}}],"version":1})";
    const Expected<RuleSet> first = read(hand);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->rules[0].policy.muteTimes[0].weekdays, (QList<int>{1, 5, 6, 7}));
    const Expected<QByteArray> once = writeRuleSet(*first);
    QVERIFY(once);
    QVERIFY2(once->contains("\"group_wait\": \"1m30s\""), once->constData());
    QVERIFY2(once->contains("\"repeat_interval\": \"2h\""), once->constData());
    QVERIFY2(once->contains("{\"days\": [\"mon\", \"fri-sun\"], \"start\": \"12:00\", \"end\": \"13:00\"}"),
             once->constData());
    QVERIFY2(once->contains("\"type\": [\"a\xc3\xa9\"]"), once->constData());
    QVERIFY2(once->contains("\"n\": [{\"numeric\": [\"<\", 1e3]}]"), once->constData());
    const Expected<RuleSet> second = read(*once);
    QVERIFY(second);
    QCOMPARE(second->rules[0].policy, first->rules[0].policy);
    QCOMPARE(second->rules[0].patternJson, first->rules[0].patternJson);
    QCOMPARE(*writeRuleSet(*second), *once);
}

void TestRuleSetJson::emptySet()
{
    const Expected<QByteArray> written = writeRuleSet(RuleSet{});
    QVERIFY(written);
    QCOMPARE(*written, QByteArray("{\n  \"version\": 1,\n  \"rules\": []\n}\n"));
    const Expected<RuleSet> back = read(*written);
    QVERIFY(back);
    QVERIFY(back->rules.empty());
}

void TestRuleSetJson::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("written");
    QTest::addRow("seconds") << QStringLiteral("30s") << qint64(30000) << QStringLiteral("30s");
    QTest::addRow("90s is 1m30s") << QStringLiteral("90s") << qint64(90000) << QStringLiteral("1m30s");
    QTest::addRow("hours and minutes") << QStringLiteral("1h30m") << qint64(5400000) << QStringLiteral("1h30m");
    QTest::addRow("milliseconds") << QStringLiteral("1500ms") << qint64(1500) << QStringLiteral("1s500ms");
    QTest::addRow("a week") << QStringLiteral("7d") << qint64(7LL * 86400000) << QStringLiteral("1w");
    QTest::addRow("zero") << QStringLiteral("0s") << qint64(0) << QStringLiteral("0s");
}

void TestRuleSetJson::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, written);
    const auto parsed = parseDurationText(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->count(), ms);
    QCOMPARE(durationText(*parsed), written);
}

void TestRuleSetJson::days_data()
{
    QTest::addColumn<QByteArray>("days");
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<QByteArray>("written");
    QTest::addRow("range") << QByteArray(R"("mon-fri")") << QList<int>{1, 2, 3, 4, 5} << QByteArray(R"(["mon-fri"])");
    QTest::addRow("wrapping range") << QByteArray(R"("sat-mon")") << QList<int>{1, 6, 7}
                                    << QByteArray(R"(["mon", "sat", "sun"])");
    QTest::addRow("list, any case") << QByteArray(R"(["Tue","thu","TUE"])") << QList<int>{2, 4}
                                    << QByteArray(R"(["tue", "thu"])");
    QTest::addRow("whole week") << QByteArray(R"(["mon-sun"])") << QList<int>{1, 2, 3, 4, 5, 6, 7}
                                << QByteArray(R"(["mon-sun"])");
}

void TestRuleSetJson::days()
{
    QFETCH(QByteArray, days);
    QFETCH(QList<int>, weekdays);
    QFETCH(QByteArray, written);
    const QByteArray text =
        R"({"version":1,"rules":[{"id":"a","name":"A","pattern":{"s":["x"]},"policy":{"active_times":[{"days":)" +
        days + R"(,"start":"09:00","end":"17:00"}]}}]})";
    const Expected<RuleSet> set = read(text);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
    QCOMPARE(set->rules[0].policy.activeTimes[0].weekdays, weekdays);
    const QByteArray out = *writeRuleSet(*set);
    QVERIFY2(out.contains(QByteArray("{\"days\": " + written + ", \"start\": \"09:00\", \"end\": \"17:00\"}")),
             out.constData());
}

void TestRuleSetJson::rejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    auto rule = [](const char* policy) -> QByteArray {
        return QByteArray("{\"version\": 1, \"rules\": [\n  {\"id\": \"a\", \"name\": \"A\", \"pattern\": {\"s\": "
                          "[\"x\"]},\n   \"policy\": ") +
            policy + "}\n]}";
    };
    // Column of the value in line 3 after `   "policy": ` (14 bytes).
    QTest::addRow("unknown top-level key")
        << QByteArray("{\"version\": 1, \"rules\": [], \"rulez\": 1}") << QStringLiteral("$.rulez") << 1 << 38
        << QStringLiteral("unknown key \"rulez\"");
    QTest::addRow("version 2") << QByteArray("{\"version\": 2, \"rules\": []}") << QStringLiteral("$.version") << 1
                               << 13 << QStringLiteral("must be 1");
    QTest::addRow("no version") << QByteArray("{\"rules\": []}") << QStringLiteral("$.version") << 1 << 1
                                << QStringLiteral("missing");
    QTest::addRow("rules not a list") << QByteArray("{\"version\": 1,\n \"rules\": {}}") << QStringLiteral("$.rules")
                                      << 2 << 11 << QStringLiteral("array");
    QTest::addRow("unknown rule key") << QByteArray("{\"version\": 1, \"rules\": [\n  {\"id\": \"a\", \"name\": \"A\", "
                                                    "\"pattern\": {\"s\": [\"x\"]}, \"colour\": \"red\"}]}")
                                      << QStringLiteral("$.rules[0].colour") << 2 << 63
                                      << QStringLiteral("unknown key \"colour\"");
    QTest::addRow("no name") << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"a\", \"pattern\": {}}]}")
                             << QStringLiteral("$.rules[0].name") << 1 << 26 << QStringLiteral("needs \"name\"");
    QTest::addRow("empty id")
        << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"\", \"name\": \"A\", \"pattern\": {\"s\": [\"x\"]}}]}")
        << QStringLiteral("$.rules[0].id") << 1 << 33 << QStringLiteral("must not be empty");
    QTest::addRow("enabled not boolean") << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"a\", \"name\": \"A\", "
                                                       "\"enabled\": \"yes\", \"pattern\": {\"s\": [\"x\"]}}]}")
                                         << QStringLiteral("$.rules[0].enabled") << 1 << 62
                                         << QStringLiteral("true or false");
    QTest::addRow("key given twice") << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"a\", \"name\": \"A\", "
                                                   "\"name\": \"B\", \"pattern\": {\"s\": [\"x\"]}}]}")
                                     << QStringLiteral("$.rules[0].name") << 1 << 59 << QStringLiteral("given twice");
    QTest::addRow("duplicate id")
        << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"a\", \"name\": \"A\", \"pattern\": {\"s\": "
                      "[\"x\"]}},\n{\"id\": \"a\", \"name\": \"B\", \"pattern\": {\"s\": [\"y\"]}}]}")
        << QStringLiteral("$.rules[1].id") << 2 << 8 << QStringLiteral("used twice");
    QTest::addRow("bad pattern, placed inside it")
        << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"a\", \"name\": \"A\", \"pattern\": {\n  \"a\": "
                      "[{\"numeric\": [\">\", \"1\"]}]}}]}")
        << QStringLiteral("$.rules[0].pattern.a[0].numeric[1]") << 2 << 27 << QStringLiteral("number");
    QTest::addRow("unknown policy key") << rule("{\"group_wiat\": \"1m\"}")
                                        << QStringLiteral("$.rules[0].policy.group_wiat") << 3 << 29
                                        << QStringLiteral("allowed here: send_resolved, group_by");
    QTest::addRow("duration not a string")
        << rule("{\"group_wait\": 30}") << QStringLiteral("$.rules[0].policy.group_wait") << 3 << 29
        << QStringLiteral("like \"30s\"");
    QTest::addRow("bare number duration")
        << rule("{\"group_interval\": \"10\"}") << QStringLiteral("$.rules[0].policy.group_interval") << 3 << 33
        << QStringLiteral("\"10\" is not a duration");
    QTest::addRow("zero group_interval") << rule("{\"group_interval\": \"0s\"}")
                                         << QStringLiteral("$.rules[0].policy.group_interval") << 3 << 33
                                         << QStringLiteral("longer than 0s");
    QTest::addRow("zero repeat_interval")
        << rule("{\"repeat_interval\": \"0m\"}") << QStringLiteral("$.rules[0].policy.repeat_interval") << 3 << 34
        << QStringLiteral("longer than 0s");
    QTest::addRow("send_resolved not boolean")
        << rule("{\"send_resolved\": 1}") << QStringLiteral("$.rules[0].policy.send_resolved") << 3 << 32
        << QStringLiteral("true or false");
    QTest::addRow("group_by unknown field")
        << rule("{\"group_by\": [\"source\", \"sevrity\"]}") << QStringLiteral("$.rules[0].policy.group_by[1]") << 3
        << 38 << QStringLiteral("labels.<name>");
    QTest::addRow("group_by twice") << rule("{\"group_by\": [\"labels.a\", \"labels.a\"]}")
                                    << QStringLiteral("$.rules[0].policy.group_by[1]") << 3 << 40
                                    << QStringLiteral("listed twice");
    QTest::addRow("throttle count negative")
        << rule("{\"throttle\": {\"count\": -1}}") << QStringLiteral("$.rules[0].policy.throttle.count") << 3 << 37
        << QStringLiteral("whole number");
    QTest::addRow("throttle count fraction")
        << rule("{\"throttle\": {\"count\": 1.5}}") << QStringLiteral("$.rules[0].policy.throttle.count") << 3 << 37
        << QStringLiteral("whole number");
    QTest::addRow("throttle without count")
        << rule("{\"throttle\": {\"window\": \"1m\"}}") << QStringLiteral("$.rules[0].policy.throttle.count") << 3 << 27
        << QStringLiteral("needs \"count\"");
    QTest::addRow("throttle unknown key")
        << rule("{\"throttle\": {\"count\": 1, \"per\": \"1m\"}}") << QStringLiteral("$.rules[0].policy.throttle.per")
        << 3 << 47 << QStringLiteral("unknown key \"per\"");
    QTest::addRow("unknown time zone") << rule("{\"time_zone\": \"Mars/Olympus\"}")
                                       << QStringLiteral("$.rules[0].policy.time_zone") << 3 << 28
                                       << QStringLiteral("not a known time zone");
    QTest::addRow("bad day") << rule("{\"mute_times\": [{\"days\": [\"mon\", \"funday\"]}]}")
                             << QStringLiteral("$.rules[0].policy.mute_times[0].days[1]") << 3 << 47
                             << QStringLiteral("\"mon-fri\"");
    QTest::addRow("hour 25") << rule("{\"mute_times\": [{\"start\": \"25:00\"}]}")
                             << QStringLiteral("$.rules[0].policy.mute_times[0].start") << 3 << 40
                             << QStringLiteral("\"23:59\"");
    QTest::addRow("start 24:00") << rule("{\"active_times\": [{\"start\": \"24:00\", \"end\": \"24:00\"}]}")
                                 << QStringLiteral("$.rules[0].policy.active_times[0].start") << 3 << 42
                                 << QStringLiteral("\"23:59\"");
    QTest::addRow("window unknown key") << rule("{\"active_times\": [{\"from\": \"09:00\"}]}")
                                        << QStringLiteral("$.rules[0].policy.active_times[0].from") << 3 << 41
                                        << QStringLiteral("unknown key \"from\"");
    QTest::addRow("target without channel")
        << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"a\", \"name\": \"A\", \"pattern\": {\"s\": [\"x\"]},\n "
                      "\"targets\": [{\"template\": \"t\"}]}]}")
        << QStringLiteral("$.rules[0].targets[0].channel") << 2 << 14 << QStringLiteral("needs \"channel\"");
    QTest::addRow("target unknown key")
        << QByteArray("{\"version\": 1, \"rules\": [{\"id\": \"a\", \"name\": \"A\", \"pattern\": {\"s\": [\"x\"]},\n "
                      "\"targets\": [{\"channel\": \"c\", \"type\": \"markdown\"}]}]}")
        << QStringLiteral("$.rules[0].targets[0].type") << 2 << 39 << QStringLiteral("unknown key \"type\"");
}

void TestRuleSetJson::rejected()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    TextPosition at;
    const Expected<RuleSet> set = read(text, &at);
    QVERIFY(!set);
    QCOMPARE(set.error().where, where);
    QVERIFY2(set.error().message.contains(says), qPrintable(set.error().message));
    QVERIFY2(set.error().message.endsWith(QStringLiteral("(line %1, column %2)").arg(line).arg(column)),
             qPrintable(set.error().message));
    QCOMPARE(at.line, line);
    QCOMPARE(at.column, column);
    QVERIFY(at.offset >= 0);
}

void TestRuleSetJson::syntaxErrorPosition()
{
    const QByteArray text = "{\"version\": 1,\n\"rules\": [}";
    TextPosition at;
    const Expected<RuleSet> set = read(text, &at);
    QVERIFY(!set);
    QCOMPARE(set.error().where, QStringLiteral("line 2, column 11"));
    QCOMPARE(at.line, 2);
    QCOMPARE(at.column, 11);
    QCOMPARE(at.offset, text.indexOf('}'));
}

void TestRuleSetJson::setPatternJson()
{
    RuleSet::Rule rule;
    QVERIFY(rule.setPatternJson("{\n  \"source\": [\"a\"],\n  \"n\": [{\"numeric\": [\">=\", 1.0]}]\n}"));
    QCOMPARE(rule.patternJson, std::string(R"({"source":["a"],"n":[{"numeric":[">=",1.0]}]})"));
    QCOMPARE(rule.pattern.subRules.size(), size_t(1));
    const Expected<void> bad = rule.setPatternJson(R"({"source": [{"prefx": "a"}]})");
    QVERIFY(!bad);
    QCOMPARE(bad.error().where, QStringLiteral("$.source[0].prefx"));
    QCOMPARE(rule.patternJson, std::string(R"({"source":["a"],"n":[{"numeric":[">=",1.0]}]})")); // unchanged
}

void TestRuleSetJson::writeRefusesRuleWithoutPattern()
{
    RuleSet set;
    RuleSet::Rule rule;
    rule.id = QStringLiteral("new");
    rule.name = QStringLiteral("New rule");
    set.rules.push_back(rule);
    const Expected<QByteArray> empty = writeRuleSet(set);
    QVERIFY(!empty);
    QVERIFY2(empty.error().message.contains(QStringLiteral("\"new\" has no pattern")), qPrintable(empty.error().message));
    set.rules[0].patternJson = "{\"source\": [";
    QVERIFY(!writeRuleSet(set));
    QVERIFY(set.rules[0].setPatternJson(R"({"source": ["x"]})"));
    QVERIFY(writeRuleSet(set));
}

QTEST_GUILESS_MAIN(TestRuleSetJson)
#include "tst_rulesetjson.moc"
