#pragma once

#include <memory>

#include <QString>
#include <QTranslator>

#include "config/Settings.h"
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
        , controller(feed, secrets, settings)
        , window(feed, controller, secrets, settings)
    {
    }

    QTranslator translator;
    bool translationInstalled;   // the built .qm was found (removed again with the translator)
    Settings settings;
    FeedService feed;
    ui::FeedController controller;
    ui::MainWindow window;
};

} // namespace alertdesk::test
