#include "PatternParser.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "rules/CaseFold.h"
#include "rules/JsonNumber.h"
#include "rules/PathTrie.h"

namespace alertdesk::rules {

namespace {

using Type = JsonNode::Type;
using Kind = Matcher::Kind;

// Field names a `$or` branch may not use (event-ruler reserves them).
const char* const kReservedNames[] = {"exactly",
                                      "equals-ignore-case",
                                      "prefix",
                                      "suffix",
                                      "anything-but",
                                      "exists",
                                      "wildcard",
                                      "numeric",
                                      "cidr",
                                      "=",
                                      "<",
                                      "<=",
                                      ">",
                                      ">=",
                                      "regex",
                                      "not-wildcard",
                                      "not-equals-ignore-case",
                                      "in-date-range"};

bool isReservedName(const std::string& key)
{
    if (key.starts_with("date-") || key.starts_with("ip-address-"))
        return true;
    for (const char* reserved : kReservedNames) {
        if (key == reserved)
            return true;
    }
    return false;
}

const QString kOperators = QStringLiteral("prefix, suffix, equals-ignore-case, wildcard, anything-but, numeric, "
                                          "exists, cidr, exactly, contain, contains, array");

struct ObjectSpec;

struct FieldSpec
{
    std::vector<std::string> path;
    std::vector<Matcher> alternatives;
    bool allowAbsent = false;
    std::vector<ObjectSpec> arrayObjects; // Tencent `array`: each an alternative conjunction
    std::string source;
};

struct ObjectSpec
{
    std::vector<FieldSpec> fields;
    std::vector<std::vector<ObjectSpec>> ors;
};

using Conjunction = std::vector<const FieldSpec*>;

QString childPath(const QString& parent, std::string_view key)
{
    return jsonPathText({std::string(key)}).replace(0, 1, parent);
}

std::unexpected<Error> reject(const QString& where, const QString& message)
{
    return fail(Error::Code::BadInput, message, where);
}

// The members that count: for a duplicated key only the last one (event-ruler's rule overriding).
std::vector<const JsonMember*> effectiveMembers(const JsonNode& object)
{
    std::map<std::string_view, size_t> last;
    for (size_t i = 0; i < object.members.size(); ++i)
        last[object.members[i].key] = i;
    std::vector<const JsonMember*> members;
    for (size_t i = 0; i < object.members.size(); ++i) {
        if (last[object.members[i].key] == i)
            members.push_back(&object.members[i]);
    }
    return members;
}

class Compiler final
{
public:
    Expected<Pattern> compile(const JsonNode& root)
    {
        if (root.type != Type::Object)
            return reject(QStringLiteral("$"),
                          QStringLiteral("a pattern must be a JSON object of fields, not %1").arg(jsonTypeName(root)));
        ObjectSpec spec;
        if (auto ok = object(root, {}, QStringLiteral("$"), spec); !ok)
            return std::unexpected(ok.error());
        std::vector<Conjunction> conjunctions;
        if (auto ok = expand(spec, conjunctions); !ok)
            return std::unexpected(ok.error());
        return build(conjunctions);
    }

private:
    Expected<void> object(const JsonNode& node, const std::vector<std::string>& base, const QString& where,
                          ObjectSpec& spec)
    {
        const auto members = effectiveMembers(node);
        if (members.empty())
            return reject(where, QStringLiteral("empty objects are not allowed; give at least one field"));
        for (const JsonMember* member : members) {
            const QString memberWhere = childPath(where, member->key);
            if (member->key == "$or") {
                if (auto ok = orGroup(member->value, base, memberWhere, spec); !ok)
                    return ok;
                continue;
            }
            std::vector<std::string> path = base;
            PathTrie::appendKeys(member->key, path);
            if (member->value.type == Type::Object) {
                if (auto ok = object(member->value, path, memberWhere, spec); !ok)
                    return ok;
                continue;
            }
            FieldSpec field;
            field.path = std::move(path);
            field.source = toJsonText(member->value);
            if (member->value.type == Type::Array) {
                if (member->value.elements.empty())
                    return reject(memberWhere,
                                  QStringLiteral("empty arrays are not allowed; list at least one match value"));
                for (size_t i = 0; i < member->value.elements.size(); ++i) {
                    if (auto ok = alternative(member->value.elements[i], jsonIndexPath(memberWhere, i), field); !ok)
                        return ok;
                }
            } else if (auto ok = alternative(member->value, memberWhere, field); !ok) {
                return ok; // Tencent's scalar shorthand: "source":"x" means ["x"]
            }
            spec.fields.push_back(std::move(field));
        }
        return {};
    }

