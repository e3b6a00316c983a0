#pragma once

namespace alertdesk {
class AlertStore;
class RulesFile;
} // namespace alertdesk
namespace alertdesk::rules {
class RecentEvents;
}

namespace alertdesk::ui {

class MainWindow;
class RulesPanel;

// Composition: the Rules panel as a bottom dock of the main window (View menu, Ctrl+4), and "New Rule from This
// Alert…" in the alert table's context menu, which opens it on a rule pre-filled from the current alert.
RulesPanel* installRulesPanel(MainWindow& window, AlertStore& store, rules::RecentEvents& recent, RulesFile& rulesFile);

} // namespace alertdesk::ui
