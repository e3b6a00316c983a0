// The live alert desk end to end, as an operator meets it (issue 3, "Tests"): a real `alertdesk-cli serve` on
// port 0, events POSTed to its /events, a desk on a temporary profile connected to its feed, and the widgets
// found by objectName. Live alerts appear and fold; each kind of filter narrows the table and shows its count; a
// bad filter says what is wrong and keeps the last good one; the detail pane shows the original JSON (number
// spellings kept) and the timeline; a restart restores alerts, layout, columns, filter and saved views; the
// "N new ↑" pill keeps the operator's place; and nothing is elided at the default size, in English or Chinese.
#include <memory>

#include <QAbstractItemModel>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include "GuiDesk.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/alerts/AlertColumns.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;
using alertdesk::test::ServeProcess;
using alertdesk::ui::AlertColumn;

namespace {

// One CloudEvent as a monitoring system would POST it. `data` is raw JSON, so its spelling (1.50) is kept.
struct Ev
{
    QString id;
    QString source = QStringLiteral("urn:test");
    QString type = QStringLiteral("test.alert");
    QString subject;
    QString region;
    QString severity;
    QString status;
    QString title;
    qint64 agoS = 0;
    QJsonObject tags;
    QByteArray data;
};

// An alert of urn:test / test.alert: what most cases need, with the few fields they care about.
Ev alert(const QString& id, const QString& subject, const QString& severity = {}, const QString& status = {},
         qint64 agoS = 0)
{
    Ev ev;
    ev.id = id;
    ev.subject = subject;
    ev.severity = severity;
    ev.status = status;
    ev.agoS = agoS;
    return ev;
}

QByteArray cloudEvent(const Ev& ev)
{
    QJsonObject o{{QStringLiteral("specversion"), QStringLiteral("1.0")},
                  {QStringLiteral("id"), ev.id},
                  {QStringLiteral("source"), ev.source},
                  {QStringLiteral("type"), ev.type},
                  {QStringLiteral("time"),
                   QDateTime::currentDateTimeUtc().addSecs(-ev.agoS).toString(Qt::ISODateWithMs)}};
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("subject", ev.subject);
    put("region", ev.region);
    put("severity", ev.severity);
    put("status", ev.status);
    put("title", ev.title);
    if (!ev.tags.isEmpty())
        o.insert(QStringLiteral("tags"), ev.tags);
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!ev.data.isEmpty()) {
        json.chop(1);
        json += ",\"data\":" + ev.data + '}';
    }
    return json;
}

QByteArray batch(const QList<Ev>& events)
{
    QByteArray json = "[";
    for (const Ev& ev : events)
        json += cloudEvent(ev) + ',';
    json.back() = ']';
    return json;
}

// POSTs one document to the hub's /events and waits for its answer.
bool post(const ServeProcess& serve, const QByteArray& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(serve.eventsUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        qWarning("POST /events did not answer");
        return false;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 202)
        qWarning() << "POST /events answered" << status << reply->readAll();
    return status == 202;
}

