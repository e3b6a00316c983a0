// The alert desk without a mouse (issue 3: "a keyboard-only run completes"; UX.md, Keyboard): every step below
// is a key press delivered where a real keyboard delivers it (the focused window, or an open popup), against a
// desk fed by a real `alertdesk-cli serve`. Find the filter, filter, walk the table, open the detail, search
// the JSON, clear the filter, toggle the panels, and save a view by name.
#include <memory>

#include <QAbstractItemModel>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "GuiDesk.h"
#include "ServeProcess.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/alerts/AlertColumns.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;
using alertdesk::test::ServeProcess;
using alertdesk::ui::AlertColumn;

namespace {

QByteArray diskEvent(const QString& id, const QString& subject, const QString& severity, qint64 agoS)
{
    const QJsonObject o{{QStringLiteral("specversion"), QStringLiteral("1.0")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("source"), QStringLiteral("urn:keyboard")},
                        {QStringLiteral("type"), QStringLiteral("test.disk.full")},
                        {QStringLiteral("subject"), subject},
                        {QStringLiteral("severity"), severity},
                        {QStringLiteral("status"), QStringLiteral("firing")},
                        {QStringLiteral("title"), QString(QStringLiteral("Disk full on ") + subject)},
                        {QStringLiteral("time"),
                         QDateTime::currentDateTimeUtc().addSecs(-agoS).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("mount"), QStringLiteral("/var")}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool post(const ServeProcess& serve, const QByteArray& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(serve.eventsUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    return finished.wait(10000) && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202;
}

// A key as the keyboard sends it: to the open popup, else the focused window (which routes shortcuts and focus).
// Keys go where a user's keys go: the focus widget. (QTest's own choice for a null widget prefers a keyboard
// grabber, and on the offscreen platform a completer popup's refused grab can linger as one after it closed.)
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    // The offscreen platform leaves a closed completer popup as the active window, which would keep the main
    // window's shortcuts from firing; a real window system gives activation back when the popup closes.
    if (QWidget* active = QApplication::activeWindow(); active && !active->isVisible() && QApplication::focusWidget())
        QApplication::setActiveWindow(QApplication::focusWidget()->window());
    QWidget* target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

QString focusName()
{
    const QWidget* focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QStringLiteral("(none)");
}

} // namespace

class TstAlertDeskKeyboard final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};

private slots:
    void keyboardOnlyRun()
    {
        ServeProcess serve;
        QVERIFY2(serve.start(), qPrintable(serve.errorText()));
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets);
        QMainWindow& window = desk.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        desk.controller.connectTo(serve.feedUrl(), QByteArray());
        QVERIFY(QTest::qWaitFor([&desk] { return desk.feed.stats().state == FeedState::Connected; }, 10000));
        for (int i = 0; i < 6; ++i) {
            QVERIFY(post(serve, diskEvent(QStringLiteral("k-%1").arg(i), QStringLiteral("host-%1").arg(i),
                                      i % 2 ? QStringLiteral("warning") : QStringLiteral("critical"), 60 * (i + 1))));
        }
        auto* table = window.findChild<QTableView*>(QStringLiteral("alertTable"));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(table && filter);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 10000);
        table->setFocus();   // where the desk's focus starts does not matter: Ctrl+F finds the filter

        // Ctrl+F: the filter has the focus.
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("filterEdit"));

        // Typing a filter and Enter: the table narrows, and the current alert is the first match.
        type(QStringLiteral("severity=critical"));
        press(Qt::Key_Return);
        QCOMPARE(filter->text(), QStringLiteral("severity=critical"));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(table->currentIndex().row(), 0);
        // Enter in the filter goes on into the table (the keyboard path filter → table → detail).
        QTRY_COMPARE(focusName(), QStringLiteral("alertTable"));

        // Arrow keys move through the filtered alerts.
        const int start = table->currentIndex().row();
        press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), start + 1);
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), start + 1);
        const QString subject =
            table->model()->index(table->currentIndex().row(), int(AlertColumn::Subject)).data().toString();
        QVERIFY(subject.startsWith(QStringLiteral("host-")));

        // Enter opens the detail of that alert.
        auto* detailDock = window.findChild<QDockWidget*>(QStringLiteral("detailDock"));
        QVERIFY(detailDock);
        detailDock->hide();
        press(Qt::Key_Return);
        QTRY_VERIFY(detailDock->isVisible());
        auto* fields = window.findChild<QTreeWidget*>(QStringLiteral("detailFields"));
        QVERIFY(fields);
        QTRY_VERIFY(!fields->findItems(subject, Qt::MatchExactly, 1).isEmpty());
        QVERIFY(!fields->findItems(QStringLiteral("Disk full on ") + subject, Qt::MatchExactly, 1).isEmpty());

        // Ctrl+Shift+F: find in the JSON.
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("detailJsonSearch"));
        type(QStringLiteral("mount"));
        auto* json = window.findChild<QPlainTextEdit*>(QStringLiteral("detailJson"));
        QTRY_COMPARE(json->textCursor().selectedText(), QStringLiteral("mount"));

        // Back to the filter; Esc clears it and every alert is back.
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("filterEdit"));
        press(Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QTRY_COMPARE(table->model()->rowCount(), 6);

        // Ctrl+2 and Ctrl+3 toggle the views and the detail panels.
        auto* viewsDock = window.findChild<QDockWidget*>(QStringLiteral("viewsDock"));
        QVERIFY(viewsDock && viewsDock->isVisible() && detailDock->isVisible());
        press(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(viewsDock->isHidden());
        press(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(detailDock->isHidden());
        press(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(viewsDock->isVisible());
        press(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(detailDock->isVisible());

        // A filter to keep, then Ctrl+Shift+S: the save-view dialog; a name and Enter save it.
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("filterEdit"));
        type(QStringLiteral("severity=warning"));
        press(Qt::Key_Return);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog*>(QStringLiteral("saveViewDialog"))) &&
                    dialog->isVisible());
        QTRY_VERIFY(QApplication::activeWindow() == dialog);
        press(Qt::Key_A, Qt::ControlModifier);   // replace the suggested name
        type(QStringLiteral("Warnings"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QInputDialog*>(QStringLiteral("saveViewDialog")) || dialog->isHidden());

        auto* views = window.findChild<QTreeWidget*>(QStringLiteral("viewsList"));
        QVERIFY(views);
        const QList<QTreeWidgetItem*> saved = views->findItems(QStringLiteral("Warnings"), Qt::MatchExactly, 0);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(views->currentItem(), saved.first());
        QTRY_COMPARE(saved.first()->text(1), QStringLiteral("3"));
        QCOMPARE(saved.first()->toolTip(0), QStringLiteral("severity=warning"));
    }
};

QTEST_MAIN(TstAlertDeskKeyboard)
#include "tst_alertdesk_keyboard.moc"
