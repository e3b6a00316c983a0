// What the filter bar offers while typing: field names (with labels.<name> for label names seen in the
// alerts), values seen in the data for the field being typed, and the span of text a choice replaces.
#include <QTest>

#include "FilterFixture.h"
#include "store/FilterCompletion.h"

using namespace alertdesk;
using namespace filterfixture;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(alertdesk::FilterCompletion::Kind)

class TestFilterCompletion final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void candidatesAreCapped();

private:
    AlertTable m_table;
};

void TestFilterCompletion::initTestCase()
{
    append(m_table,
           {u"c1"_s,
            u"cvm.cloud.tencent"_s,
            u"GuestReboot"_s,
            u"ins-1"_s,
            u"ap-guangzhou"_s,
            0,
            0,
            Severity::Critical,
            Status::Firing,
            u"t"_s,
            QString(),
            {{u"env"_s, u"prod"_s}, {u"team"_s, u"运维 一组"_s}},
            u"demo"_s});
    append(m_table,
           {u"c2"_s,
            u"alertmanager"_s,
            u"DiskFull"_s,
            u"db1"_s,
            u"ap-shanghai"_s,
            0,
            0,
            Severity::Major,
            Status::Firing,
            u"t"_s,
            QString(),
            {{u"env"_s, u"staging"_s}, {u"instance"_s, u"db1"_s}},
            u"demo"_s});
    // A removed alert's values are not offered.
    append(m_table,
           {u"c3"_s,
            u"gone.example"_s,
            u"Gone"_s,
            u"x"_s,
            u"eu-gone"_s,
            0,
            0,
            Severity::Info,
            Status::Firing,
            u"t"_s,
            QString(),
            {{u"env"_s, u"removed-env"_s}},
            u"demo"_s,
            AlertRow::Removed});
}

void TestFilterCompletion::complete_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<FilterCompletion::Kind>("kind");
    QTest::addColumn<int>("replaceStart");
    QTest::addColumn<int>("replaceLength");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");
    using K = FilterCompletion::Kind;
    QTest::addRow("empty text offers field names")
        << QString() << 0 << K::Field << 0 << 0 << QStringList{u"severity"_s, u"@age"_s, u"labels."_s}
        << QStringList{u"labels.env"_s};
    QTest::addRow("field prefix") << u"sev"_s << 3 << K::Field << 0 << 3 << QStringList{u"severity"_s}
                                  << QStringList{u"status"_s};
    QTest::addRow("field prefix after another term")
        << u"disk st"_s << 7 << K::Field << 5 << 2 << QStringList{u"status"_s} << QStringList{u"severity"_s};
    QTest::addRow("negated field prefix keeps the dash")
        << u"-reg"_s << 4 << K::Field << 1 << 3 << QStringList{u"region"_s} << QStringList();
    QTest::addRow("@ fields") << u"@a"_s << 2 << K::Field << 0 << 2 << QStringList{u"@age"_s, u"@acked"_s}
                              << QStringList{u"@silenced"_s};
    QTest::addRow("label names after labels.")
        << u"labels."_s << 7 << K::Field << 0 << 7
        << QStringList{u"labels.env"_s, u"labels.instance"_s, u"labels.team"_s} << QStringList{u"labels."_s};
    QTest::addRow("label name typed bare")
        << u"tea"_s << 3 << K::Field << 0 << 3 << QStringList{u"labels.team"_s} << QStringList{u"labels.env"_s};
    QTest::addRow("field part of a field term")
        << u"sev>=major"_s << 2 << K::Field << 0 << 3 << QStringList{u"severity"_s} << QStringList();
    QTest::addRow("severity values") << u"severity>="_s << 10 << K::Value << 10 << 0
                                     << QStringList{u"critical"_s, u"major"_s, u"unknown"_s} << QStringList();
    QTest::addRow("severity value prefix replaces the whole value")
        << u"severity=ma x"_s << 11 << K::Value << 9 << 2 << QStringList{u"major"_s} << QStringList{u"critical"_s};
    QTest::addRow("status values") << u"status:"_s << 7 << K::Value << 7 << 0
                                   << QStringList{u"firing"_s, u"resolved"_s, u"stateless"_s} << QStringList();
    QTest::addRow("boolean values") << u"@acked="_s << 7 << K::Value << 7 << 0 << QStringList{u"true"_s, u"false"_s}
                                    << QStringList();
    QTest::addRow("source values from the data")
        << u"source:"_s << 7 << K::Value << 7 << 0 << QStringList{u"cvm.cloud.tencent"_s, u"alertmanager"_s}
        << QStringList{u"gone.example"_s};
    QTest::addRow("region values by substring") << u"region:guang"_s << 12 << K::Value << 7 << 5
                                                << QStringList{u"ap-guangzhou"_s} << QStringList{u"ap-shanghai"_s};
    QTest::addRow("type values") << u"-type=D"_s << 7 << K::Value << 6 << 1 << QStringList{u"DiskFull"_s}
                                 << QStringList{u"GuestReboot"_s};
    QTest::addRow("label values of that label")
        << u"labels.env="_s << 11 << K::Value << 11 << 0 << QStringList{u"prod"_s, u"staging"_s}
        << QStringList{u"db1"_s, u"removed-env"_s};
    QTest::addRow("label value with a space comes quoted")
        << u"labels.team:运"_s << 13 << K::Value << 12 << 1 << QStringList{u"\"运维 一组\""_s} << QStringList();
    QTest::addRow("quoted value prefix") << u"labels.env=\"st"_s << 14 << K::Value << 11 << 3
                                         << QStringList{u"staging"_s} << QStringList{u"prod"_s};
    QTest::addRow("cursor in white space offers fields")
        << u"disk  x"_s << 5 << K::Field << 5 << 0 << QStringList{u"title"_s} << QStringList();
    QTest::addRow("inside a phrase: nothing")
        << u"\"disk fu"_s << 4 << K::None << 0 << 0 << QStringList() << QStringList();
}

