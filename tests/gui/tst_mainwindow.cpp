#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "GuiDesk.h"
#include "TestFeedServer.h"
#include "common/Redaction.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/feed/RejectedInputsDialog.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;
using alertdesk::test::TestFeedServer;

namespace {

// The first number in a label ("1234 events" → 1234).
qint64 firstNumber(const QString& text)
{
    const auto match = QRegularExpression(QStringLiteral("(\\d+(?:[.,]\\d+)?)")).match(text);
    return match.hasMatch() ? qint64(match.captured(1).remove(QLatin1Char(',')).toDouble()) : -1;
}

template <typename T>
T* child(QWidget& window, const char* name)
{
    return window.findChild<T*>(QLatin1StringView(name));
}

} // namespace

// The main window as an operator meets it: the demo feed labelled DEMO with a growing count, the feed selector's
// state and rate, the last feed choice and the window layout restored on the next start, and the rejected
// inputs of a misbehaving feed listed with their reasons.
class TstMainWindow final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};

private slots:
    void demoShowsDemoLabelAndGrowingCount()
    {
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        desk.controller.restoreLastChoice();   // nothing configured: the demo feed

        auto* demo = child<QLabel>(desk.window, "demoLabel");
        auto* count = child<QLabel>(desk.window, "eventCountLabel");
        QVERIFY(demo && count);
        QTRY_VERIFY(demo->isVisible());
        QCOMPARE(demo->text(), QStringLiteral("DEMO"));
        QTRY_VERIFY_WITH_TIMEOUT(firstNumber(count->text()) > 0, 10000);
        const qint64 first = firstNumber(count->text());
        QTRY_VERIFY_WITH_TIMEOUT(firstNumber(count->text()) > first, 10000);
        QVERIFY(count->text().contains(QStringLiteral("events")));
        QVERIFY(desk.window.windowTitle().contains(QStringLiteral("DEMO")));
    }

    void feedSelectorShowsStateAndRate()
    {
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        desk.controller.startDemo();
        auto* selector = child<QToolButton>(desk.window, "feedSelectorButton");
        QVERIFY(selector);
        QTRY_VERIFY_WITH_TIMEOUT(selector->text().startsWith(QStringLiteral("DEMO · ")) &&
                                     firstNumber(selector->text()) > 0,
                                 10000);
        QVERIFY(selector->text().endsWith(QStringLiteral(" ev/s")));
        QVERIFY(selector->toolTip().contains(QStringLiteral("demo feed")));
        auto* hint = desk.window.findChild<QWidget*>(QStringLiteral("firstStartHint"));
        QVERIFY(hint && hint->isVisible());   // first start on the demo: how to connect a real feed

        // A real feed: "connected · N ev/s", with the endpoint in the tooltip.
        TestFeedServer server({TestFeedServer::validFrame(QStringLiteral("a")),
                               TestFeedServer::validFrame(QStringLiteral("b"))});
        QVERIFY(server.listen());
        desk.controller.connectTo(server.url(), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(selector->text().startsWith(QStringLiteral("connected · ")), 10000);
        QVERIFY(selector->text().endsWith(QStringLiteral(" ev/s")));
        QVERIFY(selector->toolTip().contains(redactUrl(server.url())));
        QTRY_VERIFY(!child<QLabel>(desk.window, "demoLabel")->isVisible());
        QTRY_VERIFY(!hint->isVisible());   // it speaks of the demo feed, so it goes with it
        QTRY_COMPARE(firstNumber(child<QLabel>(desk.window, "eventCountLabel")->text()), 2);
    }

    void lastChoiceAndLayoutRestoredOnNextStart()
    {
        QTemporaryDir profile;
        TestFeedServer server({TestFeedServer::validFrame(QStringLiteral("a"))});
        QVERIFY(server.listen());
        {
            GuiDesk desk(profile.path(), m_secrets);
            desk.window.show();
            desk.controller.connectTo(server.url(), QByteArray());
            QTRY_VERIFY_WITH_TIMEOUT(server.connections() == 1, 10000);
            desk.window.resize(913, 577);
            QTRY_VERIFY(desk.window.size() == QSize(913, 577));
            child<QToolButton>(desk.window, "firstStartHintDismissButton")->click();
            desk.window.close();
        }
        GuiDesk next(profile.path(), m_secrets);
        next.window.show();
        next.controller.restoreLastChoice();
        QVERIFY(!next.controller.isDemo());
        QCOMPARE(next.controller.currentUrl(), server.url());
        QTRY_VERIFY_WITH_TIMEOUT(server.connections() == 2, 10000);
        QTRY_VERIFY(child<QToolButton>(next.window, "feedSelectorButton")->text().startsWith(
            QStringLiteral("connected")));
        QCOMPARE(next.window.size(), QSize(913, 577));
        QVERIFY(!child<QWidget>(next.window, "firstStartHint")->isVisible());

        // Back to the demo: remembered too.
        next.controller.startDemo();
        GuiDesk third(profile.path(), m_secrets);
        third.controller.restoreLastChoice();
        QVERIFY(third.controller.isDemo());
    }

    void gapsInTheFeedAreShown()
    {
        // The hub says it lost 40 events, then (restarted) that it cannot tell how many: both reach the status bar.
        QTemporaryDir profile;
        const QString gap = QStringLiteral(R"({"seq":%1,"specversion":"1.0","id":"gap-%1","source":"urn:alertdesk:hub",)"
                                           R"("type":"alertdesk.feed.gap","data":{"lost":%2}})");
        TestFeedServer server({gap.arg(41).arg(40), TestFeedServer::validFrame(QStringLiteral("a")),
                               gap.arg(3).arg(QStringLiteral("null"))});
        QVERIFY(server.listen());
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        auto* lost = child<QLabel>(desk.window, "lostEventsLabel");
        QVERIFY(lost && !lost->isVisible());
        desk.controller.connectTo(server.url(), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(lost->isVisible(), 10000);
        QTRY_COMPARE(lost->text(), QStringLiteral("40 lost in gaps"));
        QCOMPARE(firstNumber(child<QLabel>(desk.window, "eventCountLabel")->text()), 1);   // gaps are not events
    }

    void rejectedInputsAreListedWithTheirReason()
    {
        QTemporaryDir profile;
        TestFeedServer server({TestFeedServer::validFrame(QStringLiteral("good")), QStringLiteral("{not json at all")});
        QVERIFY(server.listen());
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        desk.controller.connectTo(server.url(), QByteArray());

        auto* button = child<QToolButton>(desk.window, "rejectedInputsButton");
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->text() == QStringLiteral("1 rejected input"), 10000);
        QVERIFY(button->isEnabled());
        QTRY_COMPARE(firstNumber(child<QLabel>(desk.window, "eventCountLabel")->text()), 1);
        QTest::mouseClick(button, Qt::LeftButton);

        auto* dialog = desk.window.findChild<ui::RejectedInputsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("rejectedInputsTable"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("127.0.0.1")));   // origin: the feed
        QVERIFY(!table->item(0, 2)->text().isEmpty());                               // the reason
        QVERIFY(!table->item(0, 0)->text().isEmpty());                               // when
        const QString copied = dialog->toText();
        QVERIFY(copied.contains(table->item(0, 2)->text()));
        QCOMPARE(copied.count(QLatin1Char('\t')), 2);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
