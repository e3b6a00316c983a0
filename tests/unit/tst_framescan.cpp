// The cheap looks into frames: the hub's leading seq, and its gap event.
#include <QTest>

#include "feed/FrameScan.h"

using namespace alertdesk;

class TestFrameScan final : public QObject
{
    Q_OBJECT

private slots:
    void leadingSeq_data();
    void leadingSeq();
    void gapLostEvents_data();
    void gapLostEvents();
};

void TestFrameScan::leadingSeq_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<qint64>("expected"); // -1: no seq
    QTest::addRow("hub frame") << QByteArray(R"({"seq":42,"specversion":"1.0","id":"a"})") << qint64(42);
    QTest::addRow("spaces") << QByteArray(" { \"seq\" : 7 , \"id\":\"a\"}") << qint64(7);
    QTest::addRow("only seq") << QByteArray(R"({"seq":0})") << qint64(0);
    QTest::addRow("no seq") << QByteArray(R"({"specversion":"1.0","id":"a"})") << qint64(-1);
    QTest::addRow("seq not first") << QByteArray(R"({"id":"a","seq":5})") << qint64(-1);
    QTest::addRow("seq is a string") << QByteArray(R"({"seq":"5","id":"a"})") << qint64(-1);
    QTest::addRow("negative") << QByteArray(R"({"seq":-5,"id":"a"})") << qint64(-1);
    QTest::addRow("fraction") << QByteArray(R"({"seq":5.5,"id":"a"})") << qint64(-1);
    QTest::addRow("key prefix") << QByteArray(R"({"seqx":5})") << qint64(-1);
    QTest::addRow("batch array") << QByteArray(R"([{"seq":1}])") << qint64(-1);
    QTest::addRow("absurdly long") << QByteArray(R"({"seq":12345678901234567890123,"id":"a"})") << qint64(-1);
    QTest::addRow("empty") << QByteArray() << qint64(-1);
}

void TestFrameScan::leadingSeq()
{
    QFETCH(QByteArray, frame);
    QFETCH(qint64, expected);
    QCOMPARE(alertdesk::leadingSeq(frame).value_or(-1), expected);
}

void TestFrameScan::gapLostEvents_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<qint64>("expected"); // -2: not a gap event; -1: a gap of unknown size
    QTest::addRow("gap")
        << QByteArray(
               R"({"seq":9,"specversion":"1.0","id":"g","source":"hub","type":"alertdesk.feed.gap","data":{"lost":17}})")
        << qint64(17);
    QTest::addRow("gap of unknown size (the hub restarted)")
        << QByteArray(R"({"seq":4,"specversion":"1.0","id":"g","source":"hub","type":"alertdesk.feed.gap",)"
                      R"("data":{"lost":null,"from":901,"to":null,"newest":5}})")
        << qint64(-1);
    QTest::addRow("ordinary event") << QByteArray(R"({"seq":9,"id":"g","type":"cvm:ErrorEvent:GuestReboot"})")
                                    << qint64(-2);
    QTest::addRow("type only mentioned in data")
        << QByteArray(R"({"id":"g","type":"x","data":{"note":"alertdesk.feed.gap"}})") << qint64(-2);
}

void TestFrameScan::gapLostEvents()
{
    QFETCH(QByteArray, frame);
    QFETCH(qint64, expected);
    QCOMPARE(alertdesk::gapLostEvents(frame).value_or(-2), expected);
}

QTEST_GUILESS_MAIN(TestFrameScan)
#include "tst_framescan.moc"
