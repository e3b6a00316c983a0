// Name resolution of the Mustache spec (interpolation.json "Dotted Names") and the built-in lambdas.
#include "MustacheEngine_p.h"

#include <QString>

#include "templates/Escaping.h"
#include "templates/TemplateScanner.h"

namespace alertdesk::mustache_detail {

const Data* ViewContext::get(const std::string& name) const
{
    if (name == ".")
        return m_stack.empty() ? rootSelf() : m_stack.back();
    const size_t dot = name.find('.');
    const std::string first = dot == std::string::npos ? name : name.substr(0, dot);
    const Data* found = nullptr;
    for (auto it = m_stack.rbegin(); it != m_stack.rend() && !found; ++it)
        found = (*it)->get(first);
    if (!found)
        found = rootMember(first);
    if (!found)
        found = builtinLambda(first);
    // The rest of a dotted name resolves strictly inside what the first part found (no fallback to outer frames).
    size_t start = dot;
    while (found && start != std::string::npos) {
        const size_t next = name.find('.', start + 1);
        found = found->get(name.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1));
        start = next;
    }
    return found;
}

const Data* ViewContext::get_partial(const std::string& name) const
{
    if (!m_partials)
        return nullptr;
    const auto it = m_partials->find(name);
    return it == m_partials->end() ? nullptr : &it->second;
}

namespace {

std::string caseFolded(const std::string& utf8, bool upper)
{
    const QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    const QByteArray out = (upper ? text.toUpper() : text.toLower()).toUtf8();
    return std::string(out.constData(), static_cast<size_t>(out.size()));
}

// "{{#truncate}}40|{{summary}}{{/truncate}}": the first 40 characters (default 100), "…" when cut.
std::string truncated(const std::string& rendered)
{
    qsizetype limit = 100;
    std::string_view text = rendered;
    const size_t bar = text.find('|');
    if (bar != std::string_view::npos && bar > 0 && bar <= 6) {
        bool ok = false;
        const qsizetype n = QByteArray(text.data(), static_cast<qsizetype>(bar)).trimmed().toLongLong(&ok);
        if (ok && n > 0) {
            limit = n;
            text.remove_prefix(bar + 1);
        }
    }
    const QString value = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (value.size() <= limit)
        return std::string(text);
    qsizetype cut = limit - 1;
    if (cut > 0 && value.at(cut - 1).isHighSurrogate())
        --cut; // never split a surrogate pair
    const QByteArray out = (value.left(cut) + QChar(0x2026)).toUtf8();
    return std::string(out.constData(), static_cast<size_t>(out.size()));
}

Data sectionLambda(std::string (*transform)(const std::string&))
{
    return Data(mstch::lambda2([transform](const std::string& text, const mstch::renderer& render) {
        std::string rendered = render(text);
        std::erase(rendered, kStandaloneMarker); // before escaping turns the marker into visible text
        return transform(rendered);
    }));
}

const Data& lambdas()
{
    static const Data all = [] {
        Data object;
        object.set("upper", sectionLambda([](const std::string& s) { return caseFolded(s, true); }));
        object.set("lower", sectionLambda([](const std::string& s) { return caseFolded(s, false); }));
        object.set("truncate", sectionLambda(&truncated));
        object.set("escapeHtml",
                   sectionLambda([](const std::string& s) { return escapeUtf8(s, Escaping::TelegramHtml); }));
        object.set("escapeSlack", sectionLambda([](const std::string& s) { return escapeUtf8(s, Escaping::Slack); }));
        object.set("escapeMarkdown", sectionLambda([](const std::string& s) { return escapeMarkdownUtf8(s); }));
        object.set("escapeJson", sectionLambda([](const std::string& s) { return escapeJsonUtf8(s); }));
        return object;
    }();
    return all;
}

} // namespace

const Data* builtinLambda(const std::string& name)
{
    return lambdas().get(name);
}

bool isSectionLambda(std::string_view name)
{
    return lambdas().get(std::string(name)) != nullptr;
}

} // namespace alertdesk::mustache_detail
