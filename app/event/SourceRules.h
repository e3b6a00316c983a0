#pragma once

#include <string_view>

#include <QString>

#include "event/Event.h"

namespace alertdesk {

// The per-source derivations of severity, status and title that BRIEF.md leaves to "documented rules"; the
// README's "Event model" section states them and tst_eventdecoder checks each.

// Tencent Cloud EventBridge: the source ends in ".cloud.tencent".
bool isTencentSource(QStringView source);
// Severity from a Tencent type "product:Category:Name": ErrorEvent names that mean data loss or an unreachable
// machine are critical, other ErrorEvents major, everything else (operations, API calls, object events) info.
Severity tencentSeverity(QStringView type);
// Status from Tencent's "1" / "0" / "-" or the words firing / resolved / stateless (the hub's extension).
Status statusFromText(QStringView text);
Status statusFromText(std::string_view utf8);
// The readable last part of a type: "cvm:ErrorEvent:GuestReboot" → "GuestReboot";
// reverse-DNS types keep their last two parts: "com.example.disk.full" → "disk.full".
std::string_view typeDisplayName(std::string_view utf8Type);

} // namespace alertdesk
