#pragma once

#include <expected>
#include <optional>

#include <QHash>
#include <QString>

#include "templates/Template.h"

namespace alertdesk {

// A message template as the operator writes it: an optional front matter of `key: value` lines between two
// "---" lines, then the Mustache body. The `title` value is itself a Mustache template (the IM's title, card
// header or notification preview); other keys (atMobiles, atUserIds, atAll) are plain settings for the payload.
//
//     ---
//     title: {{statusEmoji}} {{title}}
//     atMobiles: 13800001111
//     ---
//     ### {{title}}
//     …
class MessageTemplate final
{
public:
    // Errors carry lines and columns of the whole file, front matter included.
    static std::expected<MessageTemplate, TemplateError> parse(const QString& text, const PartialLibrary* partials,
                                                               Escaping bodyEscaping);

    const Template& body() const { return *m_body; }
    const std::optional<Template>& title() const { return m_title; }
    QString setting(const QString& key) const { return m_settings.value(key); }

private:
    MessageTemplate() = default;
    std::optional<Template> m_body;
    std::optional<Template> m_title;
    QHash<QString, QString> m_settings;
};

} // namespace alertdesk
