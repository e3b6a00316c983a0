// The filter language evaluated on an alert table: every operator on every kind of field, negation, phrases,
// severity rank, @age against an injected clock, labels and data paths, Unicode case folding, errors at their
// place, and the parallel evaluation agreeing with the row-by-row one.
#include <algorithm>
#include <numeric>
#include <random>

#include <QTest>

#include "FilterFixture.h"

using namespace alertdesk;
using namespace filterfixture;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

QStringList ids(const char* const list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestAlertFilter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void errors_data();
    void errors();
    void dataValuesAreExtractedAsText_data();
    void dataValuesAreExtractedAsText();
    void poolValuesAddedAfterCompileAreSeen();
    void removedRowsNeverMatch();
    void parallelEqualsSequential_data();
    void parallelEqualsSequential();

private:
    AlertTable m_table;
    QHash<quint32, QByteArray> m_data;
};

void TestAlertFilter::initTestCase()
{
    const QString tencent = QStringLiteral("cvm.cloud.tencent");
    const QString am = QStringLiteral("alertmanager");
    append(m_table,
           {u"a1"_s,
            tencent,
            u"cvm:ErrorEvent:GuestReboot"_s,
            u"ins-1a2b"_s,
            u"ap-guangzhou"_s,
            30 * second,
            30 * second,
            Severity::Critical,
            Status::Firing,
            u"机器重启"_s,
            u"实例 ins-1a2b 发生重启"_s,
            {{u"env"_s, u"prod"_s}, {u"replicas"_s, u"10"_s}, {u"team"_s, u"运维"_s}},
            u"demo"_s,
            0,
            R"({"cpu": 95, "disk": {"mount": "/data", "free": "1.50"}, "tags": ["a", "b"]})"},
           &m_data);
    append(m_table,
           {u"a2"_s,
            am,
            u"DiskFull"_s,
            u"db1"_s,
            QString(),
            10 * minute,
            3 * minute,
            Severity::Major,
            Status::Firing,
            u"Disk full on db1"_s,
            u"Disk 95% full"_s,
            {{u"alertname"_s, u"DiskFull"_s},
             {u"env"_s, u"staging"_s},
             {u"instance"_s, u"db1:9100"_s},
             {u"replicas"_s, u"abc"_s}},
            u"ws://127.0.0.1:8765/feed"_s,
            AlertRow::Acknowledged,
            R"({"disk": {"mount": "/"}})"},
           &m_data);
    append(m_table,
           {u"a3"_s,
            am,
            u"HighLatency"_s,
            u"api"_s,
            u"eu-west"_s,
            2 * hour,
            28 * hour,
            Severity::Warning,
            Status::Resolved,
            u"ÄRGER with latency"_s,
            u"p99 above 2s"_s,
            {{u"env"_s, u"prod"_s}, {u"replicas"_s, u"9"_s}, {u"team"_s, u"web"_s}},
            u"file:alerts.json"_s,
            AlertRow::Silenced,
            R"({"cpu": 12.5})"},
           &m_data);
    append(m_table,
           {u"a4"_s,
            u"custom.app"_s,
            u"Heartbeat"_s,
            u"worker 7"_s,
            u"ap-guangzhou"_s,
            2 * day,
            25 * hour,
            Severity::Info,
            Status::Stateless,
            u"heartbeat \"quoted\" ok"_s,
            QString(),
            {},
            u"stdin"_s,
            0,
            R"("plain string")"},
           &m_data);
    append(m_table,
           {u"a5"_s,
            am,
            u"DiskFull"_s,
            u"db9"_s,
            QString(),
            minute,
            minute,
            Severity::Critical,
            Status::Firing,
            u"Disk full on db9"_s,
            u"removed"_s,
            {{u"env"_s, u"prod"_s}},
            u"demo"_s,
            AlertRow::Removed,
            R"({"cpu": 99})"},
           &m_data);
    append(m_table,
           {u"a6"_s,
            tencent,
            u"cvm:ErrorEvent:DiskReadonly"_s,
            u"ins-9z"_s,
            u"ap-shanghai"_s,
            45 * second,
            45 * second,
            Severity::Unknown,
            Status::Firing,
            u"磁盘只读"_s,
            u"disk readonly"_s,
            {{u"env"_s, u"prod eu"_s}},
            u"demo"_s,
            0,
            R"({"cpu": "n/a"})"},
           &m_data);
}

