// The filter text split into terms: where each part is (the filter bar marks errors and completes by these
// offsets), quoting and escapes, every operator, what is a word and what a field, and durations.
#include <QTest>

#include "store/Duration.h"
#include "store/FilterParser.h"

using namespace alertdesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(alertdesk::FilterOp)
Q_DECLARE_METATYPE(alertdesk::FilterField)

class TestFilterParser final : public QObject
{
    Q_OBJECT

private slots:
    void spans();
    void operators_data();
    void operators();
    void fields_data();
    void fields();
    void wordsAndPhrases_data();
    void wordsAndPhrases();
    void whiteSpaceSeparates();
    void durations_data();
    void durations();
};

void TestFilterParser::spans()
{
    const QString text = uR"(  -title:"a \"b\" \\ c"  sev)"_s;
    const auto tokens = filterparser::tokenize(text);
    QCOMPARE(tokens.size(), 2);
    const FilterToken& first = tokens.at(0);
    QVERIFY(first.negated);
    QCOMPARE(first.whole.start, 2);
    QCOMPARE(text.sliced(first.field.start, first.field.length), u"title"_s);
    QCOMPARE(text.sliced(first.op.start, first.op.length), u":"_s);
    QCOMPARE(text.sliced(first.value.start, first.value.length), uR"("a \"b\" \\ c")"_s);
    QCOMPARE(first.whole.end(), first.value.end());
    QVERIFY(first.quoted);
    QCOMPARE(first.text, uR"(a "b" \ c)"_s);
    const FilterToken& second = tokens.at(1);
    QVERIFY(!second.negated);
    QCOMPARE(second.field.length, 0);
    QCOMPARE(second.value.start, int(text.size()) - 3);
    QCOMPARE(second.text, u"sev"_s);
}

void TestFilterParser::operators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<FilterOp>("op");
    QTest::addColumn<QString>("value");
    QTest::addRow(":") << u"title:x"_s << FilterOp::Contains << u"x"_s;
    QTest::addRow("=") << u"title=x"_s << FilterOp::Equal << u"x"_s;
    QTest::addRow("!=") << u"title!=x"_s << FilterOp::NotEqual << u"x"_s;
    QTest::addRow("~") << u"title~x"_s << FilterOp::Regex << u"x"_s;
    QTest::addRow("!~") << u"title!~x"_s << FilterOp::NotRegex << u"x"_s;
    QTest::addRow(">") << u"title>x"_s << FilterOp::Greater << u"x"_s;
    QTest::addRow(">=") << u"title>=x"_s << FilterOp::GreaterEqual << u"x"_s;
    QTest::addRow("<") << u"title<x"_s << FilterOp::Less << u"x"_s;
    QTest::addRow("<=") << u"title<=x"_s << FilterOp::LessEqual << u"x"_s;
    QTest::addRow("the first operator splits") << u"title:a=b:c"_s << FilterOp::Contains << u"a=b:c"_s;
    QTest::addRow("value starting with an operator") << u"title==x"_s << FilterOp::Equal << u"=x"_s;
}

void TestFilterParser::operators()
{
    QFETCH(QString, text);
    QFETCH(FilterOp, op);
    QFETCH(QString, value);
    const auto terms = filterparser::parse(text);
    QVERIFY(terms);
    QCOMPARE(terms->size(), 1);
    QCOMPARE(terms->at(0).field, FilterField::Title);
    QCOMPARE(terms->at(0).op, op);
    QCOMPARE(terms->at(0).token.text, value);
}

void TestFilterParser::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<FilterField>("field");
    QTest::addColumn<QString>("name");
    const auto add = [](const char* text, FilterField field, const char* name = "") {
        QTest::addRow("%s", text) << QString::fromUtf8(text) << field << QString::fromUtf8(name);
    };
    add("id:x", FilterField::Id);
    add("source:x", FilterField::Source);
    add("type:x", FilterField::Type);
    add("subject:x", FilterField::Subject);
    add("region:x", FilterField::Region);
    add("time>2026-01-01", FilterField::Time);
    add("severity>=major", FilterField::Severity);
    add("Severity>=major", FilterField::Severity);
    add("status=firing", FilterField::Status);
    add("title:x", FilterField::Title);
    add("summary:x", FilterField::Summary);
    add("labels:x", FilterField::AllLabels);
    add("data:x", FilterField::DataPath);
    add("fingerprint:x", FilterField::Fingerprint);
    add("origin:x", FilterField::Origin);
    add("labels.alertname=x", FilterField::Label, "alertname");
    add("labels.Env=x", FilterField::Label, "Env");
    add("data.a.b.0=x", FilterField::DataPath, "a.b.0");
    add("@age<5m", FilterField::Age);
    add("@acked=true", FilterField::Acked);
    add("@silenced=no", FilterField::Silenced);
}

