// Acknowledge and silence in the desk (issue 4, UX.md): A on a selected alert opens the acknowledge dialog and,
// answered, the row carries the check badge, says who acknowledged it, and the @acked filter, the "Acked" view
// and the detail timeline show it; S opens a silence pre-filled from the alert with a live count, and matched
// rows (also ones arriving later) carry the bell-off badge; the Silences panel (Ctrl+7) expires it, undoably.
// Keys are pressed where a keyboard delivers them.
#include <memory>

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "GuiDesk.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AckStore.h"
#include "store/AlertTable.h"
#include "ui/acks/AckController.h"
#include "ui/acks/AcknowledgeDialog.h"
#include "ui/acks/SilenceDialog.h"
#include "ui/acks/SilencesPanel.h"
#include "ui/alerts/AlertColumns.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/FilterBar.h"
#include "ui/alerts/ViewsSidebar.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;
using alertdesk::ui::AlertColumn;

namespace {

Event alertEvent(const QString& fingerprint, const QString& subject, const QString& type)
{
    static int serial = 0;
    Event event;
    event.id = QStringLiteral("ack-%1").arg(++serial);
    event.source = QStringLiteral("urn:ackdesk");
    event.type = type;
    event.subject = subject;
    event.timeMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
    event.severity = Severity::Critical;
    event.status = Status::Firing;
    event.title = QStringLiteral("Disk full on ") + subject;
    event.fingerprint = fingerprint;
    event.origin = QStringLiteral("test");
    event.payload = QByteArray("{\"id\":\"") + event.id.toUtf8() + QByteArray("\"}");
    return event;
}

void press(QWidget* where, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(where, Qt::Key(key), modifiers);
}

// The desk as ui/main.cpp wires it, plus the acknowledgements on the same profile.
struct AckGui
{
    explicit AckGui(SecretStore& secrets)
        : desk(std::make_unique<GuiDesk>(profile.path(), secrets)), acks(&desk->app.acks),
          controller(desk->app.ackController)
    {
    }

    ui::AlertDesk& alertDesk() const { return *desk->window.desk(); }
    QTableView* table() const { return desk->window.findChild<QTableView*>(QStringLiteral("alertTable")); }
    QAbstractItemModel* model() const { return table()->model(); }
    int rowOf(const QString& subject) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->index(r, int(AlertColumn::Subject)).data().toString() == subject)
                return r;
        }
        return -1;
    }
    QModelIndex status(const QString& subject) const
    {
        return model()->index(rowOf(subject), int(AlertColumn::Status));
    }
    bool badged(const QString& subject) const
    {
        const QModelIndex index = status(subject);
        return index.isValid() && !index.data(Qt::DecorationRole).value<QIcon>().isNull();
    }
    void select(const QString& subject) const
    {
        table()->setFocus();
        table()->setCurrentIndex(model()->index(rowOf(subject), int(AlertColumn::Title)));
    }
    // A window system gives activation back to the window when its dialog closes; the offscreen platform may
    // not, and shortcuts only reach the active window.
    bool backToWindow() const
    {
        desk->window.activateWindow();
        return QTest::qWaitForWindowActive(&desk->window);
    }
    QStringList shownSubjects() const
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out.append(model()->index(r, int(AlertColumn::Subject)).data().toString());
        out.sort();
        return out;
    }

    QTemporaryDir profile;
    std::unique_ptr<GuiDesk> desk;
    AckStore* acks = nullptr;
    ui::AckController* controller = nullptr;
};

template <typename Dialog>
Dialog* openDialog()
{
    return qobject_cast<Dialog*>(QApplication::activeModalWidget());
}

} // namespace

class TstAckDesk final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};

    bool start(AckGui& gui)
    {
        QMainWindow& window = gui.desk->window;
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window) || !QTest::qWaitFor([&gui] { return gui.acks->isLoaded(); }))
            return false;
        gui.desk->store.ingest(
            {alertEvent(QStringLiteral("fp-1"), QStringLiteral("db-1"), QStringLiteral("disk.full")),
             alertEvent(QStringLiteral("fp-2"), QStringLiteral("db-2"), QStringLiteral("disk.full")),
             alertEvent(QStringLiteral("fp-3"), QStringLiteral("web-1"), QStringLiteral("cpu.high"))});
        return QTest::qWaitFor([&gui] { return gui.model()->rowCount() == 3; });
    }

