// `alertdesk-cli tail` as a user runs it: the built executable against a real `alertdesk-cli serve`.
// Includes BRIEF.md's invariant: tail of a served input prints the same events as decode of it, origin aside.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "ServeProcess.h"
#include "TestEnvironment.h"

using namespace alertdesk::test;

namespace {

// A running `alertdesk-cli tail` with its output collected as it arrives.
class TailRun final
{
public:
    explicit TailRun(const QStringList& args)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
        m_process.start(cliPath(), QStringList{QStringLiteral("tail")} + args);
    }
    ~TailRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    TailRun(const TailRun&) = delete;
    TailRun& operator=(const TailRun&) = delete;

    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    QByteArray out() const { return m_out; }
    QString err() const { return QString::fromUtf8(m_err); }
    QList<QByteArray> lines() const
    {
        QList<QByteArray> result = m_out.split('\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// POSTs a body to the hub's /events and returns the HTTP status (0 when there was no answer).
int post(const QUrl& url, const QByteArray& body, const QByteArray& contentType, const QByteArray& token = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// decode's and tail's lines end with the origin (the model's last key); everything before it must be equal.
QByteArray withoutOrigin(const QByteArray& line)
{
    static const QRegularExpression origin(QStringLiteral(",\"origin\":\"(?:[^\"\\\\]|\\\\.)*\"\\}$"));
    return QString::fromUtf8(line).replace(origin, QStringLiteral("}")).toUtf8();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePrivateFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

} // namespace

class TestTail final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countExitsZeroAfterNEvents();
    void timeoutExitsOne();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void tokenFileIsSentAsBearer();
    void gapIsReportedOnStandardError();
    void tailPrintsWhatDecodePrints_data();
    void tailPrintsWhatDecodePrints();

private:
    QTemporaryDir m_dir;
};

void TestTail::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), "ALERTDESK_CLI does not name the built alertdesk-cli");
    QVERIFY(m_dir.isValid());
}

void TestTail::countExitsZeroAfterNEvents()
{
    ServeProcess serve;
    QVERIFY2(serve.start(), qPrintable(serve.errorText()));
    TailRun tail({serve.feedUrl().toString(), QStringLiteral("--count"), QStringLiteral("3"),
                  QStringLiteral("--timeout"), QStringLiteral("30")});
    QTRY_VERIFY_WITH_TIMEOUT(tail.err().contains(QStringLiteral("Connected to")) || tail.finished(), 10000);
    QVERIFY2(!tail.finished(), qPrintable(tail.err()));
    for (int i = 1; i <= 4; ++i) {
        const QByteArray event = R"({"specversion":"1.0","id":"tail-)" + QByteArray::number(i) +
            R"(","source":"urn:test:tail","type":"test.alert","subject":"ins-1","data":{"n":)" + QByteArray::number(i) +
            "}}";
        QCOMPARE(post(serve.eventsUrl(), event, "application/cloudevents+json"), 202);
    }
    QTRY_VERIFY_WITH_TIMEOUT(tail.finished(), 15000);
    QCOMPARE(tail.exitCode(), 0);
    const QList<QByteArray> lines = tail.lines();
    QCOMPARE(lines.size(), 3); // exactly N, although a fourth event followed
    for (int i = 0; i < 3; ++i) {
        const QJsonObject event = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(event.value(QStringLiteral("id")).toString(), QStringLiteral("tail-%1").arg(i + 1));
        QCOMPARE(event.value(QStringLiteral("origin")).toString(), serve.feedUrl().toString());
    }
}

void TestTail::timeoutExitsOne()
{
    ServeProcess serve;
    QVERIFY2(serve.start(), qPrintable(serve.errorText()));
    TailRun tail({serve.feedUrl().toString(), QStringLiteral("--count"), QStringLiteral("5"),
                  QStringLiteral("--timeout"), QStringLiteral("1")});
    QTRY_VERIFY_WITH_TIMEOUT(tail.finished(), 10000);
    QCOMPARE(tail.exitCode(), 1);
    QVERIFY(tail.out().isEmpty());
    QVERIFY2(tail.err().contains(QStringLiteral("timeout")), qPrintable(tail.err()));
}