void TestAlertFilter::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char* name, const char* filter, const char* expected) {
        QTest::addRow("%s", name) << QString::fromUtf8(filter) << ids(expected);
    };
    row("empty filter: every live alert", "", "a1 a2 a3 a4 a6");
    row("word in title and summary", "disk", "a2 a6");
    row("word is case-insensitive", "DISK", "a2 a6");
    row("Chinese word", "重启", "a1");
    row("non-ASCII folding: lower finds upper", "ärger", "a3");
    row("non-ASCII folding: upper finds upper", "ÄRGER", "a3");
    row("word in source", "tencent", "a1 a6");
    row("word in type only", "guestreboot", "a1");
    row("word in a label value", "staging", "a2");
    row("label names are not searched", "instance", "");
    row("phrase", R"("full on db1")", "a2");
    row("phrase keeps its spaces", R"("full  on")", "");
    row("negated word", "-disk", "a1 a3 a4");
    row("negated phrase", R"(-"full on")", "a1 a3 a4 a6");
    row("all terms must hold", "disk tencent", "a6");
    row("pool contains", "source:TENCENT", "a1 a6");
    row("pool equals", "source=alertmanager", "a2 a3");
    row("pool equals is exact", "source=Alertmanager", "");
    row("pool not equal", "source!=alertmanager", "a1 a4 a6");
    row("pool regex", "source~^cvm", "a1 a6");
    row("pool not regex", "source!~^cvm", "a2 a3 a4");
    row("pool greater (lexical)", "source>custom", "a1 a4 a6");
    row("pool less (lexical)", "source<b", "a2 a3");
    row("type contains", "type:disk", "a2 a6");
    row("empty region equals empty", R"(region="")", "a2");
    row("region contains", "region:guangzhou", "a1 a4");
    row("negated region", "-region:guangzhou", "a2 a3 a6");
    row("origin contains", "origin:file", "a3");
    row("origin equals", "origin=demo", "a1 a6");
    row("id equals", "id=a1", "a1");
    row("id contains ignores case", "id:A1", "a1");
    row("id regex", "id~^a[12]$", "a1 a2");
    row("quoted subject with a space", R"(subject:"worker 7")", "a4");
    row("subject equals", "subject=db1", "a2");
    row("subject contains ignores case", "subject:INS", "a1 a6");
    row("title regex", R"(title~"Disk.*db1")", "a2");
    row("title regex is case-sensitive", R"(title~"disk.*db1")", "");
    row("title regex with (?i)", R"(title~"(?i)disk.*db1")", "a2");
    row("title regex on Chinese", "title~^磁盘", "a6");
    row("title not regex", "title!~Disk", "a1 a3 a4 a6");
    row("escaped quotes in a value", R"(title:"\"quoted\"")", "a4");
    row("title contains non-ASCII folded", "title:ärger", "a3");
    row("title greater (lexical, UTF-8 order)", "title>h", "a1 a3 a4 a6");
    row("summary contains", "summary:95%", "a2");
    row("summary equals empty", R"(summary="")", "a4");
    row("fingerprint equals", "fingerprint=fp-a3", "a3");
    row("severity at least major", "severity>=major", "a1 a2");
    row("severity equals", "severity=critical", "a1");
    row("severity below warning", "severity<warning", "a4 a6");
    row("severity not unknown", "severity!=unknown", "a1 a2 a3 a4");
    row("severity word ignores case", "severity:MAJOR", "a2");
    row("severity at most info", "severity<=info", "a4 a6");
    row("severity above info", "severity>info", "a1 a2 a3");
    row("negated severity", "-severity>=major", "a3 a4 a6");
    row("status equals", "status=firing", "a1 a2 a6");
    row("status not equal", "status!=firing", "a3 a4");
    row("status contains means equals", "status:resolved", "a3");
    row("age below 10m", "@age<10m", "a1 a6");
    row("age at most 10m", "@age<=10m", "a1 a2 a6");
    row("age above 1h", "@age>1h", "a3 a4");
    row("age compound duration", "@age>=1h30m", "a3 a4");
    row("age above a day", "@age>1d", "a4");
    row("age equals", "@age=10m", "a2");
    row("age in seconds", "@age<40s", "a1");
    row("acked true", "@acked=true", "a2");
    row("acked yes", "@acked:yes", "a2");
    row("acked no", "@acked=no", "a1 a3 a4 a6");
    row("acked not true", "@acked!=true", "a1 a3 a4 a6");
    row("silenced", "@silenced=TRUE", "a3");
    row("time on a date", "time=2026-11-26", "a3 a4");
    row("time after a date", "time>2026-11-26", "a1 a2 a6");
    row("time before a date", "time<2026-11-27", "a3 a4");
    row("time from an instant", "time>=2026-11-26T10:00:00Z", "a1 a2 a4 a6");
    row("time at most an instant", "time<=2026-11-26T08:00:00Z", "a3");
    row("time equals an instant", "time=2026-11-26T08:00:00Z", "a3");
    row("time with an offset", "time<2026-11-26T16:30:00+08:00", "a3");
    row("label equals", "labels.env=prod", "a1 a3");
    row("label contains", "labels.env:PROD", "a1 a3 a6");
    row("label not equal: missing label is false", "labels.env!=prod", "a2 a6");
    row("negated label: missing label is true", "-labels.env=prod", "a2 a4 a6");
    row("label Chinese value", "labels.team:运维", "a1");
    row("label regex", "labels.env~^prod$", "a1 a3");
    row("label not regex", "labels.env!~^prod", "a2");
    row("label value with colon", R"(labels.instance="db1:9100")", "a2");
    row("missing label", "labels.nosuch:x", "");
    row("negated missing label", "-labels.nosuch:x", "a1 a2 a3 a4 a6");
    row("label numeric greater", "labels.replicas>9", "a1 a2");
    row("label numeric less", "labels.replicas<10", "a3");
    row("labels contains name=value", "labels:env=prod", "a1 a3 a6");
    row("labels equals name=value", "labels=env=prod", "a1 a3");
    row("labels not equal: no label is it", "labels!=env=prod", "a2 a6");
    row("labels contains Chinese", "labels:运维", "a1");
    row("labels regex", "labels~^team=", "a1 a3");
    row("data numeric greater", "data.cpu>50", "a1 a6");
    row("data numeric less", "data.cpu<50", "a3");
    row("data nested", "data.disk.mount=/data", "a1");
    row("data nested other", "data.disk.mount=/", "a2");
    row("data string kept as written", "data.disk.free=1.50", "a1");
    row("data string compared as number", "data.disk.free>1.4", "a1");
    row("data array element", "data.tags.1=b", "a1");
    row("data array as compact JSON", R"(data.tags="[\"a\",\"b\"]")", "a1");
    row("data whole value", "data:plain", "a4");
    row("data not equal: missing is false", "data.cpu!=95", "a3 a6");
    row("data missing path", "data.nosuch:x", "");
    row("negated data path", "-data.cpu>50", "a2 a3 a4");
    row("data regex", "data.cpu~^9", "a1");
    row("several kinds at once", "severity>=warning labels.env:prod -@silenced=true", "a1");
}

