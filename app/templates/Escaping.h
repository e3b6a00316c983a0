#pragma once

#include <string>
#include <string_view>

#include <QString>

namespace alertdesk {

// What `{{name}}` does to a value for a target. Mustache's own HTML escaping would put "&amp;" into IM markdown
// and JSON strings (the JSON layer escapes for itself), so only targets that parse HTML-like markup get it.
enum class Escaping {
    None,         // IM markdown, plain text, card fields: the value as it is
    Html,         // Mustache's own default (& < > " '), for HTML targets and the Mustache spec
    TelegramHtml, // Telegram parse_mode HTML: & < > " as entities (Telegram knows no &apos;)
    Slack,        // Slack mrkdwn: & < > as entities (Slack's control characters)
};

std::string escapeUtf8(std::string_view text, Escaping escaping);
QString escapeText(const QString& text, Escaping escaping);
// Backslash before the characters common IM markdown dialects give meaning to (* _ ` [ ] ~ > # |).
std::string escapeMarkdownUtf8(std::string_view text);
// The inside of a JSON string literal (no quotes), for templates that write JSON text themselves.
std::string escapeJsonUtf8(std::string_view text);

} // namespace alertdesk