    Expected<void> orGroup(const JsonNode& node, const std::vector<std::string>& base, const QString& where,
                           ObjectSpec& spec)
    {
        if (node.type != Type::Array)
            return reject(where,
                          QStringLiteral("$or takes an array of at least 2 objects, not %1").arg(jsonTypeName(node)));
        if (node.elements.size() < 2)
            return reject(where, QStringLiteral("$or needs at least 2 objects"));
        std::vector<ObjectSpec> branches;
        for (size_t i = 0; i < node.elements.size(); ++i) {
            const JsonNode& branch = node.elements[i];
            const QString branchWhere = jsonIndexPath(where, i);
            if (branch.type != Type::Object)
                return reject(
                    branchWhere,
                    QStringLiteral("each $or branch must be an object of fields, not %1").arg(jsonTypeName(branch)));
            for (const JsonMember& member : branch.members) {
                if (isReservedName(member.key))
                    return reject(childPath(branchWhere, member.key),
                                  QStringLiteral("\"%1\" is an operator name and cannot be a field name inside $or")
                                      .arg(utf8Text(member.key)));
            }
            ObjectSpec branchSpec;
            if (auto ok = object(branch, base, branchWhere, branchSpec); !ok)
                return ok;
            branches.push_back(std::move(branchSpec));
        }
        spec.ors.push_back(std::move(branches));
        return {};
    }

    static Matcher scalarMatcher(const JsonNode& node)
    {
        Matcher m;
        m.source = toJsonText(node);
        switch (node.type) {
        case Type::String:
            m.kind = Kind::ExactString;
            m.strings.push_back(node.text);
            break;
        case Type::Number:
            m.kind = Kind::ExactNumber;
            m.numbers.push_back(numberLiteral(node));
            break;
        case Type::True:
            m.kind = Kind::ExactTrue;
            break;
        case Type::False:
            m.kind = Kind::ExactFalse;
            break;
        default:
            m.kind = Kind::ExactNull;
        }
        return m;
    }

    static NumberLiteral numberLiteral(const JsonNode& node)
    {
        const NumberValue value = readJsonNumber(node.text);
        return NumberLiteral{node.text, value.value, value.exact};
    }

    Expected<void> alternative(const JsonNode& node, const QString& where, FieldSpec& field)
    {
        if (node.isScalar()) {
            field.alternatives.push_back(scalarMatcher(node));
            return {};
        }
        if (node.type == Type::Array)
            return reject(where,
                          QStringLiteral("a match value must be a string, number, true, false, null or an object with "
                                         "one operator, not an array"));
        const auto members = effectiveMembers(node);
        if (members.size() != 1)
            return reject(where,
                          QStringLiteral("an operator object holds exactly one operator (%1), found %2")
                              .arg(kOperators)
                              .arg(members.size()));
        const std::string& op = members.front()->key;
        const JsonNode& value = members.front()->value;
        const QString opWhere = childPath(where, op);
        Matcher m;
        m.source = toJsonText(node);
        Expected<void> ok;
        if (op == "exists") {
            if (value.type != Type::True && value.type != Type::False)
                return reject(opWhere, QStringLiteral("exists takes true or false"));
            if (value.type == Type::False) {
                field.allowAbsent = true;
                return {};
            }
            m.kind = Kind::Exists;
        } else if (op == "prefix" || op == "suffix") {
            ok = prefixOrSuffix(op == "prefix", value, opWhere, m);
        } else if (op == "equals-ignore-case") {
            ok = stringOperand(value, opWhere, op, m);
            m.kind = Kind::EqualsIgnoreCase;
            foldStrings(m);
        } else if (op == "exactly") {
            ok = stringOperand(value, opWhere, op, m);
            m.kind = Kind::ExactString;
        } else if (op == "wildcard") {
            ok = wildcardOperand(value, opWhere, m);
            m.kind = Kind::Wildcard;
        } else if (op == "contain" || op == "contains") {
            ok = containsOperand(value, opWhere, m);
        } else if (op == "numeric") {
            ok = numericOperand(value, opWhere, m);
        } else if (op == "cidr") {
            ok = cidrOperand(value, opWhere, m);
        } else if (op == "anything-but") {
            ok = anythingBut(value, opWhere, m);
        } else if (op == "array") {
            return arrayOperand(value, opWhere, field);
        } else {
            return reject(opWhere, QStringLiteral("unknown operator \"%1\"; allowed: %2").arg(utf8Text(op), kOperators));
        }
        if (!ok)
            return ok;
        field.alternatives.push_back(std::move(m));
        return {};
    }