void TestAlertFilter::matches()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    const auto compiled = AlertFilter::compile(filter);
    QVERIFY2(compiled, qPrintable(compiled ? QString() : compiled.error().message));
    const FilterDataValues data = dataValues(*compiled, m_data);
    QStringList rowByRow;
    for (quint32 row = 0; row < m_table.size(); ++row) {
        if (compiled->matches(m_table, row, nowMs(), &data))
            rowByRow.append(idOf(m_table, row));
    }
    QCOMPARE(rowByRow, expected);

    std::vector<quint32> candidates(m_table.size());
    std::iota(candidates.begin(), candidates.end(), 0u);
    std::vector<quint32> out;
    compiled->filterRows(m_table, candidates, nowMs(), out, &data);
    QStringList batch;
    for (const quint32 row : out)
        batch.append(idOf(m_table, row));
    QCOMPARE(batch, expected);
}

void TestAlertFilter::errors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("mentions"); // a word the message must contain
    QTest::addRow("unknown field") << u"foo:bar"_s << 0 << 3 << u"foo"_s;
    QTest::addRow("unknown field in the second term") << u"disk nosuch=1"_s << 5 << 6 << u"nosuch"_s;
    QTest::addRow("offsets count UTF-16 after Chinese") << u"磁盘 foo:x"_s << 3 << 3 << u"foo"_s;
    QTest::addRow("labels. without a name") << u"labels.:x"_s << 0 << 7 << u"labels."_s;
    QTest::addRow("bad regex") << uR"(title~"(unclosed")"_s << 6 << 11 << u"regular expression"_s;
    QTest::addRow("bad duration unit") << u"@age<10x"_s << 5 << 3 << u"10x"_s;
    QTest::addRow("duration without unit") << u"@age<10"_s << 5 << 2 << u"duration"_s;
    QTest::addRow("unknown severity") << u"severity>=urgent"_s << 10 << 6 << u"urgent"_s;
    QTest::addRow("regex not allowed on severity") << u"severity~maj"_s << 8 << 1 << u"~"_s;
    QTest::addRow("ordering not allowed on status") << u"status>firing"_s << 6 << 1 << u">"_s;
    QTest::addRow("unknown status") << u"status=open"_s << 7 << 4 << u"open"_s;
    QTest::addRow("contains not allowed on age") << u"@age:1h"_s << 4 << 1 << u":"_s;
    QTest::addRow("unclosed quote in a value") << uR"(title:"abc)"_s << 6 << 4 << u"quote"_s;
    QTest::addRow("unclosed phrase") << uR"(ok "abc def)"_s << 3 << 8 << u"quote"_s;
    QTest::addRow("empty value") << u"title: disk"_s << 5 << 1 << u":"_s;
    QTest::addRow("empty value at the end") << u"region!="_s << 6 << 2 << u"!="_s;
    QTest::addRow("nothing to negate") << u"disk - x"_s << 5 << 1 << u"-"_s;
    QTest::addRow("text glued to a closing quote") << uR"("abc"def)"_s << 5 << 3 << u"quote"_s;
    QTest::addRow("bad boolean") << u"@acked=maybe"_s << 7 << 5 << u"maybe"_s;
    QTest::addRow("bad time") << u"time>yesterday"_s << 5 << 9 << u"yesterday"_s;
    QTest::addRow("a URL must be quoted") << u"http://x"_s << 0 << 4 << u"http"_s;
}