// The shared sample set of the filter tests: five alerts that differ in every field a filter can name.
QList<Ev> filterSamples()
{
    Ev disk{QStringLiteral("f-1"), QStringLiteral("cvm.cloud.tencent"), QStringLiteral("cvm:ErrorEvent:DiskReadonly"),
            QStringLiteral("ins-disk1"), QStringLiteral("ap-guangzhou"), QStringLiteral("critical"),
            QStringLiteral("1"), QStringLiteral("Disk readonly on ins-disk1"), 5 * 60,
            QJsonObject{{QStringLiteral("team"), QStringLiteral("ops")}, {QStringLiteral("env"), QStringLiteral("prod")}},
            R"({"appId":1250000000,"usage":0.95})"};
    Ev reboot{QStringLiteral("f-2"), QStringLiteral("cvm.cloud.tencent"), QStringLiteral("cvm:ErrorEvent:GuestReboot"),
              QStringLiteral("ins-reboot2"), QStringLiteral("ap-beijing"), QStringLiteral("major"), QStringLiteral("1"),
              QStringLiteral("机器重启 ins-reboot2"), 3 * 3600, QJsonObject{{QStringLiteral("team"), QStringLiteral("db")}},
              R"({"appId":1250000001,"usage":0.4})"};
    Ev build{QStringLiteral("f-3"), QStringLiteral("https://ci.example.com/builds"),
             QStringLiteral("com.example.build.failed"), QStringLiteral("pipeline-7"), QString(),
             QStringLiteral("warning"), QStringLiteral("resolved"), QStringLiteral("Build failed on main"), 10 * 60,
             QJsonObject{{QStringLiteral("team"), QStringLiteral("platform")}}, R"({"number":1.50,"branch":"main"})"};
    Ev cpu{QStringLiteral("f-4"), QStringLiteral("zabbix"), QStringLiteral("zabbix.trigger"), QStringLiteral("db-7"),
           QStringLiteral("ap-guangzhou"), QStringLiteral("info"), QStringLiteral("firing"),
           QStringLiteral("CPU high on db-7"), 60,
           QJsonObject{{QStringLiteral("team"), QStringLiteral("ops")}, {QStringLiteral("env"), QStringLiteral("staging")}},
           R"({"usage":0.99})"};
    Ev ping{QStringLiteral("f-5"), QStringLiteral("urn:test"), QStringLiteral("test.ping"), QStringLiteral("host-unknown"),
            QString(), QString(), QString(), QStringLiteral("ping check"), 30, {}, R"("plain text")"};
    return {disk, reboot, build, cpu, ping};
}

template <typename T>
T* child(QWidget& root, const char* name)
{
    T* found = root.findChild<T*>(QLatin1StringView(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// A desk connected to a fresh `serve`, shown at its default size.
struct LiveDesk
{
    LiveDesk(SecretStore& secrets, const QString& profileDir, const QString& language = QStringLiteral("en"))
        : desk(std::make_unique<GuiDesk>(profileDir, secrets, language))
    {
    }

    bool start()
    {
        if (!serve.start()) {
            qWarning() << "serve did not start:" << serve.errorText();
            return false;
        }
        desk->window.show();
        if (!QTest::qWaitForWindowExposed(&desk->window))
            return false;
        QSignalSpy opened(&desk->store, &AlertStore::opened);
        if (!desk->store.isOpen() && !opened.wait(10000))
            return false;
        desk->controller.connectTo(serve.feedUrl(), QByteArray());
        return QTest::qWaitFor([this] { return desk->feed.stats().state == FeedState::Connected; }, 10000);
    }

    QTableView* table() const { return child<QTableView>(desk->window, "alertTable"); }
    QAbstractItemModel* model() const { return table()->model(); }
    int rows() const { return model()->rowCount(); }
    QString cell(int row, AlertColumn column) const { return model()->index(row, int(column)).data().toString(); }
    QStringList subjects() const
    {
        QStringList out;
        for (int row = 0; row < rows(); ++row)
            out.append(cell(row, AlertColumn::Subject));
        out.sort();
        return out;
    }
    int rowOf(const QString& subject) const
    {
        for (int row = 0; row < rows(); ++row) {
            if (cell(row, AlertColumn::Subject) == subject)
                return row;
        }
        return -1;
    }
    qint64 alertIdAt(int row) const
    {
        return model()->index(row, 0).data(ui::AlertTableModel::AlertIdRole).toLongLong();
    }
    QLineEdit* filterEdit() const { return child<QLineEdit>(desk->window, "filterEdit"); }
    QString filterCount() const { return child<QLabel>(desk->window, "filterCount")->text(); }
    void applyFilter(const QString& text) const
    {
        filterEdit()->setText(text);
        QTest::keyClick(filterEdit(), Qt::Key_Return);
    }

    ServeProcess serve;
    std::unique_ptr<GuiDesk> desk;
};

// "3 of 5 alerts" → {3, 5}; "5 alerts" → {5, 5}. Until the English .qm has the new plurals it says "alert(s)".
std::pair<int, int> countsOf(const QString& text)
{
    const auto m = QRegularExpression(QStringLiteral("^(\\d+) of (\\d+) alert(?:s|\\(s\\))?$")).match(text);
    if (m.hasMatch())
        return {m.captured(1).toInt(), m.captured(2).toInt()};
    const auto all = QRegularExpression(QStringLiteral("^(\\d+) alert(?:s|\\(s\\))?$")).match(text);
    return all.hasMatch() ? std::pair{all.captured(1).toInt(), all.captured(1).toInt()} : std::pair{-1, -1};
}

QString fieldValue(QWidget& window, const QString& name)
{
    auto* fields = child<QTreeWidget>(window, "detailFields");
    for (int i = 0; fields && i < fields->topLevelItemCount(); ++i) {
        if (fields->topLevelItem(i)->text(0) == name)
            return fields->topLevelItem(i)->text(1);
    }
    return {};
}

QString plain(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));   // mnemonics are not drawn as text
}

} // namespace

