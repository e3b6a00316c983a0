#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "config/ProfilePaths.h"
#include "config/Settings.h"

using namespace alertdesk;

// Settings are typed and survive a restart: what one Settings object writes, the next one on the same
// settings.ini reads back; what was never written reads as its default.
class TstSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenAbsent()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.value(settings::feedMode), QStringLiteral("demo"));
        QCOMPARE(settings.value(settings::language), QStringLiteral("system"));
        QCOMPARE(settings.value(settings::demoRate), 20.0);
        QCOMPARE(settings.value(settings::firstStartHintDismissed), false);
        QVERIFY(settings.value(settings::recentFeedUrls).isEmpty());
    }

    void roundTripAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const QStringList recent{QStringLiteral("ws://127.0.0.1:8765/feed"), QStringLiteral("wss://hub.example/feed")};
        const QByteArray geometry("\x01\x00\xff binary", 10);
        {
            Settings settings(path);
            settings.setValue(settings::feedMode, QStringLiteral("url"));
            settings.setValue(settings::feedUrl, recent.first());
            settings.setValue(settings::recentFeedUrls, recent);
            settings.setValue(settings::demoRate, 55.5);
            settings.setValue(settings::language, QStringLiteral("zh_CN"));
            settings.setValue(settings::firstStartHintDismissed, true);
            settings.setValue(settings::mainWindowGeometry, geometry);
            QVERIFY(settings.sync());
        }
        Settings reread(path);
        QCOMPARE(reread.value(settings::feedMode), QStringLiteral("url"));
        QCOMPARE(reread.value(settings::feedUrl), recent.first());
        QCOMPARE(reread.value(settings::recentFeedUrls), recent);
        QCOMPARE(reread.value(settings::demoRate), 55.5);
        QCOMPARE(reread.value(settings::language), QStringLiteral("zh_CN"));
        QCOMPARE(reread.value(settings::firstStartHintDismissed), true);
        QCOMPARE(reread.value(settings::mainWindowGeometry), geometry);
    }

    void singleRecentUrlStaysAList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(path);
            settings.setValue(settings::recentFeedUrls, QStringList{QStringLiteral("ws://a/feed")});
        }
        QCOMPARE(Settings(path).value(settings::recentFeedUrls), QStringList{QStringLiteral("ws://a/feed")});
    }

    void resetRestoresDefault()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(settings::language, QStringLiteral("en"));
        settings.reset(settings::language);
        QCOMPARE(settings.value(settings::language), QStringLiteral("system"));
    }

    void profileOptionKeepsEverythingInOneDirectory()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("nested/profile"));
        const auto paths = ProfilePaths::resolve(root);
        QVERIFY2(paths.has_value(), qPrintable(paths ? QString() : paths.error().toString()));
        QCOMPARE(paths->settingsFile(), root + QStringLiteral("/settings.ini"));
        QCOMPARE(paths->lockFile(), root + QStringLiteral("/alertdesk.lock"));
        QCOMPARE(paths->databaseFile(), root + QStringLiteral("/alertdesk.sqlite"));
        QVERIFY(QFile::exists(root));
    }

    void defaultProfileUsesStandardLocations()
    {
        // CTest gives this test its own XDG_CONFIG_HOME and XDG_DATA_HOME.
        const auto paths = ProfilePaths::resolve({});
        QVERIFY(paths.has_value());
        QVERIFY(paths->configDir().endsWith(QStringLiteral("/alertdesk")));
        QVERIFY(paths->dataDir().endsWith(QStringLiteral("/alertdesk")));
        QVERIFY(QFile::exists(paths->configDir()));
    }

    void unwritableProfileIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto paths = ProfilePaths::resolve(blocker.fileName() + QStringLiteral("/profile"));
        QVERIFY(!paths.has_value());
        QCOMPARE(paths.error().code, Error::Code::Io);
        QVERIFY(paths.error().where.endsWith(QStringLiteral("/profile")));
    }
};

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
