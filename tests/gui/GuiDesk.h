#pragma once

#include <memory>

#include <QString>
#include <QTranslator>

#include "common/Clock.h"
#include "config/Settings.h"
#include "store/AlertStore.h"
#include "feed/FeedService.h"
#include "secrets/SecretStore.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/feed/FeedController.h"

namespace alertdesk::test {

// What ui/main.cpp wires, on a given profile directory and secret store: one desk as a user starts it.
struct GuiDesk
{
    GuiDesk(const QString& profileDir, SecretStore& secrets, const QString& language = QStringLiteral("en"))
        : translationInstalled(ui::installTranslation(translator, language, QStringLiteral(ALERTDESK_QM_DIR)))
        , settings(profileDir + QStringLiteral("/settings.ini"))
        , store(profileDir + QStringLiteral("/alertdesk.sqlite"), RetentionLimits{})
        , controller(feed, secrets, settings)
        , window(feed, store, clock, controller, secrets, settings)
    {
        QObject::connect(&feed, &FeedService::eventsArrived, &store, &AlertStore::ingest);
        store.open();
    }

    QTranslator translator;
    bool translationInstalled;   // the built .qm was found (removed again with the translator)
    Settings settings;
    FeedService feed;
    SystemClock clock;
    AlertStore store;
    ui::FeedController controller;
    ui::MainWindow window;
};

} // namespace alertdesk::test
