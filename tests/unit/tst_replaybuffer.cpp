// The hub's replay buffer: which frames a resume from `since` gets, and when it must report a gap.
#include <QTest>

#include "feed/ReplayBuffer.h"

using namespace alertdesk;

namespace {
void fill(ReplayBuffer& buffer, int count)
{
    for (int i = 0; i < count; ++i)
        buffer.append(buffer.newestSeq() + 1, QStringLiteral("frame %1").arg(buffer.newestSeq() + 1));
}
} // namespace

class TstReplayBuffer final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNewestFrames()
    {
        ReplayBuffer buffer(3, 1 << 20);
        fill(buffer, 5);
        QCOMPARE(buffer.newestSeq(), 5);
        QCOMPARE(buffer.oldestSeq(), 3);
        QVERIFY(!buffer.frame(2));
        QCOMPARE(*buffer.frame(3), QStringLiteral("frame 3"));
        QCOMPARE(*buffer.frame(5), QStringLiteral("frame 5"));
        QVERIFY(!buffer.frame(6));
    }

    void byteBudgetAlsoBounds()
    {
        ReplayBuffer buffer(1000, 40);   // "frame N" is 7 characters, 14 bytes: two fit
        fill(buffer, 10);
        QCOMPARE(buffer.size(), 2);
        QVERIFY(buffer.bytes() <= 40);
    }

    void resume_data()
    {
        QTest::addColumn<qint64>("since");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("firstSeq");
        QTest::addColumn<qint64>("lost");
        using Kind = ReplayBuffer::Resume::Kind;
        // Buffer holds 6…10 of 10.
        QTest::addRow("within") << qint64(7) << int(Kind::Complete) << qint64(8) << qint64(0);
        QTest::addRow("just before oldest") << qint64(5) << int(Kind::Complete) << qint64(6) << qint64(0);
        QTest::addRow("older than buffer") << qint64(2) << int(Kind::Gap) << qint64(6) << qint64(3);
        QTest::addRow("from the start") << qint64(0) << int(Kind::Gap) << qint64(6) << qint64(5);
        QTest::addRow("up to date") << qint64(10) << int(Kind::Complete) << qint64(11) << qint64(0);
        QTest::addRow("unknown (hub restarted)") << qint64(99) << int(Kind::UnknownPosition) << qint64(6) << qint64(0);
    }

    void resume()
    {
        QFETCH(qint64, since);
        QFETCH(int, kind);
        QFETCH(qint64, firstSeq);
        QFETCH(qint64, lost);
        ReplayBuffer buffer(5, 1 << 20);
        fill(buffer, 10);
        const ReplayBuffer::Resume resume = buffer.resumeFrom(since);
        QCOMPARE(int(resume.kind), kind);
        QCOMPARE(resume.firstSeq, firstSeq);
        QCOMPARE(resume.lost, lost);
    }

    void withoutReplayEveryResumeIsAGap()
    {
        ReplayBuffer buffer(0, 1 << 20);
        fill(buffer, 4);
        QCOMPARE(buffer.size(), 0);
        const ReplayBuffer::Resume resume = buffer.resumeFrom(1);
        QCOMPARE(int(resume.kind), int(ReplayBuffer::Resume::Kind::Gap));
        QCOMPARE(resume.lost, 3);
        QCOMPARE(resume.firstSeq, 5);
    }
};

QTEST_GUILESS_MAIN(TstReplayBuffer)
#include "tst_replaybuffer.moc"
