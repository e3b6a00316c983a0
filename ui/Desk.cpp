#include "ui/Desk.h"

#include <QCoreApplication>
#include <QKeySequence>

#include "config/ProfilePaths.h"
#include "ui/acks/AckController.h"
#include "ui/routing/NotificationsPanel.h"
#include "ui/rules/RulesPanelSetup.h"

namespace alertdesk::ui {

Desk::Desk(const ProfilePaths& paths, Settings& settings, SecretStore& secrets, RetentionLimits limits)
    : store(paths.databaseFile(), limits), acks(store, clock, paths.databaseFile()), rulesFile(paths.rulesFile()),
      suppression(acks), routing(clock, &suppression), controller(feed, secrets, settings),
      window(feed, store, clock, controller, secrets, settings)
{
    QObject::connect(&feed, &FeedService::eventsArrived, &store, &AlertStore::ingest);
    QObject::connect(&feed, &FeedService::eventsArrived, &recentEvents, &rules::RecentEvents::append);
    QObject::connect(&feed, &FeedService::eventsArrived, &routing, &RoutingService::offer);
    // Nothing is routed out before the silences and acknowledgements are known: a silenced alert arriving at
    // startup would otherwise be reported as to send.
    routing.setHeld(true);
    QObject::connect(&acks, &AckStore::loaded, &routing, [this] { routing.setHeld(false); });
    QObject::connect(&acks, &AckStore::storageFailed, &routing, [this] { routing.setHeld(false); });
    static_cast<void>(rulesFile.load());   // a fault is reported by loadFailed and shown in the Rules panel
    routing.setRules(rulesFile.ruleSet());
    QObject::connect(&rulesFile, &RulesFile::ruleSetChanged, &routing,
                     [this] { routing.setRules(rulesFile.ruleSet()); });

    ackController = new AckController(acks, window);
    rulesPanel = installRulesPanel(window, store, recentEvents, rulesFile);
    notificationsPanel = new NotificationsPanel(routing, &window);
    window.addPanel(notificationsPanel, QCoreApplication::translate("main", "Notifications"),
                    QStringLiteral("notificationsDock"), QKeySequence(Qt::CTRL | Qt::Key_6));
}

Desk::~Desk()
{
    feed.stop();
}

void Desk::open()
{
    store.open();
}

} // namespace alertdesk::ui
