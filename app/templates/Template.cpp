#include "Template.h"

#include <charconv>

#include "templates/MustacheEngine_p.h"
#include "templates/PartialLibrary.h"
#include "templates/TemplateScanner.h"
#include "templates/ViewModel_p.h"

namespace alertdesk {

using namespace mustache_detail;

namespace {

constexpr int kMaxPartialDepth = 16;

// The library writes into any stream; appending to one string avoids ostringstream's cost.
struct StringSink
{
    std::string out;
    StringSink& operator<<(const std::string& text)
    {
        out += text;
        return *this;
    }
};

TemplateError errorAt(std::string_view text, size_t offset, const QString& message)
{
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    const size_t lineStart = before.rfind('\n');
    const size_t columnStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    TemplateError error;
    error.message = message;
    error.line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    error.column =
        static_cast<int>(
            QString::fromUtf8(before.data() + columnStart, static_cast<qsizetype>(offset - columnStart)).size()) +
        1;
    return error;
}

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::function<std::string(const std::string&)> escaperFor(Escaping escaping)
{
    if (escaping == Escaping::None)
        return [](const std::string& text) { return text; };
    return [escaping](const std::string& text) { return escapeUtf8(text, escaping); };
}

struct Compiler
{
    const PartialLibrary* library = nullptr;
    PartialMap partials;

    // Problems in the tags themselves: lambdas that only work as sections, and the partials they include.
    std::optional<TemplateError> checkTags(std::string_view text, const ScannedTemplate& scanned, int depth)
    {
        for (const TemplateTag& tag : scanned.tags) {
            const bool variable = tag.kind == TemplateTag::Kind::Variable || tag.kind == TemplateTag::Kind::Unescaped ||
                tag.kind == TemplateTag::Kind::Triple;
            if (variable && isSectionLambda(tag.name)) {
                return errorAt(
                    text, tag.begin,
                    QStringLiteral("\"%1\" works on a section: write {{#%1}}…{{/%1}}").arg(fromStd(tag.name)));
            }
            if (tag.kind != TemplateTag::Kind::Partial)
                continue;
            if (auto problem = addPartial(tag.name, tag.indent, depth)) {
                problem->message = problem->line > 0 ? QStringLiteral("in partial \"%1\" (line %2, column %3): %4")
                                                           .arg(fromStd(tag.name))
                                                           .arg(problem->line)
                                                           .arg(problem->column)
                                                           .arg(problem->message)
                                                     : problem->message;
                const TemplateError placed = errorAt(text, tag.begin, problem->message);
                return placed;
            }
        }
        return std::nullopt;
    }

    // A problem without a place (line 0) is about the tag that included the partial.
    std::optional<TemplateError> addPartial(const std::string& name, const std::string& indent, int depth)
    {
        const std::string key = partialKey(name, indent);
        if (partials.contains(key))
            return std::nullopt;
        const QString qname = fromStd(name);
        if (!library || !library->contains(qname))
            return TemplateError{QStringLiteral("unknown partial \"%1\"").arg(qname), 0, 0};
        if (depth >= kMaxPartialDepth)
            return TemplateError{QStringLiteral("partials nested more than %1 deep").arg(kMaxPartialDepth), 0, 0};
        const QByteArray utf8 = library->text(qname).toUtf8();
        const std::string text =
            indentLines(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), indent);
        ScannedTemplate scanned = scanTemplate(text);
        if (!scanned.error.empty()) {
            TemplateError error = errorAt(text, scanned.errorOffset, fromStd(scanned.error));
            error.column = std::max(1, error.column - static_cast<int>(indent.size())); // the partial's own columns
            return error;
        }
        partials.emplace(key, Data(scanned.text)); // before the tags: a partial may include itself
        return checkTags(text, scanned, depth + 1);
    }
};

} // namespace

struct Template::Private
{
    QString source;
    Escaping escaping = Escaping::None;
    std::string processed;
    PartialMap partials;
    mutable std::unique_ptr<mstch::mustache> engine; // rendering writes into the library's error slot

    void rebuild() const
    {
        engine = std::make_unique<mstch::mustache>(processed);
        engine->set_custom_escape(escaperFor(escaping));
    }
};

Template::Template(std::shared_ptr<Private> data) : d(std::move(data)) {}

std::expected<Template, TemplateError> Template::compile(const QString& text, const PartialLibrary* partials,
                                                         Escaping escaping)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view source(utf8.constData(), static_cast<size_t>(utf8.size()));
    ScannedTemplate scanned = scanTemplate(source);
    if (!scanned.error.empty())
        return std::unexpected(errorAt(source, scanned.errorOffset, fromStd(scanned.error)));
    Compiler compiler{partials, {}};
    if (auto problem = compiler.checkTags(source, scanned, 0))
        return std::unexpected(*problem);

    auto d = std::make_shared<Private>();
    d->source = text;
    d->escaping = escaping;
    d->processed = std::move(scanned.text);
    d->partials = std::move(compiler.partials);
    d->rebuild();
    if (!d->engine->is_valid()) {
        // The scanner catches what the library reports; this is the fallback with the library's own words.
        const std::string& message = d->engine->error_message();
        const size_t at = message.rfind(' ');
        size_t offset = 0;
        if (at != std::string::npos)
            std::from_chars(message.data() + at + 1, message.data() + message.size(), offset);
        return std::unexpected(errorAt(source, scanned.originalOffset(offset), fromStd(message)));
    }
    return Template(std::move(d));
}

Expected<QByteArray> Template::renderUtf8(const ViewModel& view) const
{
    ViewContext& context = *view.d->context;
    context.setPartials(&d->partials);
    StringSink sink;
    d->engine->render(context, sink);
    context.setPartials(nullptr);
    std::erase(sink.out, kStandaloneMarker);
    if (!d->engine->is_valid()) {
        const QString message = fromStd(d->engine->error_message());
        d->rebuild();
        return fail(Error::Code::BadInput, message);
    }
    return QByteArray(sink.out.data(), static_cast<qsizetype>(sink.out.size()));
}

Expected<QString> Template::render(const ViewModel& view) const
{
    const Expected<QByteArray> utf8 = renderUtf8(view);
    if (!utf8)
        return std::unexpected(utf8.error());
    return QString::fromUtf8(*utf8);
}

Escaping Template::escaping() const
{
    return d->escaping;
}

QString Template::source() const
{
    return d->source;
}

} // namespace alertdesk
