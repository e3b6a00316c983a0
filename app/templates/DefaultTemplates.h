#pragma once

#include <QString>
#include <QStringList>

#include "templates/PartialLibrary.h"

namespace alertdesk {

// The shipped templates (resources/templates, compiled in as :/templates): for each markup dialect an alert
// template (firing and resolved, Tencent Cloud and Alertmanager) and a digest template, in English and Chinese,
// plus the partials they include.
namespace defaultTemplates {

// "text", "markdown", "dingtalk", "wecom", "slack", "telegram".
QStringList markups();
// The template text; empty when there is none. `language` "zh…" picks Chinese, anything else English.
QString text(const QString& markup, bool digest, const QString& language);
// The resource path of that template (for messages).
QString path(const QString& markup, bool digest, const QString& language);
// The shared partials of that language.
PartialLibrary partials(const QString& language);

} // namespace defaultTemplates

} // namespace alertdesk
