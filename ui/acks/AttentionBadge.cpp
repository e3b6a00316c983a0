#include "ui/acks/AttentionBadge.h"

#include <array>

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include "store/AckStore.h"
#include "store/AlertRow.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/alerts/TimeText.h"

namespace alertdesk::ui {

namespace {

// A check mark in a square of `side`, green like "done" in both palettes.
void paintCheck(QPainter& painter, const QRectF& box, bool dark)
{
    const QColor colour = dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x2E, 0x7D, 0x32);
    painter.setPen(QPen(colour, box.width() / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath path;
    path.moveTo(box.left() + box.width() * 0.18, box.top() + box.height() * 0.55);
    path.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.78);
    path.lineTo(box.left() + box.width() * 0.84, box.top() + box.height() * 0.26);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

// A bell with a slash through it, in the palette's text grey (a silence is calm, not an alarm).
void paintBellOff(QPainter& painter, const QRectF& box, bool dark)
{
    const QColor colour = dark ? QColor(0xBD, 0xBD, 0xBD) : QColor(0x61, 0x61, 0x61);
    const qreal w = box.width();
    const qreal h = box.height();
    QPainterPath bell;
    bell.moveTo(box.left() + w * 0.22, box.top() + h * 0.72);
    bell.cubicTo(box.left() + w * 0.30, box.top() + h * 0.58, box.left() + w * 0.26, box.top() + h * 0.18,
                 box.left() + w * 0.50, box.top() + h * 0.16);
    bell.cubicTo(box.left() + w * 0.74, box.top() + h * 0.18, box.left() + w * 0.70, box.top() + h * 0.58,
                 box.left() + w * 0.78, box.top() + h * 0.72);
    bell.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(bell);
    painter.drawEllipse(QPointF(box.left() + w * 0.5, box.top() + h * 0.82), w * 0.09, h * 0.09);
    painter.setPen(QPen(colour, w / 9.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(box.left() + w * 0.14, box.top() + h * 0.12),
                     QPointF(box.left() + w * 0.86, box.top() + h * 0.90));
}

QIcon makeBadge(quint8 flags, bool dark)
{
    const bool acked = flags & AlertRow::Acknowledged;
    const bool silenced = flags & AlertRow::Silenced;
    QIcon icon;
    for (const int side : {16, 32}) {
        // Square like the severity dots, so it fits the row's icon size; with both, the bell-off and a smaller
        // check at its lower right.
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (silenced)
            paintBellOff(painter, acked ? QRectF(0, 0, side * 0.75, side * 0.75) : QRectF(0, 0, side, side), dark);
        if (acked)
            paintCheck(painter,
                       silenced ? QRectF(side * 0.4, side * 0.4, side * 0.6, side * 0.6) : QRectF(0, 0, side, side),
                       dark);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon attentionBadge(quint8 flags, bool dark)
{
    const int key = flags & (AlertRow::Acknowledged | AlertRow::Silenced);
    if (key == 0)
        return {};
    static std::array<std::array<QIcon, 4>, 2> cache;
    QIcon& icon = cache[dark ? 1 : 0][std::size_t(key)];
    if (icon.isNull())
        icon = makeBadge(quint8(key), dark);
    return icon;
}

QString attentionText(const AckStore* acks, const AlertRow& row)
{
    QStringList lines;
    if (row.flags & AlertRow::Acknowledged) {
        const auto ack = acks ? acks->acknowledgement(row.alertId) : std::nullopt;
        QString line;
        if (!ack)
            line = QCoreApplication::translate("AttentionBadge", "Acknowledged");
        else if (ack->untilResolved)
            line = QCoreApplication::translate("AttentionBadge", "Acknowledged by %1 until resolved").arg(ack->actor);
        else
            line = QCoreApplication::translate("AttentionBadge", "Acknowledged by %1 until %2")
                       .arg(ack->actor, localTime(ack->untilMs));
        if (ack && !ack->note.isEmpty())
            line += QStringLiteral(": ") + ack->note;
        lines.append(line);
    }
    if (row.flags & AlertRow::Silenced) {
        const auto tableRow = acks ? acks->alertStore().table().findAlertId(row.alertId) : std::nullopt;
        const auto silence = tableRow ? acks->silenceOf(*tableRow) : std::nullopt;
        lines.append(silence ? QCoreApplication::translate("AttentionBadge", "Silenced by %1 until %2 (%3)")
                                   .arg(silence->actor, localTime(silence->endsMs), silence->matchers)
                             : QCoreApplication::translate("AttentionBadge", "Silenced"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace alertdesk::ui