    static void foldStrings(Matcher& m)
    {
        for (std::string& s : m.strings)
            s = folded(s);
    }

    static Expected<void> stringOperand(const JsonNode& value, const QString& where, const std::string& op, Matcher& m)
    {
        if (value.type != Type::String)
            return reject(where, QStringLiteral("%1 takes a string, not %2").arg(utf8Text(op), jsonTypeName(value)));
        m.strings.push_back(value.text);
        return {};
    }

    static Expected<void> prefixOrSuffix(bool prefix, const JsonNode& value, const QString& where, Matcher& m)
    {
        const QString op = prefix ? QStringLiteral("prefix") : QStringLiteral("suffix");
        if (value.type == Type::String) {
            m.kind = prefix ? Kind::Prefix : Kind::Suffix;
            m.strings.push_back(value.text);
            return {};
        }
        const auto members = value.type == Type::Object ? effectiveMembers(value) : std::vector<const JsonMember*>{};
        if (members.size() != 1 || members.front()->key != "equals-ignore-case")
            return reject(where, QStringLiteral("%1 takes a string or {\"equals-ignore-case\": string}").arg(op));
        const JsonNode& inner = members.front()->value;
        if (inner.type != Type::String)
            return reject(childPath(where, "equals-ignore-case"),
                          QStringLiteral("equals-ignore-case takes a string, not %1").arg(jsonTypeName(inner)));
        m.kind = prefix ? Kind::PrefixIgnoreCase : Kind::SuffixIgnoreCase;
        m.strings.push_back(folded(inner.text));
        return {};
    }

    static Expected<void> wildcardOperand(const JsonNode& value, const QString& where, Matcher& m)
    {
        if (value.type != Type::String)
            return reject(where, QStringLiteral("wildcard takes a string, not %1").arg(jsonTypeName(value)));
        class Wildcard w;
        const QString problem = Wildcard::compile(value.text, w);
        if (!problem.isEmpty())
            return reject(where, problem);
        m.wildcards.push_back(std::move(w));
        return {};
    }

    static Expected<void> containsOperand(const JsonNode& value, const QString& where, Matcher& m)
    {
        m.kind = Kind::Contains;
        if (value.type == Type::String) {
            m.strings.push_back(value.text);
            return {};
        }
        if (value.type != Type::Array || value.elements.empty())
            return reject(where,
                          QStringLiteral("contain takes a string or a non-empty list of strings (all must occur)"));
        for (size_t i = 0; i < value.elements.size(); ++i) {
            if (value.elements[i].type != Type::String)
                return reject(jsonIndexPath(where, i),
                              QStringLiteral("contain lists strings only, not %1").arg(jsonTypeName(value.elements[i])));
            m.strings.push_back(value.elements[i].text);
        }
        return {};
    }

    // A bound must be an exact double inside the finite range (event-ruler: "Cannot compare number"; its
    // maximum double passes check() but fails addRule, so it is refused here).
    static Expected<double> bound(const JsonNode& node, const QString& where, const QString& op)
    {
        if (node.type != Type::Number)
            return reject(where,
                          QStringLiteral("the value after \"%1\" must be a number, not %2").arg(op, jsonTypeName(node)));
        const NumberValue value = readJsonNumber(node.text);
        if (!value.exact || std::fabs(value.value) >= std::numeric_limits<double>::max())
            return reject(where,
                          QStringLiteral("cannot compare %1: numeric bounds must be exactly representable doubles "
                                         "below ±1.7976931348623157e308")
                              .arg(utf8Text(node.text)));
        return value.value;
    }

