// Issue 4's "done when": a rule written in the editor routes live demo events. The whole desk as ui/main.cpp
// builds it, on a temporary profile: the operator adds a rule in the Rules panel, types its name, pattern and
// group wait, saves, and the Notifications panel fills with that rule's notifications for the demo feed.
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include "GuiDesk.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/routing/NotificationsPanel.h"
#include "ui/routing/RoutedNotificationsModel.h"
#include "ui/rules/PatternEditor.h"
#include "ui/rules/RulesPanel.h"

using namespace alertdesk;

namespace {

void replaceText(QWidget* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestDeskRouting final : public QObject
{
    Q_OBJECT

private slots:
    void aRuleWrittenInTheEditorRoutesTheDemoFeed()
    {
        QTemporaryDir profile;
        KeychainSecretStore secrets(QStringLiteral("AlertDesk-test"));
        test::GuiDesk desk(profile.path(), secrets);
        desk.window.resize(1400, 900);
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        auto* rulesDock = desk.window.findChild<QDockWidget*>(QStringLiteral("rulesDock"));
        QVERIFY(rulesDock);
        rulesDock->show();
        ui::RulesPanel* panel = desk.app.rulesPanel;
        QTRY_VERIFY(panel->isVisible());

        panel->newAction()->trigger();
        replaceText(panel->findChild<QLineEdit*>(QStringLiteral("ruleNameEdit")), QStringLiteral("Cloud events"));
        replaceText(panel->patternEditor()->edit(), QStringLiteral(R"({"source": [{"suffix": ".cloud.tencent"}]})"));
        auto* groupWait = panel->findChild<QLineEdit*>(QStringLiteral("groupWaitEdit"));
        replaceText(groupWait, QStringLiteral("0s"));
        QTest::keyClick(groupWait, Qt::Key_Tab);
        panel->saveAction()->trigger();
        QTRY_VERIFY(QFile::exists(desk.paths.rulesFile()));
        QCOMPARE(desk.app.rulesFile.ruleSet()->rules.size(), std::size_t(1));
        const QString ruleId = desk.app.rulesFile.ruleSet()->rules.front().id;

        desk.feed.startDemo(200);
        const ui::RoutedNotificationsModel& routed = *desk.app.notificationsPanel->model();
        QTRY_VERIFY_WITH_TIMEOUT(routed.rowCount() >= 3, 20000);
        for (int row = 0; row < routed.rowCount(); ++row) {
            const rules::NotificationRequest& request = routed.request(row);
            QCOMPARE(request.ruleName, QStringLiteral("Cloud events"));
            QCOMPARE(request.ruleId, ruleId);
            QVERIFY(!request.firing.isEmpty());
            // Only what the pattern selects: every alert it carries comes from a Tencent Cloud source.
            for (const rules::NotifiedAlert& alert : request.firing)
                QVERIFY2(alert.event.source.endsWith(QStringLiteral(".cloud.tencent")), qPrintable(alert.event.source));
        }
        // The demo feed also sends Alertmanager alerts: the desk received more than the rule routed.
        QTRY_VERIFY_WITH_TIMEOUT(desk.app.routing.eventsRouted() > desk.app.routing.eventsMatched(), 20000);
        desk.feed.stop();
    }

    // With ALERTDESK_SCREENSHOT_DIR set: the desk with the Notifications panel open, in English and Chinese.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ALERTDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ALERTDESK_SCREENSHOT_DIR to save screenshots of the Notifications panel");
        QFETCH(QString, language);
        QTemporaryDir profile;
        QFile rules(profile.filePath(QStringLiteral("rules.json")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(R"({"version":1,"rules":[{"id":"cvm","name":"CVM in Guangzhou","pattern":{"source":["cvm.cloud.tencent"]},)"
                    R"("targets":[{"channel":"ops-dingtalk"}],"policy":{"group_by":["region"],"group_wait":"0s"}},)"
                    R"({"id":"am","name":"Alertmanager critical","pattern":{"alertdesk":{"severity":["critical"]}},)"
                    R"("policy":{"group_wait":"0s","throttle":{"count":2,"window":"10m"}}}]})");
        rules.close();
        KeychainSecretStore secrets(QStringLiteral("AlertDesk-test"));
        test::GuiDesk desk(profile.path(), secrets, language);
        desk.window.resize(1400, 900);
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        auto* dock = desk.window.findChild<QDockWidget*>(QStringLiteral("notificationsDock"));
        dock->show();
        dock->raise();
        desk.feed.startDemo(100);
        QTRY_VERIFY_WITH_TIMEOUT(desk.app.notificationsPanel->model()->rowCount() >= 12, 20000);
        desk.feed.stop();
        QVERIFY(desk.window.grab().save(dir + QStringLiteral("/notifications-") + language + QStringLiteral(".png")));
    }
};

QTEST_MAIN(TestDeskRouting)
#include "tst_desk_routing.moc"