void TestFilterCompletion::complete()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(FilterCompletion::Kind, kind);
    QFETCH(int, replaceStart);
    QFETCH(int, replaceLength);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    const FilterCompletion completion;
    const FilterCompletion::Completion result = completion.complete(text, cursor, m_table);
    QCOMPARE(result.kind, kind);
    if (kind == FilterCompletion::Kind::None) {
        QVERIFY(result.candidates.isEmpty());
        return;
    }
    QCOMPARE(result.replaceStart, replaceStart);
    QCOMPARE(result.replaceLength, replaceLength);
    for (const QString& candidate : mustHave)
        QVERIFY2(result.candidates.contains(candidate), qPrintable(result.candidates.join(u", ")));
    for (const QString& candidate : mustNotHave)
        QVERIFY2(!result.candidates.contains(candidate), qPrintable(result.candidates.join(u", ")));
    // A chosen candidate put in place gives a filter that compiles (values) or a known field (names).
    if (kind == FilterCompletion::Kind::Value && !result.candidates.isEmpty()) {
        QString completed = text;
        completed.replace(result.replaceStart, result.replaceLength, result.candidates.first());
        const auto filter = AlertFilter::compile(completed);
        QVERIFY2(filter, qPrintable(completed));
    }
}

void TestFilterCompletion::candidatesAreCapped()
{
    AlertTable table;
    for (int i = 0; i < 300; ++i)
        append(table, basic(QString::number(i), u"src"_s + QString::number(i)));
    FilterCompletion completion;
    completion.setMaxCandidates(20);
    const auto result = completion.complete(u"source:src"_s, 10, table);
    QCOMPARE(result.candidates.size(), 20);
    for (const QString& candidate : result.candidates)
        QVERIFY(candidate.startsWith(u"src"_s));
}

QTEST_GUILESS_MAIN(TestFilterCompletion)
#include "tst_filtercompletion.moc"