void TestAlertFilter::errors()
{
    QFETCH(QString, filter);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, mentions);
    const auto compiled = AlertFilter::compile(filter);
    QVERIFY(!compiled);
    QCOMPARE(compiled.error().position, position);
    QCOMPARE(compiled.error().length, length);
    QVERIFY2(compiled.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(compiled.error().message));
    QVERIFY(compiled.error().message.endsWith(u'.'));
}

void TestAlertFilter::dataValuesAreExtractedAsText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("present");
    QTest::addRow("string unescaped") << QByteArray(R"({"a": "x \"y\" \u00e9"})") << u"a"_s
                                      << QByteArray("x \"y\" \xc3\xa9") << true;
    QTest::addRow("number as written") << QByteArray(R"({"a": 1.50e2 })") << u"a"_s << QByteArray("1.50e2") << true;
    QTest::addRow("boolean") << QByteArray(R"({"a": true})") << u"a"_s << QByteArray("true") << true;
    QTest::addRow("null") << QByteArray(R"({"a": null})") << u"a"_s << QByteArray("null") << true;
    QTest::addRow("object compact") << QByteArray(R"({"a": { "b" : [1, 2] }})") << u"a"_s
                                    << QByteArray(R"({"b":[1,2]})") << true;
    QTest::addRow("array index") << QByteArray(R"({"a": [{"b": 1}, {"b": 2}]})") << u"a.1.b"_s << QByteArray("2")
                                 << true;
    QTest::addRow("key with a slash") << QByteArray(R"({"a/b": 3})") << u"a/b"_s << QByteArray("3") << true;
    QTest::addRow("missing key") << QByteArray(R"({"a": 1})") << u"b"_s << QByteArray() << false;
    QTest::addRow("index past the end") << QByteArray(R"([1])") << u"3"_s << QByteArray() << false;
    QTest::addRow("whole object") << QByteArray(R"( {"a" : 1} )") << QString() << QByteArray(R"({"a":1})") << true;
    QTest::addRow("whole string") << QByteArray(R"("hello")") << QString() << QByteArray("hello") << true;
    QTest::addRow("invalid JSON") << QByteArray(R"({"a": )") << u"a"_s << QByteArray() << false;
}

