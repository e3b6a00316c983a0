// The filter bar as an operator types in it (UX.md): completion of field names and of values seen in the data,
// a completion inserted at the place being typed, a bad term underlined with its reason beside the bar, and the
// match count.
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "GuiDesk.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AlertStore.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/FilterBar.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;

namespace {

Event alert(const QString& subject, const QString& region)
{
    Event event;
    event.id = subject;
    event.source = QStringLiteral("cvm.cloud.tencent");
    event.type = QStringLiteral("cvm:ErrorEvent:GuestReboot");
    event.subject = subject;
    event.region = region;
    event.title = QStringLiteral("GuestReboot ") + subject;
    event.timeMs = 1'790'000'000'000;
    event.severity = Severity::Major;
    event.status = Status::Firing;
    event.labels = {{QStringLiteral("team"), QStringLiteral("ops")}};
    event.fingerprint = subject;
    event.payload = QByteArrayLiteral("{}");
    return event;
}

QStringList popupEntries(QAbstractItemView* popup)
{
    QStringList entries;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        entries.append(popup->model()->index(row, 0).data().toString());
    return entries;
}

} // namespace

class TstFilterBar final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};

private slots:
    void completesFieldsAndSeenValues()
    {
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        QTRY_VERIFY(desk.store.isOpen());
        desk.store.ingest({alert(QStringLiteral("ins-1"), QStringLiteral("ap-guangzhou")),
                           alert(QStringLiteral("ins-2"), QStringLiteral("ap-shanghai"))});
        ui::FilterBar* bar = desk.window.desk()->filterBar();
        QLineEdit* edit = bar->edit();
        QAbstractItemView* popup = nullptr;   // a top-level popup window of its own
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("filterCompletionPopup"))
                popup = qobject_cast<QAbstractItemView*>(widget);
        }
        QVERIFY(popup);
        edit->setFocus();

        // A field name being typed: the fields that start with it, label names among them.
        QTest::keyClicks(edit, QStringLiteral("reg"));
        QTRY_VERIFY(popup->isVisible());
        QVERIFY2(popupEntries(popup).contains(QStringLiteral("region")), qPrintable(popupEntries(popup).join(u',')));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("labels.t"));
        QTRY_VERIFY(popupEntries(popup).contains(QStringLiteral("labels.team")));

        // After the operator, the values seen in the data; choosing one puts it in place of what was typed.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("severity>=major region:ap-s"));
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popupEntries(popup), QStringList{QStringLiteral("ap-shanghai")});
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(edit->text(), QStringLiteral("severity>=major region:ap-shanghai"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(desk.window.desk()->model()->rowCount(), 1);
        auto* count = desk.window.findChild<QLabel*>(QStringLiteral("filterCount"));
        QCOMPARE(count->text(), QStringLiteral("1 of 2 alerts"));
    }

    void badTermIsUnderlinedWithItsReason()
    {
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        QTRY_VERIFY(desk.store.isOpen());
        ui::FilterBar* bar = desk.window.desk()->filterBar();
        bar->setText(QStringLiteral("labels.team:ops colour=red"));
        auto* error = desk.window.findChild<QLabel*>(QStringLiteral("filterError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Unknown field “colour”."));
        // The reason also reaches the edit's tooltip and screen readers (the term itself is underlined in place;
        // its position is FilterError's, tested in tst_alertfilter).
        QCOMPARE(bar->edit()->toolTip(), error->text());
        QCOMPARE(bar->edit()->accessibleDescription(), error->text());
        bar->setText(QStringLiteral("labels.team:ops"));
        QVERIFY(!error->isVisible());
        QVERIFY(bar->edit()->toolTip().isEmpty());
    }
};

QTEST_MAIN(TstFilterBar)
#include "tst_filterbar.moc"
