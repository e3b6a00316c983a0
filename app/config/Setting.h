#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace alertdesk {

// One typed setting: its key in settings.ini and its default (qBittorrent's SettingValue<T>, Tiled's
// Preference<T>). Every key lives in the table below, so a reader finds them all in one place.
template <typename T>
struct Setting
{
    const char* key;
    T defaultValue;
};

namespace settings {

// Which feed runs at start: "demo" or "url" (the last choice of the operator; never the token).
inline const Setting<QString> feedMode{"feed/mode", QStringLiteral("demo")};
inline const Setting<QString> feedUrl{"feed/url", {}};
inline const Setting<QStringList> recentFeedUrls{"feed/recentUrls", {}};
inline const Setting<double> demoRate{"feed/demoRate", 20.0};

// "system", "en" or "zh_CN"; read once at start, so a change takes effect after a restart.
inline const Setting<QString> language{"ui/language", QStringLiteral("system")};
inline const Setting<bool> firstStartHintDismissed{"ui/firstStartHintDismissed", false};
inline const Setting<QByteArray> mainWindowGeometry{"ui/mainWindowGeometry", {}};
inline const Setting<QByteArray> mainWindowState{"ui/mainWindowState", {}};
inline const Setting<QByteArray> alertTableHeader{"ui/alertTableHeader", {}};
inline const Setting<QString> alertFilter{"ui/alertFilter", {}};
inline const Setting<QString> currentView{"ui/currentView", QStringLiteral("all")};
inline const Setting<QByteArray> savedViews{"ui/savedViews", {}};   // JSON, config/SavedView.h

// History retention (BRIEF.md, "Configuration and data"); read at start.
inline const Setting<int> historyMaxMiB{"history/maxMiB", 1024};
inline const Setting<int> historyMaxEventsPerAlert{"history/maxEventsPerAlert", 100};

// The operator's console, for links in messages (templates/ViewSettings.h); edited in the Templates panel.
inline const Setting<QString> consoleBaseUrl{"templates/consoleBaseUrl", {}};

inline constexpr int maxRecentFeedUrls = 8;

} // namespace settings

} // namespace alertdesk