private slots:
    void initTestCase()
    {
        qputenv("USER", "han.meimei"); // the dialogs' default "who"
    }

    void acknowledgeWithTheKeyboard()
    {
        AckGui gui(m_secrets);
        QVERIFY(start(gui));
        gui.select(QStringLiteral("db-1"));
        QVERIFY(!gui.badged(QStringLiteral("db-1")));

        press(gui.table(), Qt::Key_A);
        ui::AcknowledgeDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::AcknowledgeDialog>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ackNoteEdit"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("ackActorEdit"))->text(), QStringLiteral("han.meimei"));
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("ackUntilResolvedRadio"))->isChecked());
        auto* who = dialog->findChild<QLineEdit*>(QStringLiteral("ackActorEdit"));
        who->selectAll();
        QTest::keyClicks(who, QStringLiteral("li.lei"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("ackNoteEdit")),
                         QStringLiteral("replacing the disk"));
        press(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!openDialog<ui::AcknowledgeDialog>());
        QVERIFY(gui.backToWindow());

        // The badge, with words for the tooltip and the screen reader.
        QTRY_VERIFY(gui.badged(QStringLiteral("db-1")));
        QVERIFY(!gui.badged(QStringLiteral("db-2")));
        const QString said = gui.status(QStringLiteral("db-1")).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(said.contains(QStringLiteral("Acknowledged by li.lei until resolved: replacing the disk")),
                 qPrintable(said));
        QVERIFY(gui.status(QStringLiteral("db-1")).data(Qt::ToolTipRole).toString().contains(QStringLiteral("li.lei")));

        // The filter and the built-in view.
        QTRY_COMPARE(gui.alertDesk().sidebar()->countOf(QStringLiteral("acked")), 1);
        gui.alertDesk().filterBar()->setText(QStringLiteral("@acked=true"));
        QTRY_COMPARE(gui.shownSubjects(), QStringList{QStringLiteral("db-1")});
        gui.alertDesk().filterBar()->setText(QStringLiteral("@acked=false"));
        QTRY_COMPARE(gui.shownSubjects(), (QStringList{QStringLiteral("db-2"), QStringLiteral("web-1")}));
        gui.alertDesk().filterBar()->setText(QString());
        QTRY_COMPARE(gui.model()->rowCount(), 3);

        // The detail's timeline says who acknowledged it.
        gui.select(QStringLiteral("db-1"));
        auto* timeline = gui.desk->window.findChild<QTreeWidget*>(QStringLiteral("detailTimeline"));
        QVERIFY(timeline);
        QTRY_VERIFY(!timeline->findItems(QStringLiteral("Acknowledged"), Qt::MatchExactly, 1).isEmpty());
        QVERIFY(timeline->findItems(QStringLiteral("Acknowledged"), Qt::MatchExactly, 1)
                    .first()
                    ->text(3)
                    .contains(QStringLiteral("li.lei")));

        // Shift+A takes it back.
        press(gui.table(), Qt::Key_A, Qt::ShiftModifier);
        QTRY_VERIFY(!gui.badged(QStringLiteral("db-1")));
        QTRY_COMPARE(gui.alertDesk().sidebar()->countOf(QStringLiteral("acked")), 0);
        QTRY_VERIFY(!timeline->findItems(QStringLiteral("Acknowledgement ended"), Qt::MatchExactly, 1).isEmpty());
    }

    void silenceWithTheKeyboardAndExpireFromTheList()
    {
        AckGui gui(m_secrets);
        QVERIFY(start(gui));
        gui.select(QStringLiteral("db-2"));

        press(gui.table(), Qt::Key_S);
        ui::SilenceDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::SilenceDialog>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* matchers = dialog->findChild<QLineEdit*>(QStringLiteral("silenceMatchersEdit"));
        QCOMPARE(matchers->text(), QStringLiteral("source=urn:ackdesk type=disk.full subject=db-2"));
        auto* info = dialog->findChild<QLabel*>(QStringLiteral("silenceMatchInfo"));
        QVERIFY2(info->text().contains(QStringLiteral("1 alert")), qPrintable(info->text()));
        // Widening the matchers: the live count follows; a bad term says where and why.
        QTRY_COMPARE(QApplication::focusWidget(), matchers);
        matchers->selectAll();
        QTest::keyClicks(matchers, QStringLiteral("type=disk.full colour=red"));
        QTRY_COMPARE(dialog->matchCount(), -1);
        QVERIFY2(info->text().contains(QStringLiteral("colour")), qPrintable(info->text()));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("silenceOkButton"))->isEnabled());
        for (int i = 0; i < int(QStringLiteral(" colour=red").size()); ++i)
            press(matchers, Qt::Key_Backspace);
        QTRY_COMPARE(dialog->matchCount(), 2);
        auto* duration = dialog->findChild<QComboBox*>(QStringLiteral("silenceDurationCombo"));
        duration->setFocus();
        duration->lineEdit()->selectAll();
        QTest::keyClicks(duration->lineEdit(), QStringLiteral("90m"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("silenceNoteEdit")), QStringLiteral("CHG-1"));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("silenceOkButton"))->isEnabled());
        press(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!openDialog<ui::SilenceDialog>());
        QVERIFY(gui.backToWindow());

        QCOMPARE(gui.acks->silences().size(), 1);
        const Silence silence = gui.acks->silences().first();
        QCOMPARE(silence.matchers, QStringLiteral("type=disk.full"));
        QCOMPARE(silence.note, QStringLiteral("CHG-1"));
        QCOMPARE(silence.endsMs - silence.startsMs, qint64(90) * 60'000);
        QTRY_VERIFY(gui.badged(QStringLiteral("db-1")) && gui.badged(QStringLiteral("db-2")));
        QVERIFY(!gui.badged(QStringLiteral("web-1")));
        QVERIFY(gui.status(QStringLiteral("db-1"))
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Silenced by")));
        QTRY_COMPARE(gui.alertDesk().sidebar()->countOf(QStringLiteral("silenced")), 2);

        // A new alert that matches arrives silenced.
        gui.desk->store.ingest(
            {alertEvent(QStringLiteral("fp-4"), QStringLiteral("db-3"), QStringLiteral("disk.full"))});
        QTRY_VERIFY(gui.badged(QStringLiteral("db-3")));
        gui.alertDesk().filterBar()->setText(QStringLiteral("@silenced=true"));
        QTRY_COMPARE(gui.shownSubjects(),
                     (QStringList{QStringLiteral("db-1"), QStringLiteral("db-2"), QStringLiteral("db-3")}));

        // Ctrl+7: the Silences panel lists it; Expire ends it; Undo brings it back; Expire again.
        press(gui.table(), Qt::Key_7, Qt::ControlModifier);
        QDockWidget* dock = gui.controller->dock();
        QTRY_VERIFY(dock->isVisible());
        auto* list = dock->findChild<QTreeWidget*>(QStringLiteral("silencesList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(ui::SilencesPanel::State), QStringLiteral("Active"));
        QCOMPARE(list->topLevelItem(0)->text(ui::SilencesPanel::Matches), QStringLiteral("3"));
        auto* expire = dock->findChild<QPushButton*>(QStringLiteral("silencesExpireButton"));
        auto* undo = dock->findChild<QPushButton*>(QStringLiteral("silencesUndoButton"));
        expire->setFocus();
        press(expire, Qt::Key_Space);
        QTRY_COMPARE(list->topLevelItem(0)->text(ui::SilencesPanel::State), QStringLiteral("Expired"));
        QTRY_COMPARE(gui.model()->rowCount(), 0); // the @silenced filter now shows nothing
        QVERIFY(!expire->isEnabled());
        QVERIFY(undo->isEnabled());
        undo->setFocus();
        press(undo, Qt::Key_Space);
        QTRY_COMPARE(gui.model()->rowCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(ui::SilencesPanel::State), QStringLiteral("Active"));
        list->setFocus();
        expire->click();
        QTRY_COMPARE(gui.model()->rowCount(), 0);
        gui.alertDesk().filterBar()->setText(QString());
        QTRY_COMPARE(gui.model()->rowCount(), 4);
        QVERIFY(!gui.badged(QStringLiteral("db-1")));
        QTRY_COMPARE(gui.alertDesk().sidebar()->countOf(QStringLiteral("silenced")), 0);
        // Expired silences can be deleted from the list.
        auto* remove = dock->findChild<QPushButton*>(QStringLiteral("silencesDeleteButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(gui.acks->silences().size(), 0);
    }
};

QTEST_MAIN(TstAckDesk)
#include "tst_ackdesk.moc"
