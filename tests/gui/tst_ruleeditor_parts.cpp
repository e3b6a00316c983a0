// Two parts of the rule editor on their own: the pattern editor's JSON colouring tells keys, strings, numbers,
// literals and punctuation apart (and follows a dark palette), and a new rule's delivery fields show the policy's
// defaults, each with a tooltip that says what it does.
#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include "ui/rules/EditedRule.h"
#include "ui/rules/JsonHighlighter.h"
#include "ui/rules/RuleForm.h"

using namespace alertdesk;

namespace {

// The foreground colour the highlighter gave the character at `at` of the block (invalid: no format).
QColor colourAt(const QTextBlock& block, int at)
{
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (at >= range.start && at < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

int indexOf(const QTextBlock& block, const QString& token)
{
    return int(block.text().indexOf(token));
}

} // namespace

class TestRuleEditorParts final : public QObject
{
    Q_OBJECT

private slots:
    void jsonColouringTellsTokenKindsApart()
    {
        QTextDocument document;
        ui::JsonHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral(R"({"source": ["cvm", {"numeric": [">", 1.5]}], "on": true})"
                                             "\n"
                                             R"(  "region": null)"));
        highlighter.rehighlight();   // setDocument() defers the first pass to the event loop
        const QTextBlock first = document.firstBlock();
        const QColor key = colourAt(first, indexOf(first, QStringLiteral("source")));
        const QColor string = colourAt(first, indexOf(first, QStringLiteral("cvm")));
        const QColor number = colourAt(first, indexOf(first, QStringLiteral("1.5")));
        const QColor literal = colourAt(first, indexOf(first, QStringLiteral("true")));
        const QColor punctuation = colourAt(first, 0);
        for (const QColor& colour : {key, string, number, literal, punctuation})
            QVERIFY(colour.isValid());
        const QList<QColor> kinds{key, string, number, literal, punctuation};
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            for (qsizetype j = i + 1; j < kinds.size(); ++j)
                QVERIFY2(kinds[i] != kinds[j], qPrintable(QStringLiteral("kinds %1 and %2 look alike").arg(i).arg(j)));
        }
        // Every key and every string value alike, wherever it is.
        QCOMPARE(colourAt(first, indexOf(first, QStringLiteral("numeric"))), key);
        QCOMPARE(colourAt(first, indexOf(first, QStringLiteral(">"))), string);
        const QTextBlock second = first.next();
        QCOMPARE(colourAt(second, indexOf(second, QStringLiteral("region"))), key);
        QCOMPARE(colourAt(second, indexOf(second, QStringLiteral("null"))), literal);

        highlighter.setDark(true);
        QVERIFY2(colourAt(document.firstBlock(), indexOf(first, QStringLiteral("source"))) != key,
                 "a dark palette gets its own colours");
    }

    void newRuleShowsPolicyDefaultsWithTooltips()
    {
        ui::RuleForm form;
        rules::RuleSet::Rule rule;
        rule.id = QStringLiteral("new");
        rule.name = QStringLiteral("New rule");
        const ui::EditedRule edited = ui::EditedRule::fromRule(rule);
        form.setRule(&edited);

        const rules::DeliveryPolicy defaults;
        auto* sendResolved = form.findChild<QCheckBox*>(QStringLiteral("sendResolvedCheck"));
        QVERIFY(sendResolved);
        QCOMPARE(sendResolved->isChecked(), defaults.sendResolved);
        QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("groupWaitEdit"))->text(), QStringLiteral("30s"));
        QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("groupIntervalEdit"))->text(), QStringLiteral("5m"));
        QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("repeatIntervalEdit"))->text(), QStringLiteral("4h"));
        auto* throttle = form.findChild<QSpinBox*>(QStringLiteral("throttleCountSpin"));
        QCOMPARE(throttle->value(), 0);
        QCOMPARE(throttle->text(), QStringLiteral("Off"));
        QVERIFY(form.findChild<QLineEdit*>(QStringLiteral("groupByEdit"))->text().isEmpty());

        for (const char* name : {"sendResolvedCheck", "groupByEdit", "groupWaitEdit", "groupIntervalEdit",
                                 "repeatIntervalEdit", "throttleCountSpin", "timeZoneEdit", "muteTimesEdit",
                                 "activeTimesEdit"}) {
            QWidget* field = form.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(field, name);
            QVERIFY2(field->toolTip().size() > 20, name);
        }
    }
};

QTEST_MAIN(TestRuleEditorParts)
#include "tst_ruleeditor_parts.moc"
