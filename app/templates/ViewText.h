#pragma once

#include <QString>

#include "event/Event.h"

namespace alertdesk {

// The ready-made words of the view model and the payload builders, in English or Chinese ("en", "zh").
bool isChinese(const QString& language);
QString severityText(Severity severity, bool zh);
QString statusText(Status status, bool zh);
QString severityEmoji(Severity severity);
QString statusEmoji(Status status);
// "1h 5m", "3m 12s", "45s" / "1小时5分钟", "3分钟12秒", "45秒"; the two largest units only.
QString durationText(qint64 ms, bool zh);
// "3m ago" / "3分钟前"; "just now" / "刚刚" under a second.
QString ageText(qint64 ms, bool zh);
// "2026-11-27 08:43:52 +08:00" in the local time zone; "2026-11-27 00:43:52 UTC".
QString localTimeText(qint64 epochMs);
QString utcTimeText(qint64 epochMs);
// Colour names for a severity and status (resolved is always green).
QString wecomColorName(Severity severity, Status status);     // WeCom <font color>: warning, info, comment
QString feishuTemplateName(Severity severity, Status status); // card header: red orange yellow blue grey green
QString colorHex(Severity severity, Status status);           // "#E01E5A"
QString teamsColorName(Severity severity, Status status);     // Adaptive Card: attention warning accent good

// The link button's label: "View details" / "查看详情".
QString viewDetailsText(bool zh);

} // namespace alertdesk
