// Rejections name the JSON path of the fault and what is allowed there; valid extensions stay accepted.
#include <QTest>

#include "rules/PatternParser.h"

using namespace alertdesk;
using namespace alertdesk::rules;

class TestPatternValidation final : public QObject
{
    Q_OBJECT

private slots:
    void rejected_data();
    void rejected();
    void accepted_data();
    void accepted();
};

void TestPatternValidation::rejected_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    auto row = [](const char* name, const char* pattern, const char* where, const char* says) {
        QTest::addRow("%s", name) << QByteArray(pattern) << QString::fromUtf8(where) << QString::fromUtf8(says);
    };
    row("not an object", R"(["a"])", "$", "must be a JSON object");
    row("empty pattern", R"({})", "$", "empty objects");
    row("empty nested object", R"({"detail":{"x":{}}})", "$.detail.x", "empty objects");
    row("empty list", R"({"detail":{"state":[]}})", "$.detail.state", "empty arrays");
    row("nested list", R"({"a":["x",["y"]]})", "$.a[1]", "match value must be");
    row("two operators", R"({"a":[{"prefix":"a","suffix":"b"}]})", "$.a[0]", "exactly one operator");
    row("unknown operator", R"({"a":[{"regex":"^a"}]})", "$.a[0].regex", "unknown operator \"regex\"");
    row("prefix not a string", R"({"a":[{"prefix":5}]})", "$.a[0].prefix", "prefix takes a string");
    row("anything-but mixed", R"({"detail":{"state":["x",{"anything-but":["a",1]}]}})",
        "$.detail.state[1].anything-but[1]", "mixes numbers and strings");
    row("anything-but bool", R"({"a":[{"anything-but":true}]})", "$.a[0].anything-but", "not a boolean");
    row("anything-but empty prefix", R"({"a":[{"anything-but":{"prefix":""}}]})", "$.a[0].anything-but.prefix",
        "empty prefix");
    row("anything-but numeric", R"({"a":[{"anything-but":{"numeric":[">",1]}}]})", "$.a[0].anything-but.numeric",
        "does not support");
    row("numeric one element", R"({"a":[{"numeric":["<"]}]})", "$.a[0].numeric", "numeric takes");
    row("numeric string bound", R"({"a":[{"numeric":[">","5"]}]})", "$.a[0].numeric[1]", "must be a number");
    row("numeric reversed", R"({"a":[{"numeric":["<",10,">",1]}]})", "$.a[0].numeric[0]", "lower bound");
    row("numeric empty range", R"({"a":[{"numeric":[">=",1,"<=",1]}]})", "$.a[0].numeric", "less than the upper bound");
    row("numeric not exact", R"({"a":[{"numeric":["=",0.30000000000000001]}]})", "$.a[0].numeric[1]", "cannot compare");
    row("numeric overflow", R"({"a":[{"numeric":[">",1e309]}]})", "$.a[0].numeric[1]", "cannot compare");
    row("exists not boolean", R"({"a":[{"exists":"true"}]})", "$.a[0].exists", "true or false");
    row("wildcard double star", R"({"a":[{"wildcard":"a**b"}]})", "$.a[0].wildcard", "consecutive");
    row("wildcard bad escape", R"({"a":[{"wildcard":"a\\b"}]})", "$.a[0].wildcard", "invalid escape");
    row("cidr without mask", R"({"ip":[{"cidr":"10.0.0.1"}]})", "$.ip[0].cidr", "malformed CIDR");
    row("cidr /32", R"({"ip":[{"cidr":"10.0.0.1/32"}]})", "$.ip[0].cidr", "< 32");
    row("cidr /128", R"({"ip":[{"cidr":"::1/128"}]})", "$.ip[0].cidr", "< 128");
    row("cidr bad address", R"({"ip":[{"cidr":"10.0.0.256/8"}]})", "$.ip[0].cidr", "invalid IP address");
    row("$or one branch", R"({"$or":[{"a":["1"]}]})", "$.$or", "at least 2");
    row("$or object", R"({"$or":{"a":["1"]}})", "$.$or", "array of at least 2");
    row("$or reserved name", R"({"$or":[{"prefix":["1"]},{"b":["2"]}]})", "$.$or[0].prefix", "operator name");
    row("contain empty list", R"({"a":[{"contain":[]}]})", "$.a[0].contain", "non-empty list");
    row("array not JSON", R"({"a":[{"array":"name=id"}]})", "$.a[0].array", "JSON object");
    row("odd key in path", R"({"a b":{"c":[]}})", "$[\"a b\"].c", "empty arrays");
    row("syntax error", "{\"a\":\n [\"x\" \"y\"]}", "line 2, column 7", "not valid JSON");
    row("invalid UTF-8", "{\"a\":[\"\xff\"]}", "line 1, column 8", "invalid UTF-8");
    const QByteArray deep = QByteArray("{\"a\":") + QByteArray(100, '[');
    row("too deep", deep.constData(), "line 1, column 69", "nested too deeply");
}

void TestPatternValidation::rejected()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QString, where);
    QFETCH(QString, says);
    const Expected<Pattern> compiled =
        PatternParser::parse(std::string_view(pattern.constData(), static_cast<size_t>(pattern.size())));
    QVERIFY(!compiled);
    QCOMPARE(compiled.error().where, where);
    QVERIFY2(compiled.error().message.contains(says), qPrintable(compiled.error().message));
}

void TestPatternValidation::accepted_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<int>("alternatives"); // conjunctions after expanding $or and array
    auto row = [](const char* name, const char* pattern, int alternatives) {
        QTest::addRow("%s", name) << QByteArray(pattern) << alternatives;
    };
    row("plain", R"({"a":["x"]})", 1);
    row("scalar shorthand", R"({"source":"cvm.cloud.tencent","type":"cvm:ErrorEvent:Ping"})", 1);
    row("$or", R"({"$or":[{"a":["1"]},{"b":["2"]},{"c":["3"]}]})", 3);
    row("two $or multiply", R"({"x":{"$or":[{"a":["1"]},{"b":["2"]}]},"$or":[{"c":["3"]},{"d":["4"]}]})", 4);
    row("array operator", R"({"c":["x",{"array":"{\"n\":\"id\"}"}]})", 2);
    row("numeric largest finite below max", R"({"a":[{"numeric":["<",1e308]}]})", 1);
    row("exactly", R"({"a":[{"exactly":"x"}]})", 1);
}

void TestPatternValidation::accepted()
{
    QFETCH(QByteArray, pattern);
    QFETCH(int, alternatives);
    const Expected<Pattern> compiled =
        PatternParser::parse(std::string_view(pattern.constData(), static_cast<size_t>(pattern.size())));
    QVERIFY2(compiled.has_value(), qPrintable(compiled ? QString() : compiled.error().toString()));
    QCOMPARE(static_cast<int>(compiled->subRules.size()), alternatives);
}

QTEST_GUILESS_MAIN(TestPatternValidation)
#include "tst_pattern_validation.moc"
