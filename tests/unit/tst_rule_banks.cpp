// The CL2Benchmark rule banks over the 200,000 generated city-lots events: every rule's match count equals
// event-ruler's (../shared/data/cl2-expected-matches.json), and so does the 10,000-exact-rule scaling bank.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "rules/PatternJson.h"
#include "rules/PatternParser.h"
#include "rules/RuleMatcher.h"
#include "TestEnvironment.h"

using namespace alertdesk;
using namespace alertdesk::rules;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

JsonNode parsed(const QByteArray& text)
{
    Expected<JsonNode> node = parseJsonDocument(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    return node ? std::move(*node) : JsonNode();
}

std::vector<long> countsOf(const JsonNode& expected, const std::string& bank)
{
    std::vector<long> counts;
    for (const JsonMember& member : expected.members) {
        if (member.key == bank) {
            for (const JsonNode& n : member.value.elements)
                counts.push_back(std::stol(n.text));
        }
    }
    return counts;
}

std::vector<long> run(const std::vector<const JsonNode*>& rules, const QByteArray& events)
{
    RuleMatcher matcher;
    for (const JsonNode* rule : rules) {
        Expected<Pattern> pattern = PatternParser::parse(*rule);
        if (!pattern)
            return {};
        matcher.add(std::move(*pattern));
    }
    std::vector<long> counts(rules.size(), 0);
    std::vector<uint32_t> matched;
    const std::string_view all(events.constData(), static_cast<size_t>(events.size()));
    for (size_t start = 0; start < all.size();) {
        size_t end = all.find('\n', start);
        if (end == std::string_view::npos)
            end = all.size();
        if (end > start && matcher.match(all.substr(start, end - start), matched, all.size() - start))
            for (const uint32_t r : matched)
                ++counts[r];
        start = end + 1;
    }
    return counts;
}

} // namespace

class TestRuleBanks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsMatchEventRuler_data();
    void countsMatchEventRuler();

private:
    QTemporaryDir m_dir;
    QByteArray m_events; // with padding after the last line
    JsonNode m_banks;
    JsonNode m_scaling;
    JsonNode m_expected;
};

void TestRuleBanks::initTestCase()
{
    ALERTDESK_REQUIRE_SHARED(shared);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed to generate the city-lots events");
    const QString data = shared + QStringLiteral("/data/");
    const QString events = m_dir.filePath(QStringLiteral("citylots-200k.jsonl"));
    const QString scaling = m_dir.filePath(QStringLiteral("scaling-rules-10000.json"));
    QCOMPARE(
        QProcess::execute(python,
                          {data + QStringLiteral("gen_citylots.py"), QStringLiteral("-n"), QStringLiteral("200000"),
                           QStringLiteral("--seed"), QStringLiteral("20240611"), QStringLiteral("-o"), events}),
        0);
    QCOMPARE(QProcess::execute(python, {data + QStringLiteral("gen_scaling_rules.py"), events, scaling}), 0);
    m_events = readAll(events) + QByteArray(128, ' ');
    m_banks = parsed(readAll(data + QStringLiteral("cl2-rule-banks.json")));
    m_scaling = parsed(readAll(scaling));
    m_expected = parsed(readAll(data + QStringLiteral("cl2-expected-matches.json")));
    QCOMPARE(m_banks.elements.size(), size_t(17));
    QCOMPARE(m_scaling.elements.size(), size_t(10000));
}

void TestRuleBanks::countsMatchEventRuler_data()
{
    QTest::addColumn<int>("bank"); // index into the banks; -1: the scaling bank
    const QByteArray text = readAll(test::sharedDir() + QStringLiteral("/data/cl2-rule-banks.json"));
    const JsonNode banks = parsed(text);
    for (size_t b = 0; b < banks.elements.size(); ++b) {
        for (const JsonMember& member : banks.elements[b].members) {
            if (member.key == "name")
                QTest::addRow("%s", member.value.text.c_str()) << static_cast<int>(b);
        }
    }
    QTest::addRow("SCALE_EXACT_10000") << -1;
}

void TestRuleBanks::countsMatchEventRuler()
{
    QFETCH(int, bank);
    std::string name = "SCALE_EXACT_10000";
    std::vector<const JsonNode*> rules;
    if (bank < 0) {
        for (const JsonNode& rule : m_scaling.elements)
            rules.push_back(&rule);
    } else {
        for (const JsonMember& member : m_banks.elements[static_cast<size_t>(bank)].members) {
            if (member.key == "name")
                name = member.value.text;
            if (member.key == "rules")
                for (const JsonNode& rule : member.value.elements)
                    rules.push_back(&rule);
        }
    }
    const std::vector<long> expected = countsOf(m_expected, name);
    QVERIFY(!expected.empty());
    QCOMPARE(run(rules, m_events), expected);
}

QTEST_GUILESS_MAIN(TestRuleBanks)
#include "tst_rule_banks.moc"