    static Expected<void> numericOperand(const JsonNode& value, const QString& where, Matcher& m)
    {
        m.kind = Kind::Numeric;
        const QString shape = QStringLiteral(
            "numeric takes [op, number] or [\">\"|\">=\", low, \"<\"|\"<=\", high] with op one of =, <, <=, >, >=");
        if (value.type != Type::Array || (value.elements.size() != 2 && value.elements.size() != 4))
            return reject(where, shape);
        for (size_t i = 0; i < value.elements.size(); i += 2) {
            const JsonNode& opNode = value.elements[i];
            const QString opWhere = jsonIndexPath(where, i);
            if (opNode.type != Type::String)
                return reject(opWhere, shape);
            const std::string& op = opNode.text;
            const bool lower = op == ">" || op == ">=";
            const bool upper = op == "<" || op == "<=";
            if (!lower && !upper && op != "=")
                return reject(
                    opWhere, QStringLiteral("unknown numeric operator \"%1\"; allowed: =, <, <=, >, >=").arg(utf8Text(op)));
            if (i == 2 && !upper)
                return reject(
                    opWhere, QStringLiteral("a range is a lower bound (> or >=) followed by an upper bound (< or <=)"));
            if (i == 0 && value.elements.size() == 4 && !lower)
                return reject(
                    opWhere, QStringLiteral("a range is a lower bound (> or >=) followed by an upper bound (< or <=)"));
            const Expected<double> number = bound(value.elements[i + 1], jsonIndexPath(where, i + 1), utf8Text(op));
            if (!number)
                return std::unexpected(number.error());
            if (op == "=" || lower) {
                m.range.low = *number;
                m.range.lowInclusive = op != ">";
            }
            if (op == "=" || upper) {
                m.range.high = *number;
                m.range.highInclusive = op != "<";
            }
        }
        if (value.elements.size() == 4 && !(m.range.low < m.range.high))
            return reject(where, QStringLiteral("the lower bound must be less than the upper bound"));
        return {};
    }

    static Expected<void> cidrOperand(const JsonNode& value, const QString& where, Matcher& m)
    {
        if (value.type != Type::String)
            return reject(where,
                          QStringLiteral("cidr takes a string such as \"10.0.0.0/24\" or \"2001:db8::/32\", not %1")
                              .arg(jsonTypeName(value)));
        m.kind = Kind::Cidr;
        const QString problem = Cidr::compile(value.text, m.cidr);
        if (!problem.isEmpty())
            return reject(where, problem);
        return {};
    }

    static Expected<void> anythingBut(const JsonNode& value, const QString& where, Matcher& m)
    {
        switch (value.type) {
        case Type::String:
            m.kind = Kind::AnythingButStrings;
            m.strings.push_back(value.text);
            return {};
        case Type::Number:
            m.kind = Kind::AnythingButNumbers;
            m.numbers.push_back(numberLiteral(value));
            return {};
        case Type::Array:
            return anythingButList(value, where, m);
        case Type::Object:
            return anythingButOperator(value, where, m);
        default:
            return reject(where,
                          QStringLiteral("anything-but takes a string, a number, a list of strings or of numbers, or "
                                         "{prefix|suffix|equals-ignore-case|wildcard: …}, not %1")
                              .arg(jsonTypeName(value)));
        }
    }

    static Expected<void> anythingButList(const JsonNode& value, const QString& where, Matcher& m)
    {
        if (value.elements.empty())
            return reject(where, QStringLiteral("anything-but needs at least one value"));
        const Type first = value.elements.front().type;
        if (first != Type::String && first != Type::Number)
            return reject(jsonIndexPath(where, 0),
                          QStringLiteral("an anything-but list holds strings or numbers, not %1")
                              .arg(jsonTypeName(value.elements.front())));
        for (size_t i = 0; i < value.elements.size(); ++i) {
            const JsonNode& element = value.elements[i];
            if (element.type != first)
                return reject(jsonIndexPath(where, i),
                              QStringLiteral("anything-but list mixes numbers and strings; use one type"));
            if (first == Type::String)
                m.strings.push_back(element.text);
            else
                m.numbers.push_back(numberLiteral(element));
        }
        m.kind = first == Type::String ? Kind::AnythingButStrings : Kind::AnythingButNumbers;
        return {};
    }

