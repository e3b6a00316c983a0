#pragma once

#include "common/Clock.h"
#include "config/RulesFile.h"
#include "feed/FeedService.h"
#include "routing/RoutingService.h"
#include "rules/RecentEvents.h"
#include "store/AckStore.h"
#include "store/AckStoreSuppression.h"
#include "store/AlertStore.h"
#include "ui/MainWindow.h"
#include "ui/feed/FeedController.h"

namespace alertdesk {
class ProfilePaths;
class SecretStore;
class Settings;
} // namespace alertdesk

namespace alertdesk::ui {

class AckController;
class NotificationsPanel;
class RulesPanel;

// One desk on one profile: the engine's services and the main window with all its panels, wired as the GUI runs
// them. ui/main.cpp builds one; the GUI tests build the same thing. Members are declared in the order they
// depend on each other, so they are destroyed in the reverse: the window (and what it owns) first.
struct Desk final
{
    Desk(const ProfilePaths& paths, Settings& settings, SecretStore& secrets, RetentionLimits limits = {});
    ~Desk();
    Desk(const Desk&) = delete;
    Desk& operator=(const Desk&) = delete;

    // Opens the history (off the GUI thread); the acknowledgements and silences follow it.
    void open();

    SystemClock clock;
    FeedService feed;
    AlertStore store;
    AckStore acks;                     // acknowledgements and silences, loaded after the history
    RulesFile rulesFile;               // an invalid file is shown in the Rules panel; the last valid set stays
    rules::RecentEvents recentEvents;  // the rule editor's live test: the last 1,000 events
    AckStoreSuppression suppression;   // what the router asks about silences and acknowledgements
    RoutingService routing;            // live events through the rules in force, off the GUI thread
    FeedController controller;
    MainWindow window;
    AckController* ackController = nullptr;           // owned by the window
    RulesPanel* rulesPanel = nullptr;                 // owned by its dock
    NotificationsPanel* notificationsPanel = nullptr; // owned by its dock
};

} // namespace alertdesk::ui