void TestTail::badUsageExitsTwo_data()
{
    const QString shared = m_dir.filePath(QStringLiteral("token-shared"));
    QVERIFY(
        writePrivateFile(shared, "t0ken\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const QString group = m_dir.filePath(QStringLiteral("token-group"));
    QVERIFY(
        writePrivateFile(group, "t0ken\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const QString url = QStringLiteral("ws://127.0.0.1:9/feed");

    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no URL") << QStringList{} << QStringLiteral("URL");
    QTest::addRow("two URLs") << QStringList{url, url} << QStringLiteral("URL");
    QTest::addRow("http URL") << QStringList{QStringLiteral("http://127.0.0.1:9/feed")} << QStringLiteral("ws://");
    QTest::addRow("count zero") << QStringList{url, QStringLiteral("--count"), QStringLiteral("0")}
                                << QStringLiteral("--count");
    QTest::addRow("count not a number") << QStringList{url, QStringLiteral("--count"), QStringLiteral("many")}
                                        << QStringLiteral("--count");
    QTest::addRow("negative timeout") << QStringList{url, QStringLiteral("--timeout"), QStringLiteral("-1")}
                                      << QStringLiteral("--timeout");
    QTest::addRow("unknown option") << QStringList{url, QStringLiteral("--follow")} << QStringLiteral("follow");
    QTest::addRow("missing token file") << QStringList{url, QStringLiteral("--token-file"),
                                                       m_dir.filePath(QStringLiteral("nope"))}
                                        << QStringLiteral("nope");
    QTest::addRow("token file readable by others")
        << QStringList{url, QStringLiteral("--token-file"), shared} << QStringLiteral("readable");
    QTest::addRow("token file readable by group")
        << QStringList{url, QStringLiteral("--token-file"), group} << QStringLiteral("readable");
}

void TestTail::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    TailRun tail(args);
    QTRY_VERIFY_WITH_TIMEOUT(tail.finished(), 10000);
    QCOMPARE(tail.exitCode(), 2);
    QVERIFY(tail.out().isEmpty());
    QVERIFY2(tail.err().contains(mentions), qPrintable(tail.err()));
    QVERIFY(!tail.err().contains(QStringLiteral("t0ken"))); // the secret itself is never echoed
}

void TestTail::tokenFileIsSentAsBearer()
{
    const QString tokenFile = m_dir.filePath(QStringLiteral("token-private"));
    QVERIFY(writePrivateFile(tokenFile, "hub-s3cret\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ServeProcess serve({QStringLiteral("--token-file"), tokenFile});
    QVERIFY2(serve.start(), qPrintable(serve.errorText()));

    TailRun tail({serve.feedUrl().toString(), QStringLiteral("--count"), QStringLiteral("1"),
                  QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--token-file"), tokenFile});
    QTRY_VERIFY_WITH_TIMEOUT(tail.err().contains(QStringLiteral("Connected to")) || tail.finished(), 10000);
    QVERIFY2(!tail.finished(), qPrintable(tail.err()));
    const QByteArray event =
        R"({"specversion":"1.0","id":"tok-1","source":"urn:test:tail","type":"test.alert","data":{}})";
    QCOMPARE(post(serve.eventsUrl(), event, "application/cloudevents+json", "hub-s3cret"), 202);
    QTRY_VERIFY_WITH_TIMEOUT(tail.finished(), 15000);
    QCOMPARE(tail.exitCode(), 0);
    QCOMPARE(tail.lines().size(), 1);
    QVERIFY(!tail.err().contains(QStringLiteral("hub-s3cret")));
}

void TestTail::gapIsReportedOnStandardError()
{
    ServeProcess serve({QStringLiteral("--replay"), QStringLiteral("2")});
    QVERIFY2(serve.start(), qPrintable(serve.errorText()));
    for (int i = 1; i <= 5; ++i) {
        const QByteArray event = R"({"specversion":"1.0","id":"gap-)" + QByteArray::number(i) +
            R"(","source":"urn:test:tail","type":"test.alert","data":{}})";
        QCOMPARE(post(serve.eventsUrl(), event, "application/cloudevents+json"), 202);
    }
    // Resuming after event 0 of a hub that keeps only the last two: three events are gone.
    TailRun tail({serve.feedUrl(0).toString(), QStringLiteral("--count"), QStringLiteral("2"),
                  QStringLiteral("--timeout"), QStringLiteral("30")});
    QTRY_VERIFY_WITH_TIMEOUT(tail.finished(), 15000);
    QVERIFY2(tail.exitCode() == 0, qPrintable(tail.err()));
    const QList<QByteArray> lines = tail.lines();
    QCOMPARE(lines.size(), 2); // the gap is not printed as an event
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("id")).toString(),
             QStringLiteral("gap-4"));
    QVERIFY2(tail.err().contains(QStringLiteral("lost 3 events")), qPrintable(tail.err()));
}

void TestTail::tailPrintsWhatDecodePrints_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("contentType");
    const QString data = testDataDir();
    const struct
    {
        const char* file;
        const char* type;
    } files[] = {
        {"alertmanager-webhook-v4.json", "application/json"},
        {"alertmanager-api-v2-alerts.json", "application/json"},
        {"cloudevents-batch.json", "application/cloudevents-batch+json"},
        {"tencent-eventlist.json", "application/json"},
    };
    for (const auto& [file, type] : files) {
        const QByteArray input = readFile(data + QLatin1Char('/') + QLatin1String(file));
        QVERIFY2(!input.isEmpty(), file);
        QTest::addRow("%s", file) << input << QByteArray(type);
    }

    const QString shared = sharedDir();
    const QByteArray samples =
        shared.isEmpty() ? QByteArray() : readFile(shared + QStringLiteral("/data/tencent-sample-events.jsonl"));
    if (samples.isEmpty()) {
        QTest::addRow("tencent samples (../shared absent)") << QByteArray() << QByteArray();
        return;
    }
    for (const QByteArray& line : samples.split('\n')) {
        const QJsonObject sample = QJsonDocument::fromJson(line).object();
        if (sample.isEmpty())
            continue;
        const QByteArray event =
            QJsonDocument(sample.value(QStringLiteral("event")).toObject()).toJson(QJsonDocument::Compact);
        QTest::addRow("tencent %s", qPrintable(sample.value(QStringLiteral("name")).toString()))
            << event << QByteArray("application/cloudevents+json");
    }
}

void TestTail::tailPrintsWhatDecodePrints()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, contentType);
    if (input.isEmpty())
        QSKIP("../shared is not beside this checkout: the Tencent sample events are skipped");

    const QString inputPath = m_dir.filePath(QStringLiteral("input.json"));
    QVERIFY(writePrivateFile(inputPath, input, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QProcess decode;
    decode.start(cliPath(), {QStringLiteral("decode"), inputPath});
    QTRY_COMPARE_WITH_TIMEOUT(decode.state(), QProcess::NotRunning, 15000);
    QCOMPARE(decode.exitCode(), 0);
    QList<QByteArray> expected = decode.readAllStandardOutput().split('\n');
    if (!expected.isEmpty() && expected.last().isEmpty())
        expected.removeLast();
    QVERIFY(!expected.isEmpty());

    ServeProcess serve;
    QVERIFY2(serve.start(), qPrintable(serve.errorText()));
    TailRun tail({serve.feedUrl().toString(), QStringLiteral("--count"), QString::number(expected.size()),
                  QStringLiteral("--timeout"), QStringLiteral("30")});
    QTRY_VERIFY_WITH_TIMEOUT(tail.err().contains(QStringLiteral("Connected to")) || tail.finished(), 10000);
    QVERIFY2(!tail.finished(), qPrintable(tail.err()));
    QCOMPARE(post(serve.eventsUrl(), input, contentType), 202);
    QTRY_VERIFY_WITH_TIMEOUT(tail.finished(), 20000);
    QVERIFY2(tail.exitCode() == 0, qPrintable(tail.err()));

    const QList<QByteArray> actual = tail.lines();
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QVERIFY2(withoutOrigin(actual.at(i)).size() < actual.at(i).size(), "tail's line has no origin to set aside");
        QCOMPARE(withoutOrigin(actual.at(i)), withoutOrigin(expected.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestTail)
#include "tst_tail.moc"
