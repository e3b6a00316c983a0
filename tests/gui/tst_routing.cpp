// The routing path as the desk wires it: the demo feed's events go through the rules in the profile's rules.json
// on the routing thread, and the Notifications panel lists what the router emitted, with the rule's name, the
// grouping key and the reason. Editing rules.json re-routes; a disabled rule routes nothing.
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "DemoEvents.h"
#include "common/Clock.h"
#include "config/RulesFile.h"
#include "rules/NotificationSuppression.h"
#include "feed/FeedService.h"
#include "routing/RoutingService.h"
#include "ui/routing/NotificationsPanel.h"
#include "ui/routing/RoutedNotificationsModel.h"

using namespace alertdesk;

namespace {

// One rule per entry: {name, enabled}; each matches every event (every event has a source) and groups by
// source, with no group wait, so the first events are routed at once.
QByteArray rulesJson(const QList<std::pair<QString, bool>>& rules)
{
    QByteArray json = "{\"version\":1,\"rules\":[";
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (i > 0)
            json += ',';
        json += "{\"id\":\"rule-" + QByteArray::number(i) + "\",\"name\":\"" + rules[i].first.toUtf8() +
                "\",\"enabled\":" + (rules[i].second ? "true" : "false") +
                ",\"pattern\":{\"source\":[{\"exists\":true}]},"
                "\"policy\":{\"group_by\":[\"source\"],\"group_wait\":\"0s\"}}";
    }
    return json + "]}";
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QStringList column(const ui::RoutedNotificationsModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestRouting final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_rulesPath = m_dir.filePath(QStringLiteral("rules.json"));
    }

    void demoEventsAreRoutedByTheProfilesRules()
    {
        QVERIFY(writeFile(m_rulesPath, rulesJson({{QStringLiteral("Every demo event"), true}})));
        Wiring desk(m_rulesPath);
        desk.feed.startDemo(200);
        QTRY_VERIFY_WITH_TIMEOUT(desk.panel.model()->rowCount() >= 3, 20000);

        const ui::RoutedNotificationsModel& model = *desk.panel.model();
        QCOMPARE(column(model, ui::RoutedNotificationsModel::Rule).removeDuplicates(), model.rowCount() - 1);
        QCOMPARE(model.index(0, ui::RoutedNotificationsModel::Rule).data().toString(), QStringLiteral("Every demo event"));
        // Grouped by source: each group key names the rule and the event's source, and each group's first
        // notification says so.
        for (int row = 0; row < model.rowCount(); ++row) {
            const rules::NotificationRequest& request = model.request(row);
            QVERIFY2(request.groupKey.startsWith(QStringLiteral("rule-0")), qPrintable(request.groupKey));
            QCOMPARE(request.groupValues.size(), 1);
            QCOMPARE(request.groupValues.first().first, QStringLiteral("source"));
            QVERIFY(!request.firing.isEmpty());
            QCOMPARE(request.firing.first().event.source, request.groupValues.first().second);
        }
        QVERIFY(column(model, ui::RoutedNotificationsModel::Reason).contains(QStringLiteral("first")));
        QVERIFY2(desk.panel.findChild<QLabel*>(QStringLiteral("notificationsSummary"))->text().contains(
                     QStringLiteral("to send")),
                 "the panel's summary counts what was routed");
        QVERIFY(desk.routing.eventsMatched() > 0);
    }