void TestAlertFilter::dataValuesAreExtractedAsText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    QFETCH(bool, present);
    const auto values = extractDataValues(json, {path, u"nothing.here"_s});
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(0).has_value(), present);
    if (present)
        QCOMPARE(*values.at(0), expected);
    QVERIFY(!values.at(1).has_value());
}

void TestAlertFilter::poolValuesAddedAfterCompileAreSeen()
{
    // A live update interns a new source after the filter was compiled and used.
    AlertTable table;
    append(table, basic(u"b1"_s, u"one.example"_s));
    const auto filter = AlertFilter::compile(u"source:two"_s);
    QVERIFY(filter);
    QVERIFY(!filter->matches(table, 0, nowMs()));
    const quint32 added = append(table, basic(u"b2"_s, u"two.example"_s));
    QVERIFY(filter->matches(table, added, nowMs()));
    const AlertFilter copy = *filter; // a copy shares the program and keeps working
    QVERIFY(copy.matches(table, added, nowMs()));
    QVERIFY(!copy.matches(table, 0, nowMs()));
}

void TestAlertFilter::removedRowsNeverMatch()
{
    AlertTable table;
    Spec spec = basic(u"r1"_s, u"src"_s);
    spec.severity = Severity::Critical;
    const quint32 row = append(table, spec);
    for (const auto* text : {"", "src", "-nothing", "severity=critical", "id=r1"}) {
        const auto filter = AlertFilter::compile(QString::fromUtf8(text));
        QVERIFY(filter);
        QVERIFY(filter->matches(table, row, nowMs()));
        table.markRemoved(row);
        QVERIFY2(!filter->matches(table, row, nowMs()), text);
        table.row(row).flags = 0;
    }
}

void TestAlertFilter::parallelEqualsSequential_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addRow("word") << u"disk"_s;
    QTest::addRow("pooled field") << u"region:guangzhou"_s;
    QTest::addRow("regex") << u"title~\"disk.*(full|slow)\""_s;
    QTest::addRow("severity and negation") << u"severity>=major -status=resolved"_s;
    QTest::addRow("label and age") << u"labels.env=prod @age<1h"_s;
}

void TestAlertFilter::parallelEqualsSequential()
{
    QFETCH(QString, filter);
    AlertTable table;
    std::mt19937 random(20261127);
    const QStringList regions = {u"ap-guangzhou"_s, u"ap-shanghai"_s, u"eu-west"_s, QString()};
    const QStringList words = {u"disk"_s, u"full"_s, u"slow"_s, u"cpu"_s, u"磁盘"_s, u"Disk"_s};
    for (int i = 0; i < 200'000; ++i) {
        Spec spec = basic(QString::number(i), u"src"_s + QString::number(random() % 20));
        spec.type = u"T"_s + QString::number(random() % 50);
        spec.subject = u"host-"_s + QString::number(random() % 1000);
        spec.region = regions.at(random() % regions.size());
        spec.ageMs = qint64(random() % (2 * 3600)) * 1000;
        spec.severity = Severity(random() % 5);
        spec.status = Status(random() % 3);
        spec.title = words.at(random() % words.size()) + u' ' + words.at(random() % words.size());
        spec.labels = {{u"env"_s, random() % 2 ? u"prod"_s : u"dev"_s}};
        spec.flags = random() % 50 == 0 ? AlertRow::Removed : 0;
        append(table, spec);
    }
    const auto compiled = AlertFilter::compile(filter);
    QVERIFY(compiled);
    // Candidates in a scrambled order: the result keeps it.
    std::vector<quint32> candidates(table.size());
    std::iota(candidates.begin(), candidates.end(), 0u);
    std::shuffle(candidates.begin(), candidates.end(), random);
    std::vector<quint32> sequential;
    for (const quint32 row : candidates) {
        if (compiled->matches(table, row, nowMs()))
            sequential.push_back(row);
    }
    std::vector<quint32> parallel;
    compiled->filterRows(table, candidates, nowMs(), parallel);
    QVERIFY(!sequential.empty());
    QVERIFY(sequential.size() < candidates.size());
    QCOMPARE(parallel.size(), sequential.size());
    QVERIFY(parallel == sequential);
}

QTEST_GUILESS_MAIN(TestAlertFilter)
#include "tst_alertfilter.moc"
