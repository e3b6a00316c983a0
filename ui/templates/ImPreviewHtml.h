#pragma once

#include <QJsonObject>
#include <QString>

#include "notify/ChannelType.h"
#include "notify/MessageType.h"

namespace alertdesk::ui {

// An approximation, in the HTML a QTextBrowser shows, of how an IM displays one request body: its markdown subset
// (what the IM does not support stays literal, as it would there), its colours (WeCom <font color>, the Feishu
// card header), mentions, titles that show only in the notification preview (DingTalk markdown), buttons. Not a
// renderer of the IMs' clients: a preview to catch the usual surprises before sending.
QString imPreviewHtml(ChannelType channel, MessageType type, const QJsonObject& body);

} // namespace alertdesk::ui