    static Expected<void> anythingButOperator(const JsonNode& value, const QString& where, Matcher& m)
    {
        const auto members = effectiveMembers(value);
        if (members.size() != 1)
            return reject(
                where,
                QStringLiteral("anything-but takes one operator: prefix, suffix, equals-ignore-case or wildcard"));
        const std::string& op = members.front()->key;
        const JsonNode& operand = members.front()->value;
        const QString opWhere = childPath(where, op);
        if (op == "prefix")
            m.kind = Kind::AnythingButPrefix;
        else if (op == "suffix")
            m.kind = Kind::AnythingButSuffix;
        else if (op == "equals-ignore-case")
            m.kind = Kind::AnythingButIgnoreCase;
        else if (op == "wildcard")
            m.kind = Kind::AnythingButWildcard;
        else
            return reject(
                opWhere,
                QStringLiteral(
                    "anything-but does not support \"%1\"; allowed: prefix, suffix, equals-ignore-case, wildcard")
                    .arg(utf8Text(op)));
        std::vector<const JsonNode*> items;
        if (operand.type == Type::String) {
            items.push_back(&operand);
        } else if (operand.type == Type::Array && !operand.elements.empty()) {
            for (const JsonNode& element : operand.elements)
                items.push_back(&element);
        } else {
            return reject(
                opWhere,
                QStringLiteral("%1 inside anything-but takes a string or a non-empty list of strings").arg(utf8Text(op)));
        }
        for (size_t i = 0; i < items.size(); ++i) {
            const QString itemWhere = operand.type == Type::Array ? jsonIndexPath(opWhere, i) : opWhere;
            if (items[i]->type != Type::String)
                return reject(itemWhere,
                              QStringLiteral("%1 inside anything-but takes strings only, not %2")
                                  .arg(utf8Text(op), jsonTypeName(*items[i])));
            const std::string& text = items[i]->text;
            if (text.empty() && (m.kind == Kind::AnythingButPrefix || m.kind == Kind::AnythingButSuffix))
                return reject(itemWhere,
                              QStringLiteral("an empty %1 is not allowed inside anything-but").arg(utf8Text(op)));
            if (m.kind == Kind::AnythingButWildcard) {
                class Wildcard w;
                const QString problem = Wildcard::compile(text, w);
                if (!problem.isEmpty())
                    return reject(itemWhere, problem);
                m.wildcards.push_back(std::move(w));
            } else {
                m.strings.push_back(m.kind == Kind::AnythingButIgnoreCase ? folded(text) : text);
            }
        }
        return {};
    }

    // Tencent 数组匹配: {"array":"{\"name\":\"id\"}"} holds when one element of the event array has all these
    // key/values; the same as the nested pattern {"name":["id"]} under array-consistent matching.
    Expected<void> arrayOperand(const JsonNode& value, const QString& where, FieldSpec& field)
    {
        const QString shape = QStringLiteral(
            "array takes a string holding a JSON object of key/values, such as \"{\\\"name\\\":\\\"id\\\"}\"");
        if (value.type != Type::String)
            return reject(where, shape);
        auto inner = parseJsonDocument(value.text, PatternParser::kMaxDepth);
        if (!inner || inner->type != Type::Object || inner->members.empty())
            return reject(where, shape);
        m_arrayDocuments.push_back(std::make_unique<JsonNode>(std::move(*inner)));
        ObjectSpec spec;
        if (auto ok = arrayObject(*m_arrayDocuments.back(), field.path, where, spec); !ok)
            return ok;
        field.arrayObjects.push_back(std::move(spec));
        return {};
    }

    Expected<void> arrayObject(const JsonNode& node, const std::vector<std::string>& base, const QString& where,
                               ObjectSpec& spec)
    {
        for (const JsonMember* member : effectiveMembers(node)) {
            std::vector<std::string> path = base;
            PathTrie::appendKeys(member->key, path);
            const JsonNode& v = member->value;
            if (v.type == Type::Object) {
                if (v.members.empty())
                    return reject(where, QStringLiteral("the array operator's object may not hold empty objects"));
                if (auto ok = arrayObject(v, path, where, spec); !ok)
                    return ok;
                continue;
            }
            FieldSpec field;
            field.path = std::move(path);
            field.source = toJsonText(v);
            if (v.type == Type::Array) {
                if (v.elements.empty())
                    return reject(where, QStringLiteral("the array operator's object may not hold empty arrays"));
                for (const JsonNode& element : v.elements) {
                    if (!element.isScalar())
                        return reject(
                            where,
                            QStringLiteral("the array operator's object holds plain values or lists of plain values"));
                    field.alternatives.push_back(scalarMatcher(element));
                }
            } else {
                field.alternatives.push_back(scalarMatcher(v));
            }
            spec.fields.push_back(std::move(field));
        }
        return {};
    }

