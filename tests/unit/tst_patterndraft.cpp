#include <string_view>
#include <vector>

#include <QTest>

#include "event/EventJson.h"
#include "rules/PatternDraft.h"
#include "rules/PatternJson.h"
#include "rules/PatternParser.h"
#include "rules/RuleMatcher.h"

using namespace alertdesk;
using namespace alertdesk::rules;
using namespace Qt::StringLiterals;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

// Whether `pattern` (text) matches the event JSON, by the engine's naive loop.
bool matches(const QString& pattern, const QByteArray& eventJson)
{
    const QByteArray utf8 = pattern.toUtf8();
    Expected<Pattern> compiled = PatternParser::parse(view(utf8));
    if (!compiled)
        return false;
    RuleMatcher matcher;
    matcher.add(std::move(*compiled));
    std::vector<uint32_t> hits;
    return matcher.matchEachRule(view(eventJson), hits) && !hits.empty();
}

// The pattern's top-level keys, in order.
QStringList keys(const QString& pattern)
{
    const QByteArray utf8 = pattern.toUtf8();
    const Expected<JsonNode> root = parseJsonDocument(view(utf8));
    QStringList out;
    if (root)
        for (const JsonMember& member : root->members)
            out << QString::fromStdString(member.key);
    return out;
}

const QByteArray kTencent =
    R"({"specversion":"1.0","id":"e1","source":"cvm.cloud.tencent","type":"cvm:ErrorEvent:GuestReboot","subject":"ins-1a2b","region":"ap-guangzhou","time":"2026-11-27T06:00:00Z","status":"1","data":{"a":1},"alertdesk":{"severity":"critical","status":"firing","fingerprint":"fp1","title":"t"}})";
const QByteArray kSubjuect =
    R"({"specversion":"1.0","id":"e2","source":"cvm.cloud.tencent","type":"cvm:ErrorEvent:GuestReboot","subjuect":"ins-9z","region":"ap-beijing","alertdesk":{"severity":"critical","status":"firing","fingerprint":"fp2","title":"t"}})";
const QByteArray kAlertmanager =
    R"({"specversion":"1.0","id":"x","source":"http://am:9093","type":"alertmanager.alert","subject":"db1:9100","data":{"labels":{"alertname":"DiskFull"}},"alertdesk":{"severity":"major","status":"firing","fingerprint":"abc","title":"DiskFull"}})";

} // namespace

// "New rule from this alert…": the pre-filled pattern catches the alert it came from (and the same kind of alert
// again), not its neighbours, and uses the keys the source actually wrote.
class TstPatternDraft final : public QObject
{
    Q_OBJECT

private slots:
    void fromEventJson_data()
    {
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<QStringList>("expectedKeys");
        QTest::addColumn<QByteArray>("neighbour"); // differs in one drafted field: must not match
        QTest::addRow("tencent, all four fields")
            << kTencent << QStringList{u"source"_s, u"type"_s, u"subject"_s, u"region"_s}
            << QByteArray(kTencent).replace("ins-1a2b", "ins-other");
        QTest::addRow("tencent's subjuect spelling")
            << kSubjuect << QStringList{u"source"_s, u"type"_s, u"subjuect"_s, u"region"_s}
            << QByteArray(kSubjuect).replace("ap-beijing", "ap-shanghai");
        QTest::addRow("alertmanager: no region attribute")
            << kAlertmanager << QStringList{u"source"_s, u"type"_s, u"subject"_s}
            << QByteArray(kAlertmanager).replace("db1:9100", "db2:9100");
    }

    void fromEventJson()
    {
        QFETCH(QByteArray, event);
        QFETCH(QStringList, expectedKeys);
        QFETCH(QByteArray, neighbour);
        // The fields as the desk decoded them may differ from the JSON (subjuect): the JSON decides.
        const DraftFields fields{u"ignored-source"_s, u"ignored-type"_s, u"ignored-subject"_s, u"ignored"_s, {}};
        const QString pattern = PatternDraft::build(fields, event);
        QCOMPARE(keys(pattern), expectedKeys);
        QVERIFY2(matches(pattern, event), qPrintable(pattern));
        QVERIFY2(!matches(pattern, neighbour), qPrintable(pattern));
        QVERIFY(pattern.contains(u'\n')); // pretty-printed for the editor
    }

    void fromFieldsOnly_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("expectedKeys");
        QTest::addRow("all four") << u"ins-1"_s << u"ap-guangzhou"_s
                                  << QStringList{u"source"_s, u"type"_s, u"subject"_s, u"region"_s};
        QTest::addRow("empty region left out")
            << u"ins-1"_s << QString() << QStringList{u"source"_s, u"type"_s, u"subject"_s};
        QTest::addRow("quotes, backslash and CJK are escaped")
            << u"机器 \"a\\b\""_s << u"广州"_s << QStringList{u"source"_s, u"type"_s, u"subject"_s, u"region"_s};
    }

    void fromFieldsOnly()
    {
        QFETCH(QString, subject);
        QFETCH(QString, region);
        QFETCH(QStringList, expectedKeys);
        const DraftFields fields{u"cvm.cloud.tencent"_s, u"cvm:ErrorEvent:GuestReboot"_s, subject, region, {}};
        const QString pattern = PatternDraft::build(fields);
        QCOMPARE(keys(pattern), expectedKeys);
        // An event carrying exactly these values matches it.
        QByteArray event = R"({"source":"cvm.cloud.tencent","type":"cvm:ErrorEvent:GuestReboot","subject":)";
        appendJsonString(event, subject);
        event += R"(,"region":)";
        appendJsonString(event, region);
        event += '}';
        QVERIFY2(matches(pattern, event), qPrintable(pattern));
    }

    void nothingToMatchNamesTheFingerprint()
    {
        const QString pattern = PatternDraft::build(DraftFields{{}, {}, {}, {}, u"abc"_s});
        QCOMPARE(keys(pattern), QStringList{u"alertdesk"_s});
        QVERIFY(matches(pattern, kAlertmanager));
        QVERIFY(!matches(pattern, kTencent));
    }
};

QTEST_GUILESS_MAIN(TstPatternDraft)
#include "tst_patterndraft.moc"
