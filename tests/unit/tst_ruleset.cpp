// The rule-set file `rules test` reads: what loads, and that each rejection names its place in the file.
#include <QTest>

#include "rules/RuleSet.h"

using namespace alertdesk;
using namespace alertdesk::rules;

class TestRuleSet final : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void rejected_data();
    void rejected();
};

void TestRuleSet::loads()
{
    const Expected<RuleSet> set = RuleSet::fromJson(R"({"version":1,"rules":[
        {"id":"r1","name":"CVM down","enabled":false,"pattern":{"source":"cvm.cloud.tencent"}},
        {"id":"r2","name":"Critical","pattern":{"alertdesk":{"severity":["critical"]},"$or":[{"a":["1"]},{"b":["2"]}]}}]})");
    QVERIFY2(set.has_value(), qPrintable(set ? QString() : set.error().toString()));
    QCOMPARE(set->rules.size(), size_t(2));
    QCOMPARE(set->rules[0].id, QStringLiteral("r1"));
    QCOMPARE(set->rules[0].name, QStringLiteral("CVM down"));
    QVERIFY(!set->rules[0].enabled);
    QVERIFY(set->rules[1].enabled); // enabled unless it says otherwise
    QCOMPARE(set->rules[1].pattern.subRules.size(), size_t(2));
}

void TestRuleSet::rejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addRow("not JSON") << QByteArray("{\"version\":1,\n\"rules\":[}") << QStringLiteral("line 2, column 10");
    QTest::addRow("no version") << QByteArray(R"({"rules":[]})") << QStringLiteral("$.version");
    QTest::addRow("version 2") << QByteArray(R"({"version":2,"rules":[]})") << QStringLiteral("$.version");
    QTest::addRow("rules not a list") << QByteArray(R"({"version":1,"rules":{}})") << QStringLiteral("$.rules");
    QTest::addRow("no name") << QByteArray(R"({"version":1,"rules":[{"id":"a","pattern":{"a":["x"]}}]})")
                             << QStringLiteral("$.rules[0].name");
    QTest::addRow("enabled not boolean")
        << QByteArray(R"({"version":1,"rules":[{"id":"a","name":"n","enabled":"yes","pattern":{"a":["x"]}}]})")
        << QStringLiteral("$.rules[0].enabled");
    QTest::addRow("duplicate id")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"a","name":"n","pattern":{"a":["x"]}},{"id":"a","name":"m","pattern":{"a":["y"]}}]})")
        << QStringLiteral("$.rules[1].id");
    QTest::addRow("bad pattern")
        << QByteArray(R"({"version":1,"rules":[{"id":"a","name":"n","pattern":{"a":[{"numeric":[">","1"]}]}}]})")
        << QStringLiteral("$.rules[0].pattern.a[0].numeric[1]");
}

void TestRuleSet::rejected()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    const Expected<RuleSet> set =
        RuleSet::fromJson(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    QVERIFY(!set);
    QCOMPARE(set.error().where, where);
    QVERIFY(!set.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
