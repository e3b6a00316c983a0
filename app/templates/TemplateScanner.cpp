#include "TemplateScanner.h"

namespace alertdesk {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isSpace(char c)
{
    return isBlank(c) || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

struct Delimiters
{
    std::string begin = "{{";
    std::string end = "}}";
    bool isDefault() const { return begin == "{{" && end == "}}"; }
};

// "=<% %>=" as the library parses it: two words without whitespace or '='.
bool parseDelimiters(std::string_view contents, Delimiters& out)
{
    if (contents.size() < 5 || contents.back() != '=')
        return false;
    const std::string_view inner = trimmed(contents.substr(1, contents.size() - 2));
    const size_t space = inner.find_first_of(" \t");
    if (space == std::string_view::npos)
        return false;
    const std::string_view open = inner.substr(0, space);
    const std::string_view close = trimmed(inner.substr(space));
    for (const std::string_view word : {open, close}) {
        if (word.empty())
            return false;
        for (const char c : word) {
            if (c == '=' || isSpace(c))
                return false;
        }
    }
    out.begin = std::string(open);
    out.end = std::string(close);
    return true;
}

TemplateTag::Kind kindOf(char c)
{
    switch (c) {
    case '#':
        return TemplateTag::Kind::Section;
    case '^':
        return TemplateTag::Kind::Inverted;
    case '/':
        return TemplateTag::Kind::Close;
    case '>':
        return TemplateTag::Kind::Partial;
    case '&':
        return TemplateTag::Kind::Unescaped;
    case '!':
        return TemplateTag::Kind::Comment;
    default:
        return TemplateTag::Kind::Variable;
    }
}

// Finds the tags; stops at the first tag the library could not parse either.
void findTags(std::string_view source, ScannedTemplate& out, std::vector<Delimiters>& delimitersAtTag)
{
    Delimiters delimiters;
    size_t pos = 0;
    std::vector<size_t> openSections;
    while (true) {
        const size_t begin = source.find(delimiters.begin, pos);
        if (begin == std::string_view::npos)
            break;
        size_t contents = begin + delimiters.begin.size();
        const bool triple = delimiters.isDefault() && contents < source.size() && source[contents] == '{';
        const std::string_view close = triple ? std::string_view("}}}") : std::string_view(delimiters.end);
        if (triple)
            ++contents;
        const size_t end = source.find(close, contents);
        if (end == std::string_view::npos) {
            out.errorOffset = begin;
            out.error = "unclosed tag: " + delimiters.begin + " without " + std::string(close);
            return;
        }
        const std::string_view inner = trimmed(source.substr(contents, end - contents));
        TemplateTag tag;
        tag.begin = begin;
        tag.end = end + close.size();
        delimitersAtTag.push_back(delimiters);
        if (triple) {
            tag.kind = TemplateTag::Kind::Triple;
            tag.name = std::string(inner);
        } else if (!inner.empty() && inner.front() == '=') {
            if (!parseDelimiters(inner, delimiters)) {
                out.errorOffset = begin;
                out.error = "bad delimiter tag: write {{=<% %>=}}, two delimiters without spaces or '=' inside";
                return;
            }
            tag.kind = TemplateTag::Kind::Delimiter;
        } else {
            tag.kind = inner.empty() ? TemplateTag::Kind::Variable : kindOf(inner.front());
            tag.name = std::string(tag.kind == TemplateTag::Kind::Variable ? inner : trimmed(inner.substr(1)));
        }
        if (tag.kind == TemplateTag::Kind::Section || tag.kind == TemplateTag::Kind::Inverted) {
            openSections.push_back(out.tags.size());
        } else if (tag.kind == TemplateTag::Kind::Close) {
            if (openSections.empty()) {
                out.errorOffset = begin;
                out.error = "closing tag for section \"" + tag.name + "\" that is not open";
                return;
            }
            const TemplateTag& open = out.tags[openSections.back()];
            if (open.name != tag.name) {
                out.errorOffset = begin;
                out.error = "closing tag for section \"" + tag.name + "\" while section \"" + open.name + "\" is open";
                return;
            }
            openSections.pop_back();
        }
        out.tags.push_back(std::move(tag));
        pos = end + close.size();
    }
    if (!openSections.empty()) {
        const TemplateTag& open = out.tags[openSections.back()];
        out.errorOffset = open.begin;
        out.error = "unclosed section \"" + open.name + "\": add {{/" + open.name + "}}";
    }
}

bool isStandaloneKind(TemplateTag::Kind kind)
{
    // Sections too: the library skips a standalone section line only when the section renders, so a false
    // section left a blank line.
    return kind == TemplateTag::Kind::Comment || kind == TemplateTag::Kind::Delimiter ||
        kind == TemplateTag::Kind::Partial || kind == TemplateTag::Kind::Section ||
        kind == TemplateTag::Kind::Inverted || kind == TemplateTag::Kind::Close;
}

} // namespace

size_t ScannedTemplate::originalOffset(size_t processedOffset) const
{
    size_t processed = 0;
    size_t original = 0;
    for (const Anchor& anchor : anchors) {
        if (anchor.processed > processedOffset)
            break;
        processed = anchor.processed;
        original = anchor.original;
    }
    return original + (processedOffset - processed);
}

std::string partialKey(const std::string& name, const std::string& indent)
{
    if (indent.empty())
        return name;
    // Unit separator, then one letter per indentation character, so the tag stays free of whitespace.
    std::string key = name + '\x1f';
    for (const char c : indent)
        key += c == '\t' ? 't' : 's';
    return key;
}

std::string indentLines(std::string_view text, const std::string& indent)
{
    if (indent.empty())
        return std::string(text);
    std::string out;
    out.reserve(text.size() + indent.size() * 4);
    bool atLineStart = true;
    for (size_t i = 0; i < text.size(); ++i) {
        if (atLineStart)
            out += indent;
        out += text[i];
        atLineStart = text[i] == '\n';
    }
    return out;
}

ScannedTemplate scanTemplate(std::string_view source)
{
    ScannedTemplate out;
    std::vector<Delimiters> delimitersAtTag;
    findTags(source, out, delimitersAtTag);
    if (!out.error.empty()) {
        out.text = std::string(source);
        return out;
    }
    out.text.reserve(source.size());
    size_t copied = 0;
    for (size_t i = 0; i < out.tags.size(); ++i) {
        TemplateTag& tag = out.tags[i];
        if (!isStandaloneKind(tag.kind))
            continue;
        size_t lineStart = tag.begin;
        while (lineStart > 0 && isBlank(source[lineStart - 1]))
            --lineStart;
        if (lineStart > 0 && source[lineStart - 1] != '\n')
            continue;
        size_t lineEnd = tag.end;
        while (lineEnd < source.size() && isBlank(source[lineEnd]))
            ++lineEnd;
        if (lineEnd < source.size() && source[lineEnd] == '\r' && lineEnd + 1 < source.size() &&
            source[lineEnd + 1] == '\n')
            lineEnd += 2;
        else if (lineEnd < source.size() && source[lineEnd] == '\n')
            ++lineEnd;
        else if (lineEnd != source.size())
            continue;
        // Standalone: the line's whitespace and line break go; a partial keeps the indentation for its lines.
        out.text.append(source.substr(copied, lineStart - copied));
        if (tag.kind == TemplateTag::Kind::Partial) {
            tag.indent = std::string(source.substr(lineStart, tag.begin - lineStart));
            const Delimiters& delimiters = delimitersAtTag[i];
            out.text += delimiters.begin + ">" + partialKey(tag.name, tag.indent) + delimiters.end;
        } else {
            out.text.append(source.substr(tag.begin, tag.end - tag.begin));
        }
        // The library drops a blank-looking line that held a rendered section tag; the joined line must never
        // look blank to it, so a marker follows the tag (removed from the output, see kStandaloneMarker).
        out.text += kStandaloneMarker;
        out.anchors.push_back({out.text.size(), lineEnd});
        copied = lineEnd;
    }
    out.text.append(source.substr(copied));
    return out;
}

} // namespace alertdesk
