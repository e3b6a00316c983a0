#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSysInfo>
#include <QTest>

#include "TestEnvironment.h"
#include "config/ProfileLock.h"
#include "config/ProfilePaths.h"

using namespace alertdesk;

// One process per profile: a second lock on a held profile fails and names the holder; a second `alertdesk`
// on the same profile exits with status 2 and says which process holds it.
class TstProfileLock final : public QObject
{
    Q_OBJECT

private slots:
    void secondLockNamesTheHolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alertdesk.lock"));
        auto first = std::make_unique<ProfileLock>(path);
        QVERIFY(first->tryLock().has_value());
        QVERIFY(first->isLocked());

        ProfileLock second(path);
        const auto refused = second.tryLock();
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, Error::Code::Busy);
        QVERIFY2(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.error().message));
        QCOMPARE(second.holder()->pid, QCoreApplication::applicationPid());

        first.reset();   // released: the next one gets it
        QVERIFY(second.tryLock().has_value());
    }

    void lockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alertdesk.lock"));
        // A lock file as QLockFile writes it (pid, application, host), left by a process that no longer exists.
        const qint64 deadPid = 4194303;   // the largest pid Linux hands out: not running here
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(deadPid) + "\nalertdesk\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        file.close();

        ProfileLock lock(path);
        const auto taken = lock.tryLock();
        QVERIFY2(taken.has_value(), qPrintable(taken ? QString() : taken.error().toString()));
    }

    void secondGuiOnTheSameProfileExitsWithStatus2()
    {
        const QString gui = test::guiPath();
        if (gui.isEmpty() || !QFileInfo(gui).isExecutable())
            QSKIP("ALERTDESK_GUI does not point to the built alertdesk executable");
        QTemporaryDir profile;
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(gui, {QStringLiteral("--profile"), profile.path(), QStringLiteral("--demo")});
        QVERIFY(first.waitForStarted());
        const QString lockFile = profile.filePath(QStringLiteral("alertdesk.lock"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(lockFile).size() > 0, 10000);

        QProcess second;
        second.start(gui, {QStringLiteral("--profile"), profile.path(), QStringLiteral("--demo")});
        QSignalSpy finished(&second, &QProcess::finished);
        QVERIFY(finished.wait(15000));
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("process %1").arg(first.processId())), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("alertdesk")), qPrintable(err));
        QCOMPARE(first.state(), QProcess::Running);   // the holder is undisturbed

        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TstProfileLock)
#include "tst_profilelock.moc"
