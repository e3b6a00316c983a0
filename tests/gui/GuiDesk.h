#pragma once

#include <QString>
#include <QTranslator>

#include "config/ProfilePaths.h"
#include "config/Settings.h"
#include "secrets/SecretStore.h"
#include "ui/Desk.h"
#include "ui/Language.h"

namespace alertdesk::test {

// One desk as a user starts it (ui::Desk, as ui/main.cpp builds it) on a given profile directory and secret
// store, speaking `language` from the built .qm files. The names below are the desk's parts, for the tests.
struct GuiDesk
{
    GuiDesk(const QString& profileDir, SecretStore& secrets, const QString& language = QStringLiteral("en"))
        : translationInstalled(ui::installTranslation(translator, language, QStringLiteral(ALERTDESK_QM_DIR))),
          paths(ProfilePaths::resolve(profileDir).value()), settings(paths.settingsFile()),
          app(paths, settings, secrets), clock(app.clock), feed(app.feed), store(app.store),
          controller(app.controller), window(app.window)
    {
        app.open();
    }

    QTranslator translator;
    bool translationInstalled;   // the built .qm was found (removed again with the translator)
    ProfilePaths paths;
    Settings settings;
    ui::Desk app;
    SystemClock& clock;
    FeedService& feed;
    AlertStore& store;
    ui::FeedController& controller;
    ui::MainWindow& window;
};

} // namespace alertdesk::test
