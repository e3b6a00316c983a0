#pragma once

#include <QString>

namespace alertdesk::ui {

// Who the acknowledge and silence dialogs name by default: the operating system's user name.
QString operatorName();

} // namespace alertdesk::ui