    // Distributes AND over the OR of `$or` branches and `array` alternatives: a list of conjunctions of fields.
    Expected<void> expand(const ObjectSpec& spec, std::vector<Conjunction>& out)
    {
        out.assign(1, Conjunction{});
        for (const FieldSpec& field : spec.fields) {
            std::vector<Conjunction> options;
            if (!field.alternatives.empty() || field.allowAbsent)
                options.push_back(Conjunction{&field});
            for (const ObjectSpec& object : field.arrayObjects) {
                std::vector<Conjunction> inner;
                if (auto ok = expand(object, inner); !ok)
                    return ok;
                options.insert(options.end(), inner.begin(), inner.end());
            }
            if (auto ok = multiply(out, options); !ok)
                return ok;
        }
        for (const std::vector<ObjectSpec>& branches : spec.ors) {
            std::vector<Conjunction> options;
            for (const ObjectSpec& branch : branches) {
                std::vector<Conjunction> inner;
                if (auto ok = expand(branch, inner); !ok)
                    return ok;
                options.insert(options.end(), inner.begin(), inner.end());
                if (options.size() > PatternParser::kMaxSubRules)
                    return tooMany();
            }
            if (auto ok = multiply(out, options); !ok)
                return ok;
        }
        return {};
    }

    static std::unexpected<Error> tooMany()
    {
        return reject(QStringLiteral("$"),
                      QStringLiteral("the pattern expands into more than %1 alternative combinations ($or and array "
                                     "multiply); split it into several rules")
                          .arg(PatternParser::kMaxSubRules));
    }

    static Expected<void> multiply(std::vector<Conjunction>& product, const std::vector<Conjunction>& options)
    {
        if (product.size() * options.size() > PatternParser::kMaxSubRules)
            return tooMany();
        std::vector<Conjunction> next;
        next.reserve(product.size() * options.size());
        for (const Conjunction& left : product) {
            for (const Conjunction& right : options) {
                // A field repeated in one conjunction (outside and inside a $or branch): the later one wins, as
                // event-ruler's rule overriding has it.
                Conjunction both;
                for (const FieldSpec* field : left) {
                    if (std::none_of(right.begin(), right.end(),
                                     [&](const FieldSpec* r) { return r->path == field->path; }))
                        both.push_back(field);
                }
                both.insert(both.end(), right.begin(), right.end());
                if (both.size() > PatternParser::kMaxFieldsPerSubRule)
                    return reject(QStringLiteral("$"),
                                  QStringLiteral("a rule may test at most %1 fields at once")
                                      .arg(PatternParser::kMaxFieldsPerSubRule));
                next.push_back(std::move(both));
            }
        }
        product = std::move(next);
        return {};
    }

    Pattern build(const std::vector<Conjunction>& conjunctions)
    {
        Pattern pattern;
        std::map<std::vector<std::string>, uint32_t> pathIds;
        for (const Conjunction& conjunction : conjunctions) {
            SubRule rule;
            for (const FieldSpec* field : conjunction) {
                auto [it, added] = pathIds.emplace(field->path, static_cast<uint32_t>(pattern.paths.size()));
                if (added)
                    pattern.paths.push_back(field->path);
                Condition condition;
                condition.path = it->second;
                condition.alternatives = field->alternatives;
                condition.allowAbsent = field->allowAbsent;
                condition.source = field->source;
                rule.conditions.push_back(std::move(condition));
            }
            pattern.subRules.push_back(std::move(rule));
        }
        return pattern;
    }

    std::vector<std::unique_ptr<JsonNode>> m_arrayDocuments; // the parsed `array` operands, kept while compiling
};

} // namespace

Expected<Pattern> PatternParser::parse(std::string_view json)
{
    const Expected<JsonNode> root = parseJsonDocument(json, kMaxDepth);
    if (!root)
        return std::unexpected(root.error());
    return parse(*root);
}

Expected<Pattern> PatternParser::parse(const JsonNode& root)
{
    return Compiler().compile(root);
}

} // namespace alertdesk::rules