void TestFilterParser::fields()
{
    QFETCH(QString, text);
    QFETCH(FilterField, field);
    QFETCH(QString, name);
    const auto terms = filterparser::parse(text);
    QVERIFY2(terms, qPrintable(terms ? QString() : terms.error().message));
    QCOMPARE(terms->at(0).field, field);
    QCOMPARE(terms->at(0).name, name);
}

void TestFilterParser::wordsAndPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("negated");
    QTest::addRow("word") << u"disk"_s << u"disk"_s << false;
    QTest::addRow("negated word") << u"-disk"_s << u"disk"_s << true;
    QTest::addRow("double dash negates a dash word") << u"--x"_s << u"-x"_s << true;
    QTest::addRow("phrase") << uR"("disk full")"_s << u"disk full"_s << false;
    QTest::addRow("negated phrase") << uR"(-"disk full")"_s << u"disk full"_s << true;
    QTest::addRow("operator first is a word") << u"<none>"_s << u"<none>"_s << false;
    QTest::addRow("smiley is a word") << u":)"_s << u":)"_s << false;
    QTest::addRow("lone ! is not an operator") << u"wow!"_s << u"wow!"_s << false;
    QTest::addRow("Chinese") << u"磁盘满"_s << u"磁盘满"_s << false;
    QTest::addRow("other backslashes stay") << uR"("a\nb")"_s << uR"(a\nb)"_s << false;
}

void TestFilterParser::wordsAndPhrases()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(bool, negated);
    const auto terms = filterparser::parse(text);
    QVERIFY2(terms, qPrintable(terms ? QString() : terms.error().message));
    QCOMPARE(terms->size(), 1);
    QCOMPARE(terms->at(0).field, FilterField::Text);
    QCOMPARE(terms->at(0).token.text, word);
    QCOMPARE(terms->at(0).token.negated, negated);
}

void TestFilterParser::whiteSpaceSeparates()
{
    const auto terms = filterparser::parse(u"\tdisk  severity>=major\u3000x \"a b\"  "_s);
    QVERIFY(terms);
    QStringList words;
    for (const FilterTerm& term : *terms)
        words.append(term.token.text);
    // U+3000 (the ideographic space a Chinese input method types) separates too.
    QCOMPARE(words, QStringList({u"disk"_s, u"major"_s, u"x"_s, u"a b"_s}));
    QVERIFY(filterparser::parse(u"   "_s)->isEmpty());
}

void TestFilterParser::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: refused
    QTest::addRow("seconds") << u"90s"_s << qint64(90'000);
    QTest::addRow("minutes") << u"10m"_s << qint64(600'000);
    QTest::addRow("hours") << u"2h"_s << qint64(7'200'000);
    QTest::addRow("days") << u"1d"_s << qint64(86'400'000);
    QTest::addRow("weeks") << u"1w"_s << qint64(604'800'000);
    QTest::addRow("milliseconds") << u"250ms"_s << qint64(250);
    QTest::addRow("compound") << u"1h30m"_s << qint64(5'400'000);
    QTest::addRow("compound three") << u"1d2h3m"_s << qint64(93'780'000);
    QTest::addRow("zero") << u"0s"_s << qint64(0);
    QTest::addRow("bare number") << u"10"_s << qint64(-1);
    QTest::addRow("unknown unit") << u"10x"_s << qint64(-1);
    QTest::addRow("unit first") << u"m10"_s << qint64(-1);
    QTest::addRow("empty") << QString() << qint64(-1);
    QTest::addRow("negative") << u"-5m"_s << qint64(-1);
    QTest::addRow("fraction") << u"1.5h"_s << qint64(-1);
    QTest::addRow("trailing number") << u"1h30"_s << qint64(-1);
    QTest::addRow("absurdly large") << u"99999999999s"_s << qint64(-1);
}

void TestFilterParser::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = parseDurationMs(text);
    QCOMPARE(parsed.value_or(-1), ms);
}

QTEST_GUILESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"
