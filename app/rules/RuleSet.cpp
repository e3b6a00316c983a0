#include "RuleSet.h"

#include <set>

#include "rules/PatternJson.h"
#include "rules/PatternParser.h"

namespace alertdesk::rules {

namespace {

using Type = JsonNode::Type;

const JsonNode* lastMember(const JsonNode& object, std::string_view key)
{
    const JsonNode* found = nullptr;
    for (const JsonMember& member : object.members) {
        if (member.key == key)
            found = &member.value;
    }
    return found;
}

QString text(const JsonNode& node)
{
    return QString::fromUtf8(node.text.data(), static_cast<qsizetype>(node.text.size()));
}

Expected<RuleSet::Rule> readRule(const JsonNode& node, const QString& where)
{
    if (node.type != Type::Object)
        return fail(Error::Code::BadInput, QStringLiteral("a rule is an object with id, name, enabled and pattern"),
                    where);
    RuleSet::Rule rule;
    const JsonNode* id = lastMember(node, "id");
    const JsonNode* name = lastMember(node, "name");
    const JsonNode* enabled = lastMember(node, "enabled");
    const JsonNode* pattern = lastMember(node, "pattern");
    if (id == nullptr || id->type != Type::String || id->text.empty())
        return fail(Error::Code::BadInput, QStringLiteral("a rule needs a non-empty string \"id\""),
                    where + QStringLiteral(".id"));
    if (name == nullptr || name->type != Type::String || name->text.empty())
        return fail(Error::Code::BadInput, QStringLiteral("a rule needs a non-empty string \"name\""),
                    where + QStringLiteral(".name"));
    if (enabled != nullptr && enabled->type != Type::True && enabled->type != Type::False)
        return fail(Error::Code::BadInput, QStringLiteral("\"enabled\" is true or false"),
                    where + QStringLiteral(".enabled"));
    if (pattern == nullptr)
        return fail(Error::Code::BadInput, QStringLiteral("a rule needs a \"pattern\" object"),
                    where + QStringLiteral(".pattern"));
    Expected<Pattern> compiled = PatternParser::parse(*pattern);
    if (!compiled) {
        Error error = compiled.error();
        error.where.replace(0, 1, where + QStringLiteral(".pattern"));
        return std::unexpected(error);
    }
    rule.id = text(*id);
    rule.name = text(*name);
    rule.enabled = enabled == nullptr || enabled->type == Type::True;
    rule.pattern = std::move(*compiled);
    return rule;
}

} // namespace

Expected<RuleSet> RuleSet::fromJson(std::string_view json)
{
    const Expected<JsonNode> root = parseJsonDocument(json, PatternParser::kMaxDepth + 4);
    if (!root)
        return std::unexpected(root.error());
    if (root->type != Type::Object)
        return fail(Error::Code::BadInput, QStringLiteral("a rule set is an object {\"version\":1,\"rules\":[…]}"),
                    QStringLiteral("$"));
    const JsonNode* version = lastMember(*root, "version");
    if (version == nullptr || version->type != Type::Number || version->text != "1")
        return fail(Error::Code::BadInput, QStringLiteral("\"version\" must be 1"), QStringLiteral("$.version"));
    const JsonNode* rules = lastMember(*root, "rules");
    if (rules == nullptr || rules->type != Type::Array)
        return fail(Error::Code::BadInput, QStringLiteral("\"rules\" must be an array of rules"),
                    QStringLiteral("$.rules"));
    RuleSet set;
    std::set<QString> ids;
    for (size_t i = 0; i < rules->elements.size(); ++i) {
        const QString where = QStringLiteral("$.rules[%1]").arg(i);
        Expected<Rule> rule = readRule(rules->elements[i], where);
        if (!rule)
            return std::unexpected(rule.error());
        if (!ids.insert(rule->id).second)
            return fail(Error::Code::BadInput,
                        QStringLiteral("rule id \"%1\" is used twice; ids must be unique").arg(rule->id),
                        where + QStringLiteral(".id"));
        set.rules.push_back(std::move(*rule));
    }
    return set;
}

} // namespace alertdesk::rules
