#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace alertdesk {

// One tag of a Mustache template, found the way the library's parser finds it (same delimiter handling).
struct TemplateTag
{
    enum class Kind : char {
        Variable = 'v',
        Unescaped = '&',
        Triple = '{',
        Section = '#',
        Inverted = '^',
        Close = '/',
        Partial = '>',
        Comment = '!',
        Delimiter = '=',
    };
    size_t begin = 0; // offset of the opening delimiter in the original text
    size_t end = 0;   // offset just past the closing delimiter
    Kind kind = Kind::Variable;
    std::string name;
    std::string indent; // Partial only: the indentation of a standalone partial tag
};

// A template prepared for the Mustache library: the tags, the problems the library would report without a
// place (or not at all), and the text with the spec's standalone-line rule applied to every tag that renders
// nothing on its own line (comment, delimiter, partial, section open and close), which the library does only in
// part (it leaves blank lines for comments, delimiters, partials and false sections). Standalone partial tags
// get their indentation encoded in the name (see partialKey()).
struct ScannedTemplate
{
    std::string text;
    std::vector<TemplateTag> tags;
    size_t errorOffset = std::string::npos; // in the original text
    std::string error;                      // empty when the template is well formed

    // Maps an offset in `text` back to the original text.
    size_t originalOffset(size_t processedOffset) const;

    struct Anchor
    {
        size_t processed;
        size_t original;
    };
    std::vector<Anchor> anchors; // (processed, original) pairs after each edit, in order
};

// Follows every standalone tag in ScannedTemplate::text; rendering removes it from the output.
inline constexpr char kStandaloneMarker = '\x01';

ScannedTemplate scanTemplate(std::string_view source);
// Name under which a partial with this indentation is registered: the name itself when not indented.
std::string partialKey(const std::string& name, const std::string& indent);
// A partial's text with `indent` put before every line (spec partials "Standalone Indentation").
std::string indentLines(std::string_view text, const std::string& indent);

} // namespace alertdesk
