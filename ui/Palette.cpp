#include "Palette.h"

#include <QPainter>
#include <QPixmap>

namespace alertdesk::ui {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor feedStateColour(FeedState state, bool demo, bool dark)
{
    if (demo && state != FeedState::Stopped)
        return dark ? QColor(0x64, 0xB5, 0xF6) : QColor(0x15, 0x65, 0xC0);   // blue: not real data
    switch (state) {
    case FeedState::Connected:
        return dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x2E, 0x7D, 0x32);
    case FeedState::Connecting:
    case FeedState::Reconnecting:
        return dark ? QColor(0xFF, 0xD5, 0x4F) : QColor(0xF9, 0xA8, 0x25);
    case FeedState::Stopped:
        break;
    }
    return dark ? QColor(0xBD, 0xBD, 0xBD) : QColor(0x75, 0x75, 0x75);
}

QColor errorColour(bool dark)
{
    return dark ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xC6, 0x28, 0x28);
}

QIcon stateDot(const QColor& colour, bool filled)
{
    QIcon icon;
    for (const int side : {16, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal pen = side / 8.0;
        painter.setPen(QPen(colour, pen));
        painter.setBrush(filled ? QBrush(colour) : QBrush(Qt::NoBrush));
        const qreal inset = side * 0.25;
        painter.drawEllipse(QRectF(inset, inset, side - 2 * inset, side - 2 * inset));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace alertdesk::ui
