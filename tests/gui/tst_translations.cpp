#include <QAbstractButton>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

#include "GuiDesk.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/Language.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;

// The window speaks the chosen language and nothing in the toolbar or status bar is clipped, in English and in
// Simplified Chinese (UX.md: "no clipped labels in either language").
class TstTranslations final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};

private slots:
    void noLabelElided_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("eventsWord");
        QTest::addColumn<QString>("demoWord");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("events") << QStringLiteral("DEMO");
        QTest::addRow("简体中文") << QStringLiteral("zh_CN") << QStringLiteral("事件") << QStringLiteral("演示");
    }

    void noLabelElided()
    {
        QFETCH(QString, language);
        QFETCH(QString, eventsWord);
        QFETCH(QString, demoWord);
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets, language);
        QVERIFY2(desk.translationInstalled, "the .qm file was not built");
        desk.window.resize(1000, 650);
        desk.window.show();
        desk.controller.startDemo();
        auto* count = desk.window.findChild<QLabel*>(QStringLiteral("eventCountLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(eventsWord) && !count->text().startsWith(QLatin1Char('0')),
                                 10000);
        auto* selector = desk.window.findChild<QAbstractButton*>(QStringLiteral("feedSelectorButton"));
        QTRY_VERIFY_WITH_TIMEOUT(selector->text().contains(demoWord), 10000);
        QVERIFY(desk.window.findChild<QLabel*>(QStringLiteral("demoLabel"))->text().contains(demoWord));

        QList<QWidget*> bars{desk.window.findChild<QToolBar*>(QStringLiteral("mainToolBar")), desk.window.statusBar()};
        int checked = 0;
        for (QWidget* bar : bars) {
            for (QLabel* label : bar->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const int needed = label->fontMetrics().horizontalAdvance(label->text());
                QVERIFY2(needed <= label->contentsRect().width(),
                         qPrintable(QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                                        .arg(label->objectName(), label->text())
                                        .arg(needed)
                                        .arg(label->contentsRect().width())));
                ++checked;
            }
            for (QAbstractButton* button : bar->findChildren<QAbstractButton*>()) {
                if (!button->isVisible() || button->text().isEmpty())
                    continue;
                QVERIFY2(button->width() >= button->sizeHint().width(),
                         qPrintable(QStringLiteral("%1 \"%2\" is %3 px wide, needs %4")
                                        .arg(button->objectName(), button->text())
                                        .arg(button->width())
                                        .arg(button->sizeHint().width())));
                QVERIFY(button->fontMetrics().horizontalAdvance(button->text()) < button->width());
                ++checked;
            }
        }
        QVERIFY(checked >= 4);   // the feed selector, DEMO, the event count, the rejected inputs
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
