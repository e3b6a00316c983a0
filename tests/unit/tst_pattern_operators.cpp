// Each operator's edges: missing fields, null vs "", empty and nested arrays, Unicode case folding, huge and
// non-representable numbers, IPv6 forms, and the Tencent extensions; through both matchers.
#include <QTest>

#include "rules/PatternMatcher.h"
#include "rules/PatternParser.h"
#include "rules/RuleMatcher.h"

using namespace alertdesk;
using namespace alertdesk::rules;

class TestPatternOperators final : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
};

void TestPatternOperators::matching_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<bool>("expected");
    auto row = [](const char* name, const char* pattern, const char* event, bool expected) {
        QTest::addRow("%s", name) << QByteArray(pattern) << QByteArray(event) << expected;
    };
    // Exact values and missing fields
    row("exact string", R"({"a":["x"]})", R"({"a":"x"})", true);
    row("exact is case-sensitive", R"({"a":["x"]})", R"({"a":"X"})", false);
    row("missing field", R"({"a":["x"]})", R"({"b":"x"})", false);
    row("object where a leaf is expected", R"({"a":["x"]})", R"({"a":{"b":"x"}})", false);
    row("null matches null", R"({"a":[null]})", R"({"a":null})", true);
    row("null is not empty string", R"({"a":[null]})", R"({"a":""})", false);
    row("empty string is not null", R"({"a":[""]})", R"({"a":null})", false);
    row("empty string", R"({"a":[""]})", R"({"a":""})", true);
    row("string true is not true", R"({"a":["true"]})", R"({"a":true})", false);
    row("boolean false", R"({"a":[false]})", R"({"a":false})", true);
    row("string 300 is not 300", R"({"a":["300"]})", R"({"a":300})", false);
    row("extra fields ignored", R"({"a":["x"]})", R"({"a":"x","b":{"c":[1,2]}})", true);
    row("escaped event key", R"({"a":["x"]})", R"({"\u0061":"x"})", true);
    row("Unicode key and value", R"({"名前":["値"]})", R"({"名前":"値"})", true);
    row("escaped event value", R"({"a":["x\"y"]})", R"({"a":"x\u0022y"})", true);
    // Numbers by value and by spelling
    row("300 vs 300.0", R"({"a":[300]})", R"({"a":300.0})", true);
    row("300 vs 3.0e2", R"({"a":[300]})", R"({"a":3.0e2})", true);
    row("0 vs -0", R"({"a":[0]})", R"({"a":-0})", true);
    row("300 vs 301", R"({"a":[300]})", R"({"a":301})", false);
    row("huge integer by spelling", R"({"a":[123456789012345678901]})", R"({"a":123456789012345678901})", true);
    row("huge integer not by value", R"({"a":[123456789012345678901]})", R"({"a":123456789012345678900})", false);
    row("non-representable decimal by spelling", R"({"a":[0.30000000000000001]})", R"({"a":0.30000000000000001})",
        true);
    row("non-representable decimal is not 0.3", R"({"a":[0.30000000000000001]})", R"({"a":0.3})", false);
    row("overflowing number by spelling", R"({"a":[1e309]})", R"({"a":1e309})", true);
    row("largest double by value", R"({"a":[1.7976931348623157e308]})", R"({"a":17976931348623157e292})", true);
    // prefix / suffix
    row("prefix", R"({"a":[{"prefix":"ab"}]})", R"({"a":"abc"})", true);
    row("empty prefix matches any string", R"({"a":[{"prefix":""}]})", R"({"a":""})", true);
    row("empty prefix never matches a number", R"({"a":[{"prefix":""}]})", R"({"a":5})", false);
    row("prefix longer than value", R"({"a":[{"prefix":"abcd"}]})", R"({"a":"abc"})", false);
    row("prefix on empty array", R"({"a":[{"prefix":"a"}]})", R"({"a":[]})", false);
    row("prefix in nested arrays", R"({"a":[{"prefix":"a"}]})", R"({"a":[["x"],["abc"]]})", true);
    row("suffix", R"({"a":[{"suffix":".png"}]})", R"({"a":"cat.png"})", true);
    row("suffix is case-sensitive", R"({"a":[{"suffix":".png"}]})", R"({"a":"cat.PNG"})", false);
    row("suffix ignoring case", R"({"a":[{"suffix":{"equals-ignore-case":".png"}}]})", R"({"a":"cat.PNG"})", true);
    row("prefix ignoring case, Latin-1", R"({"a":[{"prefix":{"equals-ignore-case":"äb"}}]})", R"({"a":"ÄBC"})", true);
    // equals-ignore-case: per-character folding without special cases
    row("ignore case ASCII", R"({"a":[{"equals-ignore-case":"HeLLo"}]})", R"({"a":"hello"})", true);
    row("ignore case Latin-1", R"({"a":[{"equals-ignore-case":"ÄÖÜ"}]})", R"({"a":"äöü"})", true);
    row("ignore case no final sigma", R"({"a":[{"equals-ignore-case":"ΣΑΣ"}]})", R"({"a":"σας"})", false);
    row("ignore case Greek", R"({"a":[{"equals-ignore-case":"ΣΑΣ"}]})", R"({"a":"σασ"})", true);
    row("ignore case no sharp s expansion", R"({"a":[{"equals-ignore-case":"STRASSE"}]})", R"({"a":"straße"})", false);
    row("ignore case dotless i", R"({"a":[{"equals-ignore-case":"I"}]})", R"({"a":"ı"})", false);
    row("ignore case never a number", R"({"a":[{"equals-ignore-case":"5"}]})", R"({"a":5})", false);
    // wildcard
    row("wildcard star matches empty", R"({"a":[{"wildcard":"*"}]})", R"({"a":""})", true);
    row("wildcard star never a number", R"({"a":[{"wildcard":"*"}]})", R"({"a":5})", false);
    row("wildcard middle", R"({"a":[{"wildcard":"a*b*c"}]})", R"({"a":"aXbYbc"})", true);
    row("wildcard parts may not overlap", R"({"a":[{"wildcard":"ab*ba"}]})", R"({"a":"aba"})", false);
    row("wildcard escaped star is literal", R"({"a":[{"wildcard":"a\\*b"}]})", R"({"a":"a*b"})", true);
    row("wildcard escaped star is not a star", R"({"a":[{"wildcard":"a\\*b"}]})", R"({"a":"axb"})", false);
    row("wildcard case-sensitive", R"({"a":[{"wildcard":"A*"}]})", R"({"a":"abc"})", false);
    // anything-but
    row("anything-but missing field", R"({"a":[{"anything-but":"x"}]})", R"({"b":"y"})", false);
    row("anything-but null", R"({"a":[{"anything-but":"x"}]})", R"({"a":null})", true);
    row("anything-but string vs number", R"({"a":[{"anything-but":"x"}]})", R"({"a":5})", true);
    row("anything-but same", R"({"a":[{"anything-but":"x"}]})", R"({"a":"x"})", false);
    row("anything-but array with other", R"({"a":[{"anything-but":"x"}]})", R"({"a":["x","y"]})", true);
    row("anything-but array all excluded", R"({"a":[{"anything-but":"x"}]})", R"({"a":["x","x"]})", false);
    row("anything-but empty array", R"({"a":[{"anything-but":"x"}]})", R"({"a":[]})", false);
    row("anything-but number by value", R"({"a":[{"anything-but":5}]})", R"({"a":5.0})", false);
    row("anything-but number vs string", R"({"a":[{"anything-but":5}]})", R"({"a":"5"})", true);
    row("anything-but list", R"({"a":[{"anything-but":["x","y"]}]})", R"({"a":"y"})", false);
    row("anything-but prefix", R"({"a":[{"anything-but":{"prefix":"ab"}}]})", R"({"a":"abc"})", false);
    row("anything-but prefix other", R"({"a":[{"anything-but":{"prefix":"ab"}}]})", R"({"a":"xbc"})", true);
    row("anything-but suffix list", R"({"a":[{"anything-but":{"suffix":["x","y"]}}]})", R"({"a":"ay"})", false);
    row("anything-but ignore case", R"({"a":[{"anything-but":{"equals-ignore-case":["Fulton"]}}]})",
        R"({"a":"FULTON"})", false);
    row("anything-but wildcard", R"({"a":[{"anything-but":{"wildcard":"1*3"}}]})", R"({"a":"123"})", false);
    row("anything-but wildcard number", R"({"a":[{"anything-but":{"wildcard":"1*3"}}]})", R"({"a":123})", true);
    row("anything-but or absent", R"({"a":[{"anything-but":"x"},{"exists":false}]})", R"({"b":1})", true);
    // numeric
    row("numeric range inside", R"({"a":[{"numeric":[">",0,"<=",5]}]})", R"({"a":5})", true);
    row("numeric range open end", R"({"a":[{"numeric":[">",0,"<",5]}]})", R"({"a":5})", false);
    row("numeric lower exclusive", R"({"a":[{"numeric":[">",0]}]})", R"({"a":0})", false);
    row("numeric equals by value", R"({"a":[{"numeric":["=",300]}]})", R"({"a":3e2})", true);
    row("numeric never a string", R"({"a":[{"numeric":[">",0]}]})", R"({"a":"5"})", false);
    row("numeric non-representable event", R"({"a":[{"numeric":[">",0]}]})", R"({"a":0.30000000000000001})", false);
    row("numeric huge", R"({"a":[{"numeric":[">",1e300]}]})", R"({"a":1e308})", true);
    row("numeric negative zero", R"({"a":[{"numeric":["=",0]}]})", R"({"a":-0.0})", true);
    row("numeric in array", R"({"a":[{"numeric":["<",0]}]})", R"({"a":[3,-1]})", true);
    // exists
    row("exists true on null", R"({"a":[{"exists":true}]})", R"({"a":null})", true);
    row("exists true on object", R"({"a":[{"exists":true}]})", R"({"a":{"b":1}})", false);
    row("exists true on empty array", R"({"a":[{"exists":true}]})", R"({"a":[]})", false);
    row("exists false on null", R"({"a":[{"exists":false}]})", R"({"a":null})", false);
    row("exists false on object", R"({"a":[{"exists":false}]})", R"({"a":{"b":1}})", true);
    row("exists false, parent missing", R"({"a":{"b":[{"exists":false}]}})", R"({"c":1})", true);
    row("exists false, an element has it", R"({"a":{"b":[{"exists":false}]}})", R"({"a":[{"c":1},{"b":2}]})", false);
    // cidr
    row("cidr v4", R"({"ip":[{"cidr":"10.0.0.0/24"}]})", R"({"ip":"10.0.0.255"})", true);
    row("cidr v4 outside", R"({"ip":[{"cidr":"10.0.0.0/24"}]})", R"({"ip":"10.0.1.0"})", false);
    row("cidr host bits ignored", R"({"ip":[{"cidr":"10.0.0.77/24"}]})", R"({"ip":"10.0.0.1"})", true);
    row("cidr not with a port", R"({"ip":[{"cidr":"10.0.0.0/24"}]})", R"({"ip":"10.0.0.1:80"})", false);
    row("cidr not v4-mapped v6", R"({"ip":[{"cidr":"10.0.0.0/24"}]})", R"({"ip":"::ffff:10.0.0.1"})", false);
    row("cidr not a word", R"({"ip":[{"cidr":"10.0.0.0/24"}]})", R"({"ip":"localhost"})", false);
    row("cidr v6 compressed", R"({"ip":[{"cidr":"2001:db8::/32"}]})", R"({"ip":"2001:db8::1"})", true);
    row("cidr v6 upper case", R"({"ip":[{"cidr":"2001:db8::/32"}]})", R"({"ip":"2001:DB8::ABCD"})", true);
    row("cidr v6 fully expanded", R"({"ip":[{"cidr":"2001:db8::/32"}]})",
        R"({"ip":"2001:0db8:0000:0000:0000:0000:0000:0001"})", true);
    row("cidr v6 outside", R"({"ip":[{"cidr":"2001:db8::/32"}]})", R"({"ip":"2001:db9::1"})", false);
    row("cidr v6 dotted tail", R"({"ip":[{"cidr":"64:ff9b::/96"}]})", R"({"ip":"64:ff9b::192.0.2.33"})", true);
    row("cidr v6 bad form", R"({"ip":[{"cidr":"2001:db8::/32"}]})", R"({"ip":"2001:db8:::1"})", false);
    // $or and nesting
    row("$or first branch", R"({"$or":[{"a":["1"]},{"b":["2"]}]})", R"({"a":"1"})", true);
    row("$or no branch", R"({"$or":[{"a":["1"]},{"b":["2"]}]})", R"({"a":"2"})", false);
    row("$or nested inside object", R"({"x":{"$or":[{"a":["1"]},{"b":["2"]}]}})", R"({"x":{"b":"2"}})", true);
    row("$or nested in $or", R"({"$or":[{"a":["1"]},{"$or":[{"b":["2"]},{"c":["3"]}]}]})", R"({"c":"3"})", true);
    row("$or ANDed with sibling", R"({"s":["x"],"$or":[{"a":["1"]},{"b":["2"]}]})", R"({"s":"y","a":"1"})", false);
    // arrays of objects: array-consistent matching
    row("array consistent same element", R"({"a":{"b":["1"],"c":["2"]}})",
        R"({"a":[{"b":"1","c":"2"},{"b":"3","c":"4"}]})", true);
    row("array consistent across elements", R"({"a":{"b":["1"],"c":["4"]}})",
        R"({"a":[{"b":"1","c":"2"},{"b":"3","c":"4"}]})", false);
    row("array of arrays of objects", R"({"a":{"b":["1"]}})", R"({"a":[[{"b":"0"}],[{"b":"1"}]]})", true);
    // Duplicate keys: the last one of a pattern, every one of an event
    row("pattern duplicate key last wins", R"({"a":["x"],"a":["y"]})", R"({"a":"x"})", false);
    row("event duplicate key first value", R"({"a":["x"]})", R"({"a":"x","a":"y"})", true);
    row("event duplicate key second value", R"({"a":["y"]})", R"({"a":"x","a":"y"})", true);
    row("dotted pattern key", R"({"a.b":["x"]})", R"({"a":{"b":"x"}})", true);
    row("dotted event key", R"({"a":{"b":["x"]}})", R"({"a.b":"x"})", true);
    // Tencent extensions
    row("scalar shorthand", R"({"source":"cvm.cloud.tencent"})", R"({"source":"cvm.cloud.tencent"})", true);
    row("scalar shorthand number", R"({"a":5})", R"({"a":5.0})", true);
    row("contain", R"({"t":[{"contain":"topic-1"}]})", R"({"t":"qcs::topic-1/x"})", true);
    row("contain all of", R"({"t":[{"contain":["topic-1","appid"]}]})", R"({"t":"topic-1"})", false);
    row("contains all of", R"({"t":[{"contains":["topic-1","appid"]}]})", R"({"t":"appid/topic-1"})", true);
    row("contain never a number", R"({"t":[{"contain":"1"}]})", R"({"t":1})", false);
    row("array operator one element", R"({"c":[{"array":"{\"name\":\"id\",\"type\":\"int\"}"}]})",
        R"({"c":[{"name":"id","type":"int"},{"name":"x","type":"text"}]})", true);
    row("array operator across elements", R"({"c":[{"array":"{\"name\":\"id\",\"type\":\"text\"}"}]})",
        R"({"c":[{"name":"id","type":"int"},{"name":"x","type":"text"}]})", false);
    row("array operator or plain value", R"({"c":["x",{"array":"{\"name\":\"id\"}"}]})", R"({"c":"x"})", true);
}

void TestPatternOperators::matching()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, event);
    QFETCH(bool, expected);
    Expected<Pattern> compiled =
        PatternParser::parse(std::string_view(pattern.constData(), static_cast<size_t>(pattern.size())));
    QVERIFY2(compiled.has_value(), qPrintable(compiled ? QString() : compiled.error().toString()));
    RuleMatcher index;
    index.add(*compiled);
    PatternMatcher single(std::move(*compiled));
    const std::string_view text(event.constData(), static_cast<size_t>(event.size()));
    const Expected<bool> matched = single.matches(text);
    QVERIFY2(matched.has_value(), qPrintable(matched ? QString() : matched.error().toString()));
    QCOMPARE(*matched, expected);
    std::vector<uint32_t> rules;
    QVERIFY(index.match(text, rules).has_value());
    QCOMPARE(!rules.empty(), expected);
}

QTEST_GUILESS_MAIN(TestPatternOperators)
#include "tst_pattern_operators.moc"
