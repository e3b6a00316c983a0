#include "ui/alerts/SeverityStyle.h"

#include <array>

#include <QCoreApplication>

#include "ui/Palette.h"

namespace alertdesk::ui {

QColor severityColour(Severity severity, bool dark)
{
    // Light theme colours from UX.md; the dark variants are lighter tints of the same hues, for the same contrast
    // against a dark base.
    switch (severity) {
    case Severity::Critical: return dark ? QColor(0xEF, 0x53, 0x50) : QColor(0xC6, 0x28, 0x28);
    case Severity::Major: return dark ? QColor(0xFF, 0xA7, 0x26) : QColor(0xEF, 0x6C, 0x00);
    case Severity::Warning: return dark ? QColor(0xFF, 0xEE, 0x58) : QColor(0xF9, 0xA8, 0x25);
    case Severity::Info: return dark ? QColor(0x64, 0xB5, 0xF6) : QColor(0x15, 0x65, 0xC0);
    case Severity::Unknown: break;
    }
    return dark ? QColor(0xBD, 0xBD, 0xBD) : QColor(0x75, 0x75, 0x75);
}

QIcon severityIcon(Severity severity, bool dark)
{
    static std::array<std::array<QIcon, 5>, 2> cache;
    QIcon& icon = cache[dark ? 1 : 0][std::size_t(severity)];
    if (icon.isNull()) {
        const bool filled = severity >= Severity::Warning;
        icon = stateDot(severityColour(severity, dark), filled);
    }
    return icon;
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QCoreApplication::translate("Severity", "Critical");
    case Severity::Major: return QCoreApplication::translate("Severity", "Major");
    case Severity::Warning: return QCoreApplication::translate("Severity", "Warning");
    case Severity::Info: return QCoreApplication::translate("Severity", "Info");
    case Severity::Unknown: break;
    }
    return QCoreApplication::translate("Severity", "Unknown");
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Firing: return QCoreApplication::translate("Status", "Firing");
    case Status::Resolved: return QCoreApplication::translate("Status", "Resolved");
    case Status::Stateless: break;
    }
    return QCoreApplication::translate("Status", "Stateless");
}

} // namespace alertdesk::ui
