// Light and dark follow the palette (UX.md, Visual language): the severity icons take the dark-theme variants
// when the system palette turns dark and back when it turns light; resolved alerts are dimmed with the palette's
// disabled text colour, never a severity colour.
#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "GuiDesk.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AlertStore.h"
#include "ui/alerts/AlertColumns.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/SeverityStyle.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;

namespace {

Event alert(const QString& fingerprint, Severity severity, Status status)
{
    Event event;
    event.id = fingerprint + QStringLiteral("-1");
    event.source = QStringLiteral("alertmanager");
    event.type = QStringLiteral("alertmanager.alert");
    event.subject = fingerprint;
    event.title = QStringLiteral("DiskFull");
    event.timeMs = 1'790'000'000'000;
    event.severity = severity;
    event.status = status;
    event.fingerprint = fingerprint;
    event.payload = QByteArrayLiteral("{}");
    return event;
}

// The colour in the middle of the icon the table paints for `row`.
QColor iconColour(const ui::AlertTableModel& model, int row)
{
    const auto icon = model.index(row, int(ui::AlertColumn::Severity)).data(Qt::DecorationRole).value<QIcon>();
    return icon.pixmap(32, 32).toImage().pixelColor(16, 16);
}

int rowOf(const ui::AlertTableModel& model, const QString& subject)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, int(ui::AlertColumn::Subject)).data().toString() == subject)
            return row;
    }
    return -1;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return dark;
}

} // namespace

class TstDeskPalette final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets{QStringLiteral("AlertDesk-test")};

private slots:
    void severityColoursFollowThePalette()
    {
        const QPalette light = QApplication::palette();
        QTemporaryDir profile;
        GuiDesk desk(profile.path(), m_secrets);
        desk.window.show();
        QTRY_VERIFY(desk.store.isOpen());
        desk.store.ingest({alert(QStringLiteral("crit"), Severity::Critical, Status::Firing),
                           alert(QStringLiteral("gone"), Severity::Major, Status::Resolved)});
        const ui::AlertTableModel& model = *desk.window.desk()->model();
        QTRY_COMPARE(model.rowCount(), 2);
        const int crit = rowOf(model, QStringLiteral("crit"));
        QVERIFY(crit >= 0);
        QCOMPARE(iconColour(model, crit), ui::severityColour(Severity::Critical, false));

        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(iconColour(model, crit), ui::severityColour(Severity::Critical, true));
        QVERIFY(ui::severityColour(Severity::Critical, true) != ui::severityColour(Severity::Critical, false));

        // Resolved: the palette's disabled text, whichever palette is in force.
        const int gone = rowOf(model, QStringLiteral("gone"));
        const auto dimmed = model.index(gone, int(ui::AlertColumn::Title)).data(Qt::ForegroundRole).value<QBrush>();
        QCOMPARE(dimmed.color(), QApplication::palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(!model.index(crit, int(ui::AlertColumn::Title)).data(Qt::ForegroundRole).isValid());

        QApplication::setPalette(light);
        QTRY_COMPARE(iconColour(model, crit), ui::severityColour(Severity::Critical, false));
    }
};

QTEST_MAIN(TstDeskPalette)
#include "tst_deskpalette.moc"
