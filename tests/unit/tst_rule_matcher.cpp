// The compiled index over many rules against the naive loop over rules, on random rule sets and events; rule
// numbering; and the explanations `rules test --explain` and the rule editor show.
#include <QRandomGenerator>
#include <QTest>

#include "rules/Explain.h"
#include "rules/PatternMatcher.h"
#include "rules/PatternParser.h"
#include "rules/RuleMatcher.h"

using namespace alertdesk;
using namespace alertdesk::rules;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()));
}

// Random patterns and events over a small vocabulary, so that values collide often and every operator hits.
class Generator final
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    QByteArray pattern()
    {
        QByteArray out = "{";
        const int fields = 1 + bounded(3);
        for (int f = 0; f < fields; ++f) {
            if (f > 0)
                out += ',';
            out += field(f);
        }
        if (bounded(5) == 0)
            out += ",\"$or\":[{" + field(0) + "},{" + field(1) + "}]";
        return out + '}';
    }

    QByteArray event()
    {
        QByteArray out = "{";
        bool first = true;
        auto add = [&](const QByteArray& member) {
            if (!first)
                out += ',';
            out += member;
            first = false;
        };
        for (const char* key : {"a", "b", "c"}) {
            if (bounded(4) != 0)
                add(QByteArray("\"") + key + "\":" + value());
        }
        if (bounded(3) != 0)
            add("\"n\":{\"x\":" + value() + '}');
        if (bounded(3) != 0) {
            QByteArray array = "\"arr\":[";
            const int elements = bounded(4);
            for (int e = 0; e < elements; ++e) {
                if (e > 0)
                    array += ',';
                array += "{\"k\":" + value() + (bounded(2) != 0 ? ",\"m\":" + value() : QByteArray()) + '}';
            }
            add(array + ']');
        }
        return out + '}';
    }

private:
    int bounded(int n) { return static_cast<int>(m_random.bounded(n)); }

    QByteArray value()
    {
        static const char* const values[] = {"\"p\"", "\"q\"",    "\"pq\"", "\"Pq\"", "\"\"", "\"10.1.2.3\"",
                                             "1",     "2",        "1.0",    "null",   "true", "[\"p\",\"q\"]",
                                             "[]",    "{\"z\":1}"};
        return values[bounded(std::size(values))];
    }

    QByteArray field(int index)
    {
        static const char* const paths[] = {
            "\"a\":", "\"b\":", "\"c\":", "\"n\":{\"x\":", "\"arr\":{\"k\":", "\"arr\":{\"m\":"};
        const int p = (index + bounded(6)) % 6;
        const bool nested = p >= 3;
        QByteArray out = QByteArray(paths[p]) + '[';
        const int alternatives = 1 + bounded(2);
        for (int a = 0; a < alternatives; ++a) {
            if (a > 0)
                out += ',';
            out += alternative();
        }
        out += ']';
        return nested ? out + '}' : out;
    }

    QByteArray alternative()
    {
        static const char* const alternatives[] = {"\"p\"",
                                                   "\"q\"",
                                                   "\"pq\"",
                                                   "1",
                                                   "2",
                                                   "1.0",
                                                   "null",
                                                   "true",
                                                   "{\"prefix\":\"p\"}",
                                                   "{\"suffix\":\"q\"}",
                                                   "{\"equals-ignore-case\":\"PQ\"}",
                                                   "{\"prefix\":{\"equals-ignore-case\":\"P\"}}",
                                                   "{\"suffix\":{\"equals-ignore-case\":\"Q\"}}",
                                                   "{\"wildcard\":\"p*\"}",
                                                   "{\"anything-but\":\"p\"}",
                                                   "{\"anything-but\":[\"p\",\"q\"]}",
                                                   "{\"anything-but\":1}",
                                                   "{\"anything-but\":{\"prefix\":\"p\"}}",
                                                   "{\"anything-but\":{\"suffix\":\"q\"}}",
                                                   "{\"anything-but\":{\"equals-ignore-case\":\"PQ\"}}",
                                                   "{\"anything-but\":{\"wildcard\":\"*q\"}}",
                                                   "{\"numeric\":[\">\",1]}",
                                                   "{\"numeric\":[\">=\",1,\"<\",2]}",
                                                   "{\"exists\":true}",
                                                   "{\"exists\":false}",
                                                   "{\"cidr\":\"10.0.0.0/8\"}",
                                                   "{\"contain\":\"q\"}"};
        return alternatives[bounded(std::size(alternatives))];
    }

    QRandomGenerator m_random;
};

} // namespace

class TestRuleMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void indexAgreesWithEachRule_data();
    void indexAgreesWithEachRule();
    void matchedRulesInOrder();
    void manyExactRules();
    void deepEventIsRefused();
    void explain_data();
    void explain();
};

void TestRuleMatcher::indexAgreesWithEachRule_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestRuleMatcher::indexAgreesWithEachRule()
{
    QFETCH(quint32, seed);
    Generator generator(seed);
    RuleMatcher index;
    std::vector<std::unique_ptr<PatternMatcher>> singles;
    QList<QByteArray> texts;
    while (index.ruleCount() < 60) {
        const QByteArray text = generator.pattern();
        Expected<Pattern> pattern = PatternParser::parse(view(text));
        QVERIFY2(pattern.has_value(), text.constData());
        index.add(*pattern);
        singles.push_back(std::make_unique<PatternMatcher>(std::move(*pattern)));
        texts << text;
    }
    int matches = 0;
    std::vector<uint32_t> indexed;
    std::vector<uint32_t> looped;
    for (int e = 0; e < 200; ++e) {
        const QByteArray event = generator.event();
        QVERIFY(index.match(view(event), indexed).has_value());
        QVERIFY(index.matchEachRule(view(event), looped).has_value());
        QVERIFY2(indexed == looped, event.constData());
        // Each pattern on its own, with its own path table, says the same.
        std::vector<uint32_t> alone;
        for (uint32_t r = 0; r < singles.size(); ++r) {
            const Expected<bool> m = singles[r]->matches(view(event));
            QVERIFY(m.has_value());
            if (*m)
                alone.push_back(r);
        }
        QVERIFY2(alone == indexed, qPrintable(QString::fromUtf8(event)));
        matches += static_cast<int>(indexed.size());
    }
    // The vocabulary is small enough that rules do match (the comparison is not vacuous).
    QVERIFY(matches > 0);
}

