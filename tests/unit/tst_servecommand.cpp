// `alertdesk-cli serve` as a user runs it: a real process (tests/support/ServeProcess), its first stdout line,
// exit statuses, the token file rules, --demo, and a clean stop on SIGTERM.
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include "HubTestClients.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

using namespace alertdesk::test;

namespace {

const QByteArray kEvent =
    R"({"specversion":"1.0","id":"cli-1","source":"urn:test","type":"test.cli","time":"2026-11-27T00:00:00.000Z","data":{}})";

QString writeTokenFile(const QTemporaryDir& dir, const QByteArray& content, QFile::Permissions permissions)
{
    const QString path = dir.filePath(QStringLiteral("token"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(content);
    file.close();
    file.setPermissions(permissions);
    return path;
}

struct Finished
{
    int exitCode = -1;
    QString stderrText;
};

Finished runToEnd(const QStringList& args)
{
    QProcess process;
    process.start(cliPath(), args);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(10000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TstServeCommand final : public QObject
{
    Q_OBJECT

private slots:
    void printsListeningLineAndStopsCleanlyOnSigterm()
    {
        ServeProcess serve;
        QVERIFY2(serve.start(), qPrintable(serve.errorText()));
        QVERIFY(serve.port() != 0);
        QSignalSpy finished(&serve.process(), &QProcess::finished);
        serve.process().terminate();
        QVERIFY(finished.wait(10000));
        QCOMPARE(serve.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.process().exitCode(), 0);
    }

    void badUsageExitsTwoWithOneSentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::addRow("rate without demo") << QStringList{QStringLiteral("--rate"), QStringLiteral("5")};
        QTest::addRow("bad rate") << QStringList{QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("fast")};
        QTest::addRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")};
        QTest::addRow("port out of range") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")};
        QTest::addRow("negative replay") << QStringList{QStringLiteral("--replay"), QStringLiteral("-1")};
        QTest::addRow("missing token file") << QStringList{QStringLiteral("--token-file"), QStringLiteral("/nonexistent/t")};
        QTest::addRow("stray argument") << QStringList{QStringLiteral("extra")};
    }

    void badUsageExitsTwoWithOneSentence()
    {
        QFETCH(QStringList, args);
        const Finished result = runToEnd(QStringList{QStringLiteral("serve")} + args);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.stderrText.count(u'\n'), 1);
        QVERIFY(result.stderrText.startsWith(QStringLiteral("alertdesk-cli: ")));
    }

    void tokenFileMustBePrivateAndNonEmpty_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("readable by others (0644)") << QByteArray("zq-secret-77") << 0644 << QStringLiteral("chmod 600");
        QTest::addRow("readable by group (0640)") << QByteArray("zq-secret-77") << 0640 << QStringLiteral("chmod 600");
        QTest::addRow("empty") << QByteArray("\n") << 0600 << QStringLiteral("empty");
    }

    void tokenFileMustBePrivateAndNonEmpty()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
        if (mode & 040)
            permissions |= QFile::ReadGroup;
        if (mode & 004)
            permissions |= QFile::ReadOther;
        const QString path = writeTokenFile(dir, content, permissions);
        const Finished result = runToEnd({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                          QStringLiteral("--token-file"), path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.stderrText.contains(mentions), qPrintable(result.stderrText));
        QVERIFY(!result.stderrText.contains(QStringLiteral("zq-secret-77")));   // never echoed
    }

    void tokenIsRequiredOnFeedAndEvents()
    {
        QTemporaryDir dir;
        const QString path = writeTokenFile(dir, "team-token-123\n", QFile::ReadOwner | QFile::WriteOwner);
        ServeProcess serve({QStringLiteral("--token-file"), path});
        QVERIFY2(serve.start(), qPrintable(serve.errorText()));

        Subscriber anonymous;
        QVERIFY(!anonymous.open(serve.feedUrl()));
        Subscriber subscriber;
        QVERIFY(subscriber.open(serve.feedUrl(), "team-token-123"));
        QCOMPARE(subscriber.socket().subprotocol(), QStringLiteral("cloudevents.json"));

        QNetworkAccessManager network;
        QNetworkRequest request(serve.eventsUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* refused = network.post(request, kEvent);
        QVERIFY(QSignalSpy(refused, &QNetworkReply::finished).wait(5000));
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        refused->deleteLater();

        request.setRawHeader("Authorization", "Bearer team-token-123");
        QNetworkReply* accepted = network.post(request, kEvent);
        QVERIFY(QSignalSpy(accepted, &QNetworkReply::finished).wait(5000));
        QCOMPARE(accepted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        QCOMPARE(accepted->readAll(), QByteArray(R"({"accepted":1})"));
        accepted->deleteLater();
        QTRY_COMPARE(subscriber.seqs(), QList<qint64>{1});
        QCOMPARE(subscriber.frames.constFirst().value(QStringLiteral("id")).toString(), QStringLiteral("cli-1"));

        QVERIFY(!serve.process().readAllStandardError().contains("team-token-123"));   // never logged
    }

    void demoProducesFrames()
    {
        ServeProcess serve({QStringLiteral("--demo"), QStringLiteral("--rate"), QStringLiteral("50")});
        QVERIFY2(serve.start(), qPrintable(serve.errorText()));
        Subscriber subscriber;
        QVERIFY(subscriber.open(serve.feedUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.frames.size() >= 5, 10000);
        const QList<qint64> seqs = subscriber.seqs();
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1);
        for (const QJsonObject& frame : subscriber.frames) {
            QVERIFY(!frame.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(!frame.value(QStringLiteral("type")).toString().isEmpty());
        }
    }

    void gapEventFromARealHubWithASmallReplay()
    {
        ServeProcess serve({QStringLiteral("--replay"), QStringLiteral("2")});
        QVERIFY2(serve.start(), qPrintable(serve.errorText()));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(exchange(serve.port(), postRequest(kEvent)).status, 202);
        Subscriber subscriber;
        QVERIFY(subscriber.open(serve.feedUrl(0)));
        QTRY_COMPARE(subscriber.seqs(), (QList<qint64>{3, 4, 5}));
        QCOMPARE(subscriber.frames.constFirst().value(QStringLiteral("type")).toString(),
                 QStringLiteral("alertdesk.feed.gap"));
        QCOMPARE(subscriber.frames.constFirst().value(QStringLiteral("data")).toObject().value(QStringLiteral("lost")).toInteger(),
                 3);
    }
};

QTEST_GUILESS_MAIN(TstServeCommand)
#include "tst_servecommand.moc"
