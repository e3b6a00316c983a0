#pragma once

#include <QString>

namespace alertdesk {

// Profile settings the view model exposes to templates.
struct ViewSettings
{
    // The operator's console (e.g. "https://alertdesk.example.com"): alert links become
    // <consoleBaseUrl>/alerts/<fingerprint>. Empty: links fall back to what the source provides.
    QString consoleBaseUrl;
    // "en" or "zh": the language of the view model's ready-made words (status, severity, ages, facts).
    QString language = QStringLiteral("en");
    // The message type shows the link itself (a card button, a clickable card): templates then leave the link
    // out of the text (the field showLink).
    bool messageHasButton = false;
};

} // namespace alertdesk
