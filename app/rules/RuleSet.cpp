#include "RuleSet.h"

#include "rules/PatternJson.h"
#include "rules/PatternParser.h"
#include "rules/RuleSetJson.h"

namespace alertdesk::rules {

Expected<void> RuleSet::Rule::setPatternJson(std::string_view json)
{
    const Expected<JsonNode> node = parseJsonDocument(json, PatternParser::kMaxDepth + 4);
    if (!node)
        return std::unexpected(node.error());
    Expected<Pattern> compiled = PatternParser::parse(*node);
    if (!compiled)
        return std::unexpected(compiled.error());
    pattern = std::move(*compiled);
    patternJson = toJsonText(*node);
    return {};
}

Expected<RuleSet> RuleSet::fromJson(std::string_view text)
{
    return readRuleSet(text);
}

Expected<QByteArray> RuleSet::toJson() const
{
    return writeRuleSet(*this);
}

const RuleSet::Rule* RuleSet::findRule(const QString& id) const
{
    for (const Rule& rule : rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

} // namespace alertdesk::rules
