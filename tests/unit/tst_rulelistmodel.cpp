#include <functional>
#include <vector>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "rules/RuleSet.h"
#include "ui/rules/RuleDocument.h"
#include "ui/rules/RuleListModel.h"

using namespace alertdesk;
using namespace alertdesk::ui;
using namespace Qt::StringLiterals;

namespace {

rules::RuleSet threeRules()
{
    const QByteArray json = R"({"version":1,"rules":[
        {"id":"crit","name":"Critical","enabled":true,"pattern":{"alertdesk":{"severity":["critical"]}}},
        {"id":"cvm","name":"CVM reboots","enabled":false,"description":"guest reboots",
         "pattern":{"source":["cvm.cloud.tencent"],"type":[{"prefix":"cvm:"}]}},
        {"id":"db","name":"Databases","enabled":true,"pattern":{"source":["cdb.cloud.tencent"]}}]})";
    Expected<rules::RuleSet> set = rules::RuleSet::fromJson(std::string_view(json.constData(), size_t(json.size())));
    if (!set)
        qFatal("fixture: %s", qPrintable(set.error().toString()));
    return *set;
}

QStringList names(const RuleListModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data().toString();
    return out;
}

using Operation = std::function<void(RuleDocument&)>;

} // namespace

Q_DECLARE_METATYPE(Operation)

// The rule list as the panel's list view sees it: consistent model signals for every edit, undo and redo
// (QAbstractItemModelTester), checkboxes that become undo steps, and undo/redo that restore the list exactly.
class TstRuleListModel final : public QObject
{
    Q_OBJECT

private slots:
    void operationsUndoAndRedoExactly_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QStringList>("namesAfter");
        QTest::addRow("enable") << Operation([](RuleDocument& d) { d.setEnabled(1, true); })
                                << QStringList{u"Critical"_s, u"CVM reboots"_s, u"Databases"_s};
        QTest::addRow("move down") << Operation([](RuleDocument& d) { d.moveRule(0, 1); })
                                   << QStringList{u"CVM reboots"_s, u"Critical"_s, u"Databases"_s};
        QTest::addRow("move up from the end") << Operation([](RuleDocument& d) { d.moveRule(2, 1); })
                                              << QStringList{u"Critical"_s, u"Databases"_s, u"CVM reboots"_s};
        QTest::addRow("duplicate") << Operation([](RuleDocument& d) {
            d.duplicateRule(1);
        }) << QStringList{u"Critical"_s, u"CVM reboots"_s, u"CVM reboots (copy)"_s, u"Databases"_s};
        QTest::addRow("delete") << Operation([](RuleDocument& d) { d.removeRule(0); })
                                << QStringList{u"CVM reboots"_s, u"Databases"_s};
        QTest::addRow("new") << Operation([](RuleDocument& d) { d.addRule(u"Fresh"_s, u"{\"a\": [1]}"_s); })
                             << QStringList{u"Critical"_s, u"CVM reboots"_s, u"Databases"_s, u"Fresh"_s};
        QTest::addRow("several") << Operation([](RuleDocument& d) {
            d.duplicateRule(0);
            d.moveRule(1, 3);
            d.removeRule(0);
            d.setEnabled(0, true);
        }) << QStringList{u"CVM reboots"_s, u"Databases"_s, u"Critical (copy)"_s};
    }

    void operationsUndoAndRedoExactly()
    {
        QFETCH(Operation, operation);
        QFETCH(QStringList, namesAfter);
        RuleDocument document;
        QAbstractItemModelTester tester(document.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.load(threeRules());
        QVERIFY(!document.isModified());
        const std::vector<EditedRule> before = document.model()->rules();

        operation(document);
        QCOMPARE(names(*document.model()), namesAfter);
        QVERIFY(document.isModified());
        const std::vector<EditedRule> after = document.model()->rules();
        QVERIFY(after != before);

        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(document.model()->rules() == before);
        QVERIFY(!document.isModified());
        while (document.undoStack()->canRedo())
            document.undoStack()->redo();
        QVERIFY(document.model()->rules() == after);
    }

    void checkboxIsAnUndoStep()
    {
        RuleDocument document;
        QAbstractItemModelTester tester(document.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.load(threeRules());
        const QModelIndex cvm = document.model()->index(1);
        QCOMPARE(cvm.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QSignalSpy changed(document.model(), &QAbstractItemModel::dataChanged);
        QVERIFY(document.model()->setData(cvm, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(cvm.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(cvm.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }

    void typingMergesIntoOneStep()
    {
        RuleDocument document;
        document.load(threeRules());
        const QString original = document.model()->rule(0).rule.name;
        for (const QString& name : {u"C"_s, u"Cr"_s, u"Cri"_s}) {
            EditedRule changed = document.model()->rule(0);
            changed.rule.name = name;
            document.editRule(0, changed, RuleDocument::Field::Name);
        }
        EditedRule pattern = document.model()->rule(0);
        pattern.setPatternText(u"{\"x\": [1]}"_s);
        document.editRule(0, pattern, RuleDocument::Field::Pattern);
        QCOMPARE(document.undoStack()->count(), 2); // the name (merged), then the pattern
        document.undoStack()->undo();
        QCOMPARE(document.model()->rule(0).rule.name, u"Cri"_s);
        document.undoStack()->undo();
        QCOMPARE(document.model()->rule(0).rule.name, original);
    }

    void invalidPatternIsFlaggedAndBlocksSaving()
    {
        RuleDocument document;
        document.load(threeRules());
        EditedRule broken = document.model()->rule(2);
        broken.setPatternText(u"{\"source\": [{\"prefix\": 5}]}"_s);
        document.editRule(2, broken, RuleDocument::Field::Pattern);
        QCOMPARE(document.model()->index(2).data(RuleListModel::PatternValidRole).toBool(), false);
        QVERIFY(!document.model()->index(2).data(Qt::DecorationRole).isNull()); // a sign, not only colour
        const Expected<rules::RuleSet> set = document.toRuleSet();
        QVERIFY(!set);
        QVERIFY2(set.error().message.contains(u"Databases"_s), qPrintable(set.error().message));
        QCOMPARE(set.error().where, u"$.rules[2].pattern.source[0].prefix"_s);
    }

    void unchangedPatternsKeepTheirSpelling()
    {
        RuleDocument document;
        const rules::RuleSet loaded = threeRules();
        document.load(loaded);
        const Expected<rules::RuleSet> saved = document.toRuleSet();
        QVERIFY(saved);
        for (size_t i = 0; i < loaded.rules.size(); ++i)
            QCOMPARE(saved->rules[i].patternJson, loaded.rules[i].patternJson);
    }
};

QTEST_MAIN(TstRuleListModel)
#include "tst_rulelistmodel.moc"