void TestRuleMatcher::matchedRulesInOrder()
{
    RuleMatcher index;
    for (const char* text : {R"({"a":["x"]})", R"({"b":["y"]})", R"({"a":[{"prefix":"x"}]})", R"({"a":["z"]})"})
        index.add(*PatternParser::parse(text));
    std::vector<uint32_t> rules;
    QVERIFY(index.match(R"({"b":"y","a":"x"})", rules).has_value());
    QCOMPARE(rules, (std::vector<uint32_t>{0, 1, 2}));
    QVERIFY(index.match(R"({"a":"q"})", rules).has_value());
    QVERIFY(rules.empty());
    QVERIFY(!index.match(R"({"a":)", rules).has_value());
}

void TestRuleMatcher::manyExactRules()
{
    RuleMatcher index;
    for (int i = 0; i < 10000; ++i)
        index.add(*PatternParser::parse(QByteArray(R"({"id":[")" + QByteArray::number(i) + R"("]})").toStdString()));
    std::vector<uint32_t> rules;
    QVERIFY(index.match(R"({"id":"4242"})", rules).has_value());
    QCOMPARE(rules, (std::vector<uint32_t>{4242}));
    QVERIFY(index.match(R"({"id":["7","9999","x"]})", rules).has_value());
    QCOMPARE(rules, (std::vector<uint32_t>{7, 9999}));
}

// Found by fuzz_patterns (tests/fuzz/regressions/deep-array-stack-overflow): an event nested ~10,000 arrays
// deep on a pattern's path overflowed the stack while being flattened. It is refused now, and matching goes on.
void TestRuleMatcher::deepEventIsRefused()
{
    RuleMatcher index;
    index.add(*PatternParser::parse(R"({"a":[{"wildcard":"*c"}]})"));
    const QByteArray deep = "{\"a\":" + QByteArray(10000, '[') + "\"abc\"" + QByteArray(10000, ']') + '}';
    std::vector<uint32_t> rules;
    const Expected<void> result = index.match(view(deep), rules);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("nested too deeply")), qPrintable(result.error().message));
    const QByteArray fine = "{\"a\":" + QByteArray(200, '[') + "\"abc\"" + QByteArray(200, ']') + '}';
    QVERIFY(index.match(view(fine), rules).has_value());
    QCOMPARE(rules, (std::vector<uint32_t>{0}));
}

void TestRuleMatcher::explain_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("why");
    auto row = [](const char* name, const char* pattern, const char* event, const char* why) {
        QTest::addRow("%s", name) << QByteArray(pattern) << QByteArray(event) << QString::fromUtf8(why);
    };
    row("matches", R"({"source":["aws.ec2"]})", R"({"source":"aws.ec2"})", "");
    row("other value", R"({"source":["aws.ec2"],"type":["x"]})", R"({"source":"aws.s3","type":"x"})",
        R"($.source: "aws.s3" does not match ["aws.ec2"])");
    row("first failing field in pattern order", R"({"a":["1"],"b":["2"]})", R"({"a":"0","b":"0"})",
        R"($.a: "0" does not match ["1"])");
    row("missing", R"({"detail":{"state":["running"]}})", R"({"detail":{}})",
        "$.detail.state: missing (no value here; an object or an empty array does not count)");
    row("must be absent", R"({"a":[{"exists":false}]})", R"({"a":1})",
        "$.a: present (1), but the pattern requires it to be absent");
    row("several values", R"({"a":[{"prefix":"x"}]})", R"({"a":["y","z"]})",
        R"($.a: none of the 2 values (such as "y") matches [{"prefix":"x"}])");
    row("operator as written", R"({"n":[{"numeric":[">",10]}]})", R"({"n":5})",
        R"($.n: 5 does not match [{"numeric":[">",10]}])");
    row("furthest $or branch", R"({"s":["x"],"$or":[{"a":["1"]},{"b":["2"]}]})", R"({"s":"x","b":"3"})",
        "$.a: missing (no value here; an object or an empty array does not count)");
    row("array consistency", R"({"a":{"b":["1"],"c":["4"]}})", R"({"a":[{"b":"1","c":"2"},{"b":"3","c":"4"}]})",
        "$.a.c: no element of the enclosing array satisfies this field together with the others (fields under one "
        "array must hold in one element)");
}

void TestRuleMatcher::explain()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, event);
    QFETCH(QString, why);
    PatternMatcher matcher(*PatternParser::parse(view(pattern)));
    const Expected<bool> matched = matcher.matches(view(event));
    QVERIFY(matched.has_value());
    QCOMPARE(*matched, why.isEmpty());
    QCOMPARE(explainMismatch(matcher.pattern(), matcher.lastEvent(), matcher.pathIds()), why);
}

QTEST_GUILESS_MAIN(TestRuleMatcher)
#include "tst_rule_matcher.moc"