class TstAlertDesk final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};
    // The filter cases share one desk holding filterSamples() (built by the first case).
    QTemporaryDir m_filterProfile;
    std::unique_ptr<LiveDesk> m_filterDesk;

    bool ensureFilterDesk()
    {
        if (m_filterDesk)
            return true;
        m_filterDesk = std::make_unique<LiveDesk>(m_secrets, m_filterProfile.path());
        if (!m_filterDesk->start() || !post(m_filterDesk->serve, batch(filterSamples())))
            return false;
        return QTest::qWaitFor([this] { return m_filterDesk->rows() == 5; }, 10000);
    }

private slots:
    void cleanupTestCase()
    {
        m_filterDesk.reset();
    }

    // Alerts appear one by one as they are posted; a second event of the same alert folds into its row.
    void liveAlertsAppearAndFold()
    {
        QTemporaryDir profile;
        LiveDesk live(m_secrets, profile.path());
        QVERIFY(live.start());
        QCOMPARE(live.rows(), 0);
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(post(live.serve, cloudEvent(alert(QStringLiteral("live-%1").arg(i), QStringLiteral("host-%1").arg(i),
                                                      QStringLiteral("major"), QStringLiteral("firing")))));
            QTRY_COMPARE_WITH_TIMEOUT(live.rows(), i, 10000);
            QVERIFY(live.rowOf(QStringLiteral("host-%1").arg(i)) >= 0);
            QCOMPARE(countsOf(live.filterCount()), std::pair(i, i));
        }
        // The same alert again (same source, type and subject; a new event id): one row, count 2.
        QVERIFY(post(live.serve, cloudEvent(alert(QStringLiteral("live-2b"), QStringLiteral("host-2"),
                                                  QStringLiteral("critical"), QStringLiteral("firing")))));
        QTRY_COMPARE_WITH_TIMEOUT(live.cell(live.rowOf(QStringLiteral("host-2")), AlertColumn::Count),
                                  QStringLiteral("2"), 10000);
        QCOMPARE(live.rows(), 3);
        QCOMPARE(live.cell(live.rowOf(QStringLiteral("host-2")), AlertColumn::Severity), QStringLiteral("Critical"));
        QCOMPARE(live.cell(live.rowOf(QStringLiteral("host-1")), AlertColumn::Count), QStringLiteral("1"));
        QVERIFY(child<QLabel>(live.desk->window, "alertCountLabel")->text().startsWith(QStringLiteral("3 alert")));
    }

    // The Tencent samples of ../shared arrive as the alerts they describe.
    void tencentSamplesAppear()
    {
        ALERTDESK_REQUIRE_SHARED(shared);
        QFile file(shared + QStringLiteral("/data/tencent-sample-events.jsonl"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/data/tencent-sample-events.jsonl is missing");
        QJsonArray events;
        QStringList subjects;
        while (!file.atEnd()) {
            const QJsonObject event = QJsonDocument::fromJson(file.readLine()).object().value(QStringLiteral("event")).toObject();
            events.append(event);
            subjects.append(event.value(QStringLiteral("subject")).toString());
        }
        QVERIFY(events.size() >= 5);
        QTemporaryDir profile;
        LiveDesk live(m_secrets, profile.path());
        QVERIFY(live.start());
        QVERIFY(post(live.serve, QJsonDocument(events).toJson(QJsonDocument::Compact)));
        QTRY_COMPARE_WITH_TIMEOUT(live.rows(), int(events.size()), 10000);
        subjects.sort();
        QCOMPARE(live.subjects(), subjects);
        // README, "Event model": a disk gone read-only is critical, an object created is info.
        QCOMPARE(live.cell(live.rowOf(QStringLiteral("ins-xxxx")), AlertColumn::Severity), QStringLiteral("Critical"));
        QCOMPARE(live.cell(live.rowOf(QStringLiteral("ins-xxxx")), AlertColumn::Status), QStringLiteral("Firing"));
        QCOMPARE(live.cell(live.rowOf(QStringLiteral("ins-19708ino")), AlertColumn::Status), QStringLiteral("Stateless"));
    }

    void filtersNarrowTheTable_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        const QString disk = QStringLiteral("ins-disk1");
        const QString reboot = QStringLiteral("ins-reboot2");
        const QString build = QStringLiteral("pipeline-7");
        const QString cpu = QStringLiteral("db-7");
        const QString ping = QStringLiteral("host-unknown");
        QTest::addRow("bare word") << QStringLiteral("DISK") << QStringList{disk};
        QTest::addRow("quoted phrase") << QStringLiteral("\"build failed\"") << QStringList{build};
        QTest::addRow("two words") << QStringLiteral("high db") << QStringList{cpu};
        QTest::addRow("field:value") << QStringLiteral("region:guangzhou") << QStringList{disk, cpu};
        QTest::addRow("field=value") << QStringLiteral("subject=db-7") << QStringList{cpu};
        QTest::addRow("field=value is exact") << QStringLiteral("subject=db") << QStringList{};
        QTest::addRow("!=") << QStringLiteral("status!=firing") << QStringList{build, ping};
        QTest::addRow("~ regex") << QStringLiteral("subject~^ins-") << QStringList{disk, reboot};
        QTest::addRow("!~") << QStringLiteral("source!~tencent") << QStringList{build, cpu, ping};
        QTest::addRow("severity>=major") << QStringLiteral("severity>=major") << QStringList{disk, reboot};
        QTest::addRow("severity<warning") << QStringLiteral("severity<warning") << QStringList{cpu, ping};
        QTest::addRow("@age<1h") << QStringLiteral("@age<1h") << QStringList{disk, build, cpu, ping};
        QTest::addRow("@age>=2h") << QStringLiteral("@age>=2h") << QStringList{reboot};
        QTest::addRow("labels.x:") << QStringLiteral("labels.team:ops") << QStringList{disk, cpu};
        QTest::addRow("labels.x=") << QStringLiteral("labels.env=staging") << QStringList{cpu};
        QTest::addRow("negation") << QStringLiteral("-region:guangzhou") << QStringList{reboot, build, ping};
        QTest::addRow("several terms") << QStringLiteral("severity>=warning -status=resolved")
                                       << QStringList{disk, reboot};
        QTest::addRow("data.<path> number") << QStringLiteral("data.usage>0.9") << QStringList{disk, cpu};
        QTest::addRow("data.<path> as written") << QStringLiteral("data.number=1.50") << QStringList{build};
        QTest::addRow("-data.<path>") << QStringLiteral("-data.appId:1250") << QStringList{build, cpu, ping};
        QTest::addRow("@acked") << QStringLiteral("@acked=true") << QStringList{};
    }

    void filtersNarrowTheTable()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        QVERIFY(ensureFilterDesk());
        LiveDesk& live = *m_filterDesk;
        live.applyFilter(QString());
        QCOMPARE(live.rows(), 5);
        QVERIFY2(countsOf(live.filterCount()) == std::pair(5, 5), qPrintable(live.filterCount()));

        live.applyFilter(filter);
        expected.sort();
        // data.<path> values load from the history off the GUI thread: the table settles shortly after.
        QTRY_COMPARE_WITH_TIMEOUT(live.subjects(), expected, 5000);
        QVERIFY2(child<QLabel>(live.desk->window, "filterError")->isHidden(), qPrintable(filter));
        QCOMPARE(countsOf(live.filterCount()), std::pair(int(expected.size()), 5));
    }

    // A text that does not compile says what is wrong and where, and the last good filter stays in force.
    void badFilterShowsErrorAndKeepsLastGood_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("named");
        QTest::addRow("unknown field") << QStringLiteral("colour:red") << QStringLiteral("colour");
        QTest::addRow("unknown severity") << QStringLiteral("severity>=hugely") << QStringLiteral("hugely");
        QTest::addRow("bad duration") << QStringLiteral("@age<soon") << QStringLiteral("soon");
        QTest::addRow("bad regex") << QStringLiteral("title~(unclosed") << QStringLiteral("regular expression");
        QTest::addRow("unclosed quote") << QStringLiteral("\"disk full") << QStringLiteral("quote");
        QTest::addRow("operator not allowed") << QStringLiteral("status~fir") << QStringLiteral("status");
        QTest::addRow("missing value") << QStringLiteral("region:") << QStringLiteral("missing");
    }

    void badFilterShowsErrorAndKeepsLastGood()
    {
        QFETCH(QString, bad);
        QFETCH(QString, named);
        QVERIFY(ensureFilterDesk());
        LiveDesk& live = *m_filterDesk;
        live.applyFilter(QStringLiteral("severity>=major"));
        QTRY_COMPARE(live.rows(), 2);
        auto* error = child<QLabel>(live.desk->window, "filterError");
        QVERIFY(error->isHidden());

        live.applyFilter(bad);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(named, Qt::CaseInsensitive), qPrintable(error->text()));
        QCOMPARE(live.filterEdit()->toolTip(), error->text());   // also where the eye is, and for screen readers
        QCOMPARE(live.filterEdit()->accessibleDescription(), error->text());
        QCOMPARE(live.filterEdit()->text(), bad);   // the operator's text is left to fix
        QCOMPARE(live.rows(), 2);                    // the last good filter still holds
        QCOMPARE(countsOf(live.filterCount()), std::pair(2, 5));

        // Fixing it clears the error.
        live.applyFilter(QStringLiteral("region:beijing"));
        QVERIFY(error->isHidden());
        QCOMPARE(live.rows(), 1);
    }

    // The detail pane shows the selected alert's original JSON pretty-printed, with the numbers spelt as sent,
    // and its timeline.
    void detailShowsOriginalJsonAndTimeline()
    {
        QFile file(test::testDataDir() + QStringLiteral("/cloudevents-batch.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray samples = file.readAll();
        QVERIFY(samples.contains("\"number\":1.50"));
        QTemporaryDir profile;
        LiveDesk live(m_secrets, profile.path());
        QVERIFY(live.start());
        QVERIFY(post(live.serve, samples));
        QTRY_COMPARE_WITH_TIMEOUT(live.rows(), 2, 10000);

        const int row = live.rowOf(QStringLiteral("pipeline-42"));
        QVERIFY(row >= 0);
        live.table()->setCurrentIndex(live.model()->index(row, 0));
        auto* json = child<QPlainTextEdit>(live.desk->window, "detailJson");
        QTRY_VERIFY_WITH_TIMEOUT(!json->toPlainText().isEmpty(), 5000);
        const QString text = json->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("\"number\": 1.50")), qPrintable(text));   // not 1.5
        QVERIFY(text.contains(QStringLiteral("\"id\": \"ce-1\"")));
        QVERIFY(text.contains(QStringLiteral("\"retries\": 3")));
        QVERIFY(text.count(QLatin1Char('\n')) >= 10);   // pretty-printed, one member a line
        QVERIFY(!text.contains(QStringLiteral("\"seq\"")));   // the hub's sequence number is not the input's
        QVERIFY(QJsonDocument::fromJson(text.toUtf8()).isObject());
        QCOMPARE(fieldValue(live.desk->window, QStringLiteral("Subject")), QStringLiteral("pipeline-42"));
        QCOMPARE(fieldValue(live.desk->window, QStringLiteral("labels.team")), QStringLiteral("platform"));

        // Another alert: the pane follows the selection.
        live.table()->setCurrentIndex(live.model()->index(live.rowOf(QString()), 0));
        QTRY_VERIFY(json->toPlainText().contains(QStringLiteral("\"plain text payload\"")));

        // Timeline: fired, then resolved, newest first.
        const Ev fired = alert(QStringLiteral("t-1"), QStringLiteral("db1"), QStringLiteral("major"),
                               QStringLiteral("firing"), 60);
        Ev resolved = fired;
        resolved.id = QStringLiteral("t-2");
        resolved.status = QStringLiteral("resolved");
        resolved.agoS = 0;
        QVERIFY(post(live.serve, cloudEvent(fired)));
        QTRY_VERIFY_WITH_TIMEOUT(live.rowOf(QStringLiteral("db1")) >= 0, 10000);
        QVERIFY(post(live.serve, cloudEvent(resolved)));
        QTRY_COMPARE_WITH_TIMEOUT(live.cell(live.rowOf(QStringLiteral("db1")), AlertColumn::Status),
                                  QStringLiteral("Resolved"), 10000);
        live.table()->setCurrentIndex(live.model()->index(live.rowOf(QStringLiteral("db1")), 0));
        auto* tabs = child<QTabWidget>(live.desk->window, "detailTabs");
        tabs->setCurrentIndex(2);
        QCOMPARE(plain(tabs->tabText(2)), QStringLiteral("Timeline"));
        auto* timeline = child<QTreeWidget>(live.desk->window, "detailTimeline");
        QTRY_COMPARE(timeline->topLevelItemCount(), 2);
        QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("Resolved"));
        QCOMPARE(timeline->topLevelItem(1)->text(1), QStringLiteral("Fired"));
        QCOMPARE(timeline->topLevelItem(0)->text(3), QStringLiteral("t-2"));
    }

    // Everything the operator arranged comes back on the next start on the same profile.
    void restartRestoresAlertsLayoutFilterAndViews()
    {
        QTemporaryDir profile;
        const QString viewName = QStringLiteral("Major and up");
        int titleWidth = 0;
        {
            LiveDesk live(m_secrets, profile.path());
            QVERIFY(live.start());
            QList<Ev> events = filterSamples();
            Ev again = events.first();   // ins-disk1 fires again: count 2
            again.id = QStringLiteral("f-1b");
            QVERIFY(post(live.serve, batch(events)));
            QTRY_COMPARE_WITH_TIMEOUT(live.rows(), 5, 10000);
            QVERIFY(post(live.serve, cloudEvent(again)));
            QTRY_COMPARE_WITH_TIMEOUT(live.cell(live.rowOf(QStringLiteral("ins-disk1")), AlertColumn::Count),
                                      QStringLiteral("2"), 10000);

            QHeaderView* header = live.table()->horizontalHeader();
            titleWidth = header->sectionSize(int(AlertColumn::Title)) + 77;
            header->resizeSection(int(AlertColumn::Title), titleWidth);
            header->hideSection(int(AlertColumn::Region));
            header->showSection(int(AlertColumn::Fingerprint));
            live.table()->sortByColumn(int(AlertColumn::Severity), Qt::DescendingOrder);

            live.applyFilter(QStringLiteral("severity>=major"));
            QTRY_COMPARE(live.rows(), 2);
            live.desk->window.desk()->saveCurrentView(viewName);
            live.applyFilter(QStringLiteral("disk"));
            QTRY_COMPARE(live.rows(), 1);
            child<QDockWidget>(live.desk->window, "viewsDock")->close();   // the operator closed the sidebar
            live.desk->window.resize(1111, 707);
            QTRY_COMPARE(live.desk->window.size(), QSize(1111, 707));
            live.desk->window.close();
        }

        GuiDesk next(profile.path(), m_secrets);
        next.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next.window));
        auto* table = child<QTableView>(next.window, "alertTable");
        auto* filter = child<QLineEdit>(next.window, "filterEdit");
        QCOMPARE(filter->text(), QStringLiteral("disk"));
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(child<QLabel>(next.window, "filterCount")->text()), std::pair(1, 5), 10000);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(next.window.size(), QSize(1111, 707));
        QVERIFY(child<QDockWidget>(next.window, "viewsDock")->isHidden());
        QVERIFY(child<QDockWidget>(next.window, "detailDock")->isVisible());
        QHeaderView* header = table->horizontalHeader();
        QCOMPARE(header->sectionSize(int(AlertColumn::Title)), titleWidth);
        QVERIFY(header->isSectionHidden(int(AlertColumn::Region)));
        QVERIFY(!header->isSectionHidden(int(AlertColumn::Fingerprint)));
        QCOMPARE(header->sortIndicatorSection(), int(AlertColumn::Severity));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // The saved view is listed with its live count, and selecting it applies its filter.
        child<QDockWidget>(next.window, "viewsDock")->show();
        auto* views = child<QTreeWidget>(next.window, "viewsList");
        QTreeWidgetItem* saved = nullptr;
        for (int i = 0; i < views->topLevelItemCount(); ++i) {
            if (views->topLevelItem(i)->text(0) == viewName)
                saved = views->topLevelItem(i);
        }
        QVERIFY2(saved, "the saved view is not in the views list");
        QTRY_COMPARE(saved->text(1), QStringLiteral("2"));
        views->setCurrentItem(views->topLevelItem(0));   // All alerts
        QTRY_COMPARE(table->model()->rowCount(), 5);
        views->setCurrentItem(saved);
        QCOMPARE(filter->text(), QStringLiteral("severity>=major"));
        QTRY_COMPARE(table->model()->rowCount(), 2);

        // The alerts themselves, with their counts.
        filter->clear();
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), 5);
        int diskRow = -1;
        for (int row = 0; row < 5; ++row) {
            if (table->model()->index(row, int(AlertColumn::Subject)).data().toString() == QStringLiteral("ins-disk1"))
                diskRow = row;
        }
        QVERIFY(diskRow >= 0);
        QCOMPARE(table->model()->index(diskRow, int(AlertColumn::Count)).data().toString(), QStringLiteral("2"));
        // Severity descending, as it was sorted: critical first.
        QCOMPARE(table->model()->index(0, int(AlertColumn::Severity)).data().toString(), QStringLiteral("Critical"));
    }

    // Reading further down (or with an alert selected), new alerts arriving above do not move the view: the pill
    // counts them, the selection stays on its alert; at the top with nothing selected they simply appear.
    void newAlertsPillKeepsTheOperatorsPlace()
    {
        QTemporaryDir profile;
        LiveDesk live(m_secrets, profile.path());
        QVERIFY(live.start());
        QList<Ev> older;
        for (int i = 0; i < 80; ++i)
            older.append(alert(QStringLiteral("old-%1").arg(i), QStringLiteral("old-%1").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("warning"), QStringLiteral("firing"), qint64(600 + i * 60)));
        QVERIFY(post(live.serve, batch(older)));
        QTRY_COMPARE_WITH_TIMEOUT(live.rows(), 80, 10000);
        QTableView* table = live.table();
        auto* pill = child<QToolButton>(live.desk->window, "newAlertsPill");
        QVERIFY(pill && pill->isHidden());
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 20);   // more rows than fit (the range follows the rows)

        table->verticalScrollBar()->setValue(10);
        table->selectRow(15);
        const qint64 selected = live.alertIdAt(15);
        const qint64 top = live.alertIdAt(table->rowAt(0));

        QList<Ev> newer;
        for (int i = 0; i < 3; ++i)
            newer.append(alert(QStringLiteral("new-%1").arg(i), QStringLiteral("new-%1").arg(i),
                               QStringLiteral("critical"), QStringLiteral("firing")));
        QVERIFY(post(live.serve, batch(newer)));
        QTRY_COMPARE_WITH_TIMEOUT(live.rows(), 83, 10000);
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(live.alertIdAt(rows.first().row()), selected);
        QCOMPARE(live.alertIdAt(table->currentIndex().row()), selected);
        // The rows arrived in one layout change (above): the pill and the anchor are settled by now.
        QVERIFY(pill->isVisible());
        QVERIFY2(pill->text().startsWith(QStringLiteral("3 new")), qPrintable(pill->text()));
        QCOMPARE(live.alertIdAt(table->rowAt(0)), top);   // the view did not jump

        // More of them: the pill adds up.
        QVERIFY(post(live.serve, cloudEvent(alert(QStringLiteral("new-3"), QStringLiteral("new-3")))));
        QTRY_VERIFY(pill->text().startsWith(QStringLiteral("4 new")));
        QCOMPARE(live.alertIdAt(table->rowAt(0)), top);

        // The pill goes to the newest.
        QTest::mouseClick(pill, Qt::LeftButton);
        QVERIFY(pill->isHidden());
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        QCOMPARE(live.cell(0, AlertColumn::Subject), QStringLiteral("new-3"));

        // At the top with nothing selected: new alerts simply appear at the top, no pill.
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(post(live.serve, cloudEvent(alert(QStringLiteral("new-4"), QStringLiteral("new-4")))));
        QTRY_COMPARE_WITH_TIMEOUT(live.rows(), 85, 10000);
        QCOMPARE(live.cell(table->rowAt(0), AlertColumn::Subject), QStringLiteral("new-4"));
        QVERIFY(pill->isHidden());
    }

    // At the default window size nothing the desk shows is elided or clipped: labels, the table's header
    // sections, the views list, the detail tabs.
    void nothingElidedAtDefaultSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("简体中文") << QStringLiteral("zh_CN");
    }

    void nothingElidedAtDefaultSize()
    {
        QFETCH(QString, language);
        QTemporaryDir profile;
        LiveDesk live(m_secrets, profile.path(), language);
        QVERIFY(live.desk->translationInstalled);
        QVERIFY(live.start());
        QCOMPARE(live.desk->window.size(), QSize(1280, 760));
        QVERIFY(post(live.serve, batch(filterSamples())));
        QTRY_COMPARE_WITH_TIMEOUT(live.rows(), 5, 10000);
        live.table()->setCurrentIndex(live.model()->index(0, 0));
        live.applyFilter(QStringLiteral("colour:red"));   // the error label shows too
        QWidget& window = live.desk->window;
        QTRY_VERIFY(child<QLabel>(window, "filterError")->isVisible());
        QTRY_VERIFY(!child<QPlainTextEdit>(window, "detailJson")->toPlainText().isEmpty());
        QCoreApplication::processEvents();
        QStringList problems;
        int checked = 0;

        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty() || label->wordWrap() ||
                label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            const int needed = label->fontMetrics().horizontalAdvance(plain(label->text()));
            if (needed > label->contentsRect().width())
                problems.append(QStringLiteral("label %1 \"%2\" needs %3 px, has %4")
                                    .arg(label->objectName(), label->text())
                                    .arg(needed)
                                    .arg(label->contentsRect().width()));
            ++checked;
        }

        QHeaderView* header = live.table()->horizontalHeader();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = live.model()->headerData(section, Qt::Horizontal).toString();
            int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (section == header->sortIndicatorSection())
                needed += arrow + margin;
            if (needed > header->sectionSize(section))
                problems.append(QStringLiteral("header \"%1\" needs %2 px, has %3")
                                    .arg(text)
                                    .arg(needed)
                                    .arg(header->sectionSize(section)));
            ++checked;
        }

        auto* views = child<QTreeWidget>(window, "viewsList");
        const int textMargin = views->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, views) + 1;
        for (int i = 0; i < views->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = views->topLevelItem(i);
            for (int column = 0; column < 2; ++column) {
                const int available = views->header()->sectionSize(column) - 2 * textMargin;
                const int needed = views->fontMetrics().horizontalAdvance(item->text(column));
                if (needed > available)
                    problems.append(QStringLiteral("view \"%1\" needs %2 px, has %3")
                                        .arg(item->text(column))
                                        .arg(needed)
                                        .arg(available));
                ++checked;
            }
        }
        auto* save = child<QPushButton>(window, "saveViewButton");
        if (save->width() < save->sizeHint().width())
            problems.append(QStringLiteral("button \"%1\" is %2 px wide, needs %3")
                                .arg(save->text())
                                .arg(save->width())
                                .arg(save->sizeHint().width()));

        for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            QTabBar* bar = tabs->tabBar();
            const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
            for (int i = 0; i < bar->count(); ++i) {
                const int needed = bar->fontMetrics().horizontalAdvance(plain(bar->tabText(i))) + space;
                const QRect rect = bar->tabRect(i);
                if (needed > rect.width() || !bar->rect().contains(rect))
                    problems.append(QStringLiteral("tab \"%1\" needs %2 px, has %3 (bar %4 px)")
                                        .arg(bar->tabText(i))
                                        .arg(needed)
                                        .arg(rect.width())
                                        .arg(bar->width()));
                ++checked;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
        QVERIFY(checked >= 25);
    }
};

QTEST_MAIN(TstAlertDesk)
#include "tst_alertdesk.moc"
