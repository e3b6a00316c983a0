#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "event/Event.h"

namespace alertdesk::ui {

// UX.md's visual language: severity by colour, icon shape and text, never colour alone.
QColor severityColour(Severity severity, bool dark);
// A filled circle for critical, major and warning; a ring for info and unknown. Cached per palette kind.
QIcon severityIcon(Severity severity, bool dark);
QString severityText(Severity severity);   // translated: "Critical", "严重"
QString statusText(Status status);         // translated: "Firing", "Resolved", "Stateless"

} // namespace alertdesk::ui
