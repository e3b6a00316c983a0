#include "EditedRule.h"

#include <string>
#include <string_view>

#include <QByteArray>

#include "event/JsonPretty.h"
#include "rules/PatternJson.h"
#include "rules/PatternParser.h"

namespace alertdesk::ui {

namespace {

std::string_view utf8View(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

QString prettyPattern(const std::string& compact)
{
    return QString::fromUtf8(prettyJson(QByteArrayView(compact.data(), qsizetype(compact.size()))));
}

} // namespace

EditedRule EditedRule::fromRule(rules::RuleSet::Rule rule)
{
    EditedRule edited;
    const QString text = prettyPattern(rule.patternJson);
    edited.rule = std::move(rule);
    edited.setPatternText(text);
    return edited;
}

void EditedRule::setPatternText(const QString& text)
{
    patternText = text;
    patternValid = bool(rules::PatternParser::parse(utf8View(text.toUtf8())));
}

Expected<rules::RuleSet::Rule> EditedRule::toRule() const
{
    const QByteArray utf8 = patternText.toUtf8();
    Expected<rules::Pattern> pattern = rules::PatternParser::parse(utf8View(utf8));
    if (!pattern)
        return std::unexpected(pattern.error());
    rules::RuleSet::Rule out = rule;
    out.pattern = std::move(*pattern);
    // A target row the operator added but never gave a channel routes nowhere: it is not written.
    out.targets.removeIf([](const rules::RuleTarget& target) { return target.channelId.trimmed().isEmpty(); });
    // An unchanged pattern keeps the spelling it was loaded with; an edited one is written compactly.
    if (out.patternJson.empty() || prettyPattern(out.patternJson) != patternText) {
        const Expected<rules::JsonNode> node =
            rules::parseJsonDocument(utf8View(utf8), rules::PatternParser::kMaxDepth);
        if (!node)
            return std::unexpected(node.error());
        out.patternJson = rules::toJsonText(*node);
    }
    return out;
}

bool EditedRule::operator==(const EditedRule& other) const
{
    const rules::RuleSet::Rule& a = rule;
    const rules::RuleSet::Rule& b = other.rule;
    return a.id == b.id && a.name == b.name && a.enabled == b.enabled && a.description == b.description &&
        a.patternJson == b.patternJson && a.targets == b.targets && a.policy == b.policy &&
        patternText == other.patternText;
}

} // namespace alertdesk::ui