    void editingRulesJsonRoutesWithTheNewRules()
    {
        QVERIFY(writeFile(m_rulesPath, rulesJson({{QStringLiteral("Before the edit"), true}})));
        Wiring desk(m_rulesPath);
        desk.feed.startDemo(200);
        QTRY_VERIFY_WITH_TIMEOUT(desk.panel.model()->rowCount() >= 1, 20000);

        // An outside edit: a new rule (new id, so new groups), the old one disabled.
        QVERIFY(writeFile(m_rulesPath, rulesJson({{QStringLiteral("Before the edit"), false},
                                                  {QStringLiteral("After the edit"), true}})));
        QTRY_VERIFY_WITH_TIMEOUT(
            column(*desk.panel.model(), ui::RoutedNotificationsModel::Rule).contains(QStringLiteral("After the edit")),
            20000);
        // Once the new set is in force, the disabled rule routes nothing more: the newest rows are the new rule's.
        const int rowsAfterEdit = desk.panel.model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(desk.panel.model()->rowCount() >= rowsAfterEdit + 2, 20000);
        QCOMPARE(desk.panel.model()->index(0, ui::RoutedNotificationsModel::Rule).data().toString(),
                 QStringLiteral("After the edit"));
        QCOMPARE(desk.panel.model()->index(1, ui::RoutedNotificationsModel::Rule).data().toString(),
                 QStringLiteral("After the edit"));
    }

    void anInvalidEditKeepsTheRulesInForce()
    {
        QVERIFY(writeFile(m_rulesPath, rulesJson({{QStringLiteral("Still in force"), true}})));
        Wiring desk(m_rulesPath);
        QSignalSpy failed(&desk.rulesFile, &RulesFile::loadFailed);
        QVERIFY(writeFile(m_rulesPath, "{\"version\":1,\"rules\":[{\"id\":\"x\",\"name\":\"Broken\",\"pattern\":"));
        QVERIFY(failed.wait(10000));
        desk.feed.startDemo(200);
        QTRY_VERIFY_WITH_TIMEOUT(desk.panel.model()->rowCount() >= 2, 20000);
        QCOMPARE(column(*desk.panel.model(), ui::RoutedNotificationsModel::Rule).removeDuplicates(),
                 desk.panel.model()->rowCount() - 1);
        QCOMPARE(desk.panel.model()->index(0, ui::RoutedNotificationsModel::Rule).data().toString(),
                 QStringLiteral("Still in force"));
    }

    // At startup the silences load after the first events may arrive: the routing service holds its
    // notifications until told the suppression can answer, so a silenced alert is never reported as to send.
    void notificationsWaitUntilSilencesAreKnown()
    {
        QVERIFY(writeFile(m_rulesPath, rulesJson({{QStringLiteral("Every event"), true}})));
        RulesFile rulesFile(m_rulesPath);
        QVERIFY(rulesFile.load());
        SystemClock clock;
        rules::ManualSuppression suppression;
        RoutingService routing(clock, &suppression);
        QSignalSpy routed(&routing, &RoutingService::routed);
        routing.setHeld(true);
        routing.setRules(rulesFile.ruleSet());

        const QList<Event> events = test::demoEvents(1, clock.nowMs());
        QCOMPARE(events.size(), 1);
        routing.offer(events);
        QTRY_COMPARE(routing.eventsRouted(), 1);   // grouped on the routing thread, group_wait 0s: due now
        QCOMPARE(routed.count(), 0);

        // The silences are known now: the alert is silenced, and what was due is reported as held back.
        suppression.setSilenced(events.first().fingerprint, true);
        routing.setHeld(false);
        QVERIFY(routed.wait(5000));
        const auto requests = routed.first().first().value<QList<rules::NotificationRequest>>();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().held, rules::HoldReason::Silenced);
    }

private:
    // What ui/main.cpp wires for routing.
    struct Wiring
    {
        explicit Wiring(const QString& rulesPath) : rulesFile(rulesPath), routing(clock), panel(routing)
        {
            if (!rulesFile.load())
                qWarning("rules.json did not load");
            routing.setRules(rulesFile.ruleSet());
            QObject::connect(&rulesFile, &RulesFile::ruleSetChanged, &routing,
                             [this] { routing.setRules(rulesFile.ruleSet()); });
            QObject::connect(&feed, &FeedService::eventsArrived, &routing, &RoutingService::offer);
        }
        ~Wiring() { feed.stop(); }

        SystemClock clock;
        FeedService feed;
        RulesFile rulesFile;
        RoutingService routing;
        ui::NotificationsPanel panel;
    };

    QTemporaryDir m_dir;
    QString m_rulesPath;
};

QTEST_MAIN(TestRouting)
#include "tst_routing.moc"
