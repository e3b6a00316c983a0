// Reading rules.json: the schema of docs/rules-json.md, every rejection with its JSON path and position.
#include "RuleSetJson.h"

#include <set>

#include <QTimeZone>

#include "rules/DeliveryPolicy.h"
#include "rules/GroupKey.h"
#include "rules/PatternParser.h"
#include "rules/TimeWindow.h"

namespace alertdesk::rules {

namespace {

using Type = JsonNode::Type;
using Ms = std::chrono::milliseconds;

constexpr int kMaxThrottleCount = 1000000;

TextPosition positionOf(std::string_view text, size_t offset)
{
    TextPosition position;
    position.line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    position.column = static_cast<int>(offset - lineStart + 1);
    position.offset = static_cast<qsizetype>(offset);
    return position;
}

// "line L, column C" as parseJsonDocument writes it.
TextPosition positionOfSyntaxError(std::string_view text, const QString& where)
{
    const QStringList parts = where.split(QLatin1Char(' '));
    TextPosition position;
    if (parts.size() != 4)
        return position;
    position.line = parts[1].chopped(1).toInt();
    position.column = parts[3].toInt();
    qsizetype offset = 0;
    for (int line = 1; line < position.line && offset < static_cast<qsizetype>(text.size()); ++offset) {
        if (text[static_cast<size_t>(offset)] == '\n')
            ++line;
    }
    position.offset = offset + position.column - 1;
    return position;
}

QString childPath(const QString& path, const char* key)
{
    return path + u'.' + QLatin1StringView(key);
}

class SchemaReader final
{
public:
    SchemaReader(std::string_view text, TextPosition* faultAt) : m_text(text), m_faultAt(faultAt) {}

    Expected<RuleSet> read(const JsonNode& root)
    {
        const QString path = QStringLiteral("$");
        if (root.type != Type::Object)
            return reject(root, path, QStringLiteral("a rule set is an object {\"version\": 1, \"rules\": […]}"));
        if (auto ok = checkKeys(root, path, {"version", "rules"}); !ok)
            return std::unexpected(ok.error());
        const JsonNode* version = member(root, "version");
        if (version == nullptr)
            return reject(root, childPath(path, "version"), QStringLiteral("\"version\": 1 is missing"));
        if (version->type != Type::Number || version->text != "1")
            return reject(*version, childPath(path, "version"),
                          QStringLiteral("\"version\" must be 1 (this AlertDesk reads version 1)"));
        const JsonNode* rules = member(root, "rules");
        if (rules == nullptr)
            return reject(root, childPath(path, "rules"), QStringLiteral("\"rules\": […] is missing"));
        if (rules->type != Type::Array)
            return reject(*rules, childPath(path, "rules"),
                          QStringLiteral("\"rules\" must be an array of rules, not %1").arg(jsonTypeName(*rules)));
        RuleSet set;
        std::set<QString> ids;
        for (size_t i = 0; i < rules->elements.size(); ++i) {
            const QString where = jsonIndexPath(childPath(path, "rules"), i);
            Expected<RuleSet::Rule> rule = readRule(rules->elements[i], where);
            if (!rule)
                return std::unexpected(rule.error());
            if (!ids.insert(rule->id).second)
                return reject(*member(rules->elements[i], "id"), childPath(where, "id"),
                              QStringLiteral("rule id \"%1\" is used twice; ids must be unique").arg(rule->id));
            set.rules.push_back(std::move(*rule));
        }
        return set;
    }

    std::unexpected<Error> reject(const JsonNode& node, const QString& path, const QString& message)
    {
        const TextPosition position = positionOf(m_text, node.begin);
        if (m_faultAt != nullptr)
            *m_faultAt = position;
        return fail(Error::Code::BadInput,
                    QStringLiteral("%1 (line %2, column %3)").arg(message).arg(position.line).arg(position.column),
                    path);
    }

private:
    static const JsonNode* member(const JsonNode& object, std::string_view key)
    {
        for (const JsonMember& m : object.members) {
            if (m.key == key)
                return &m.value;
        }
        return nullptr;
    }

    // Every key known and given once.
    Expected<void> checkKeys(const JsonNode& object, const QString& path, std::initializer_list<const char*> allowed)
    {
        std::set<std::string_view> seen;
        for (const JsonMember& m : object.members) {
            const QString where = path + u'.' + utf8Text(m.key);
            bool known = false;
            for (const char* key : allowed)
                known = known || m.key == key;
            if (!known) {
                QStringList names;
                for (const char* key : allowed)
                    names.append(QLatin1StringView(key));
                return reject(m.value, where,
                              QStringLiteral("unknown key \"%1\"; allowed here: %2")
                                  .arg(utf8Text(m.key), names.join(QStringLiteral(", "))));
            }
            if (!seen.insert(m.key).second)
                return reject(m.value, where, QStringLiteral("\"%1\" is given twice").arg(utf8Text(m.key)));
        }
        return {};
    }

    Expected<QString> string(const JsonNode& node, const QString& path, bool required)
    {
        if (node.type != Type::String)
            return reject(node, path, QStringLiteral("must be a string, not %1").arg(jsonTypeName(node)));
        if (required && node.text.empty())
            return reject(node, path, QStringLiteral("must not be empty"));
        return utf8Text(node.text);
    }

    Expected<bool> boolean(const JsonNode& node, const QString& path)
    {
        if (node.type != Type::True && node.type != Type::False)
            return reject(node, path, QStringLiteral("must be true or false, not %1").arg(jsonTypeName(node)));
        return node.type == Type::True;
    }

    Expected<Ms> duration(const JsonNode& node, const QString& path, bool zeroAllowed)
    {
        const QString hint = QStringLiteral("a duration is a string of number+unit pairs (units ms, s, m, h, d, w), "
                                            "like \"30s\", \"5m\" or \"1h30m\"");
        if (node.type != Type::String)
            return reject(node, path, hint + QStringLiteral(", not %1").arg(jsonTypeName(node)));
        const std::optional<Ms> value = parseDurationText(utf8Text(node.text));
        if (!value)
            return reject(node, path, QStringLiteral("\"%1\" is not a duration; %2").arg(utf8Text(node.text), hint));
        if (!zeroAllowed && value->count() == 0)
            return reject(node, path, QStringLiteral("must be longer than 0s"));
        return *value;
    }

    Expected<RuleSet::Rule> readRule(const JsonNode& node, const QString& path);
    Expected<QList<RuleTarget>> readTargets(const JsonNode& node, const QString& path);
    Expected<DeliveryPolicy> readPolicy(const JsonNode& node, const QString& path);
    Expected<void> readPolicyMember(const JsonMember& m, const QString& path, DeliveryPolicy& policy);
    Expected<QList<TimeWindow>> readWindows(const JsonNode& node, const QString& path);
    Expected<TimeWindow> readWindow(const JsonNode& node, const QString& path);

    std::string_view m_text;
    TextPosition* m_faultAt;
};

Expected<RuleSet::Rule> SchemaReader::readRule(const JsonNode& node, const QString& path)
{
    if (node.type != Type::Object)
        return reject(node, path,
                      QStringLiteral("a rule is an object with id, name and pattern, not %1").arg(jsonTypeName(node)));
    if (auto ok = checkKeys(node, path, {"id", "name", "enabled", "description", "pattern", "targets", "policy"}); !ok)
        return std::unexpected(ok.error());
    for (const char* key : {"id", "name", "pattern"}) {
        if (member(node, key) == nullptr)
            return reject(node, childPath(path, key),
                          QStringLiteral("a rule needs \"%1\"").arg(QLatin1StringView(key)));
    }
    RuleSet::Rule rule;
    for (const JsonMember& m : node.members) {
        const QString where = path + u'.' + utf8Text(m.key);
        if (m.key == "id" || m.key == "name" || m.key == "description") {
            Expected<QString> text = string(m.value, where, m.key != "description");
            if (!text)
                return std::unexpected(text.error());
            (m.key == "id" ? rule.id : m.key == "name" ? rule.name : rule.description) = std::move(*text);
        } else if (m.key == "enabled") {
            const Expected<bool> enabled = boolean(m.value, where);
            if (!enabled)
                return std::unexpected(enabled.error());
            rule.enabled = *enabled;
        } else if (m.key == "pattern") {
            Expected<Pattern> pattern = PatternParser::parse(m.value);
            if (!pattern) {
                const Error& error = pattern.error();
                const JsonNode& at = nodeAtPath(m.value, error.where);
                return reject(at, QString(error.where).replace(0, 1, where), error.message);
            }
            rule.pattern = std::move(*pattern);
            rule.patternJson = toJsonText(m.value);
        } else if (m.key == "targets") {
            Expected<QList<RuleTarget>> targets = readTargets(m.value, where);
            if (!targets)
                return std::unexpected(targets.error());
            rule.targets = std::move(*targets);
        } else {
            Expected<DeliveryPolicy> policy = readPolicy(m.value, where);
            if (!policy)
                return std::unexpected(policy.error());
            rule.policy = std::move(*policy);
        }
    }
    return rule;
}

Expected<QList<RuleTarget>> SchemaReader::readTargets(const JsonNode& node, const QString& path)
{
    if (node.type != Type::Array)
        return reject(node, path,
                      QStringLiteral("\"targets\" is an array of {\"channel\", \"template\", \"message_type\"}"));
    QList<RuleTarget> targets;
    for (size_t i = 0; i < node.elements.size(); ++i) {
        const JsonNode& element = node.elements[i];
        const QString where = jsonIndexPath(path, i);
        if (element.type != Type::Object)
            return reject(element, where,
                          QStringLiteral("a target is an object {\"channel\", \"template\", \"message_type\"}"));
        if (auto ok = checkKeys(element, where, {"channel", "template", "message_type"}); !ok)
            return std::unexpected(ok.error());
        if (member(element, "channel") == nullptr)
            return reject(element, childPath(where, "channel"), QStringLiteral("a target needs \"channel\""));
        RuleTarget target;
        for (const JsonMember& m : element.members) {
            Expected<QString> text = string(m.value, where + u'.' + utf8Text(m.key), m.key == "channel");
            if (!text)
                return std::unexpected(text.error());
            (m.key == "channel"        ? target.channelId
                 : m.key == "template" ? target.templateId
                                       : target.messageType) = std::move(*text);
        }
        targets.append(std::move(target));
    }
    return targets;
}

Expected<DeliveryPolicy> SchemaReader::readPolicy(const JsonNode& node, const QString& path)
{
    if (node.type != Type::Object)
        return reject(node, path, QStringLiteral("\"policy\" is an object, not %1").arg(jsonTypeName(node)));
    if (auto ok = checkKeys(node, path,
                            {"send_resolved", "group_by", "group_wait", "group_interval", "repeat_interval", "throttle",
                             "time_zone", "mute_times", "active_times"});
        !ok)
        return std::unexpected(ok.error());
    DeliveryPolicy policy;
    for (const JsonMember& m : node.members) {
        if (auto ok = readPolicyMember(m, path + u'.' + utf8Text(m.key), policy); !ok)
            return std::unexpected(ok.error());
    }
    return policy;
}

Expected<void> SchemaReader::readPolicyMember(const JsonMember& m, const QString& where, DeliveryPolicy& policy)
{
    const JsonNode& value = m.value;
    if (m.key == "send_resolved") {
        const Expected<bool> on = boolean(value, where);
        if (!on)
            return std::unexpected(on.error());
        policy.sendResolved = *on;
    } else if (m.key == "group_by") {
        if (value.type != Type::Array)
            return reject(value, where, QStringLiteral("\"group_by\" is an array of field names"));
        for (size_t i = 0; i < value.elements.size(); ++i) {
            const JsonNode& field = value.elements[i];
            const QString name = field.type == Type::String ? utf8Text(field.text) : QString();
            if (!isGroupByField(name))
                return reject(field, jsonIndexPath(where, i),
                              QStringLiteral("a group_by field is an event field (source, type, subject, region, "
                                             "severity, status, title, …), \"labels.<name>\" or \"data.<path>\""));
            if (policy.groupBy.contains(name))
                return reject(field, jsonIndexPath(where, i), QStringLiteral("\"%1\" is listed twice").arg(name));
            policy.groupBy.append(name);
        }
    } else if (m.key == "group_wait" || m.key == "group_interval" || m.key == "repeat_interval") {
        const Expected<Ms> ms = duration(value, where, m.key == "group_wait");
        if (!ms)
            return std::unexpected(ms.error());
        (m.key == "group_wait"           ? policy.groupWait
             : m.key == "group_interval" ? policy.groupInterval
                                         : policy.repeatInterval) = *ms;
    } else if (m.key == "throttle") {
        if (value.type != Type::Object)
            return reject(value, where, QStringLiteral("\"throttle\" is an object {\"count\": N, \"window\": \"1m\"}"));
        if (auto ok = checkKeys(value, where, {"count", "window"}); !ok)
            return ok;
        const JsonNode* count = member(value, "count");
        if (count == nullptr)
            return reject(value, childPath(where, "count"), QStringLiteral("a throttle needs \"count\""));
        bool isInt = false;
        const int n = count->type == Type::Number ? utf8Text(count->text).toInt(&isInt) : 0;
        if (!isInt || n < 0 || n > kMaxThrottleCount)
            return reject(
                *count, childPath(where, "count"),
                QStringLiteral("\"count\" is a whole number from 0 (no throttle) to %1").arg(kMaxThrottleCount));
        policy.throttleCount = n;
        if (const JsonNode* window = member(value, "window")) {
            const Expected<Ms> ms = duration(*window, childPath(where, "window"), false);
            if (!ms)
                return std::unexpected(ms.error());
            policy.throttleWindow = *ms;
        }
    } else if (m.key == "time_zone") {
        Expected<QString> zone = string(value, where, false);
        if (!zone)
            return std::unexpected(zone.error());
        if (!zone->isEmpty() && !QTimeZone(zone->toUtf8()).isValid())
            return reject(value, where,
                          QStringLiteral("\"%1\" is not a known time zone; use an IANA name like \"Asia/Shanghai\", "
                                         "or \"\" for this machine's zone")
                              .arg(*zone));
        policy.timeZone = std::move(*zone);
    } else {
        Expected<QList<TimeWindow>> windows = readWindows(value, where);
        if (!windows)
            return std::unexpected(windows.error());
        (m.key == "mute_times" ? policy.muteTimes : policy.activeTimes) = std::move(*windows);
    }
    return {};
}

Expected<QList<TimeWindow>> SchemaReader::readWindows(const JsonNode& node, const QString& path)
{
    if (node.type != Type::Array)
        return reject(node, path,
                      QStringLiteral("time windows are an array of {\"days\": \"mon-fri\", \"start\": \"09:00\", "
                                     "\"end\": \"18:00\"}"));
    QList<TimeWindow> windows;
    for (size_t i = 0; i < node.elements.size(); ++i) {
        Expected<TimeWindow> window = readWindow(node.elements[i], jsonIndexPath(path, i));
        if (!window)
            return std::unexpected(window.error());
        windows.append(std::move(*window));
    }
    return windows;
}

Expected<TimeWindow> SchemaReader::readWindow(const JsonNode& node, const QString& path)
{
    if (node.type != Type::Object)
        return reject(node, path, QStringLiteral("a time window is an object {\"days\", \"start\", \"end\"}"));
    if (auto ok = checkKeys(node, path, {"days", "start", "end"}); !ok)
        return std::unexpected(ok.error());
    TimeWindow window;
    if (const JsonNode* days = member(node, "days")) {
        const QString where = childPath(path, "days");
        const QString hint =
            QStringLiteral("days are \"mon\" … \"sun\" or a range like \"mon-fri\", alone or in a list");
        std::vector<std::pair<const JsonNode*, QString>> specs;
        if (days->type == Type::String) {
            specs.emplace_back(days, where);
        } else if (days->type == Type::Array && !days->elements.empty()) {
            for (size_t i = 0; i < days->elements.size(); ++i)
                specs.emplace_back(&days->elements[i], jsonIndexPath(where, i));
        } else {
            return reject(*days, where, hint);
        }
        for (const auto& [spec, specWhere] : specs) {
            if (spec->type != Type::String || !addDaySpec(utf8Text(spec->text), window.weekdays))
                return reject(*spec, specWhere, hint);
        }
        std::sort(window.weekdays.begin(), window.weekdays.end());
        window.weekdays.erase(std::unique(window.weekdays.begin(), window.weekdays.end()), window.weekdays.end());
    }
    for (const char* key : {"start", "end"}) {
        const JsonNode* time = member(node, key);
        if (time == nullptr)
            continue;
        const bool isEnd = key[0] == 'e';
        const std::optional<int> minute =
            time->type == Type::String ? parseClockTime(utf8Text(time->text), isEnd) : std::nullopt;
        if (!minute)
            return reject(*time, childPath(path, key),
                          isEnd ? QStringLiteral("\"end\" is a time \"HH:MM\" from \"00:00\" to \"24:00\"")
                                : QStringLiteral("\"start\" is a time \"HH:MM\" from \"00:00\" to \"23:59\""));
        (isEnd ? window.endMinute : window.startMinute) = *minute;
    }
    return window;
}

} // namespace

Expected<RuleSet> readRuleSet(std::string_view text, TextPosition* faultAt)
{
    const Expected<JsonNode> root = parseJsonDocument(text, PatternParser::kMaxDepth + 8);
    if (!root) {
        if (faultAt != nullptr)
            *faultAt = positionOfSyntaxError(text, root.error().where);
        return std::unexpected(root.error());
    }
    return SchemaReader(text, faultAt).read(*root);
}

const JsonNode& nodeAtPath(const JsonNode& root, QStringView path)
{
    const JsonNode* node = &root;
    qsizetype i = path.startsWith(u'$') ? 1 : 0;
    while (i < path.size()) {
        std::string key;
        std::optional<size_t> index;
        if (path[i] == u'.') {
            qsizetype end = i + 1;
            while (end < path.size() && path[end] != u'.' && path[end] != u'[')
                ++end;
            key = path.sliced(i + 1, end - i - 1).toUtf8().toStdString();
            i = end;
        } else if (path[i] == u'[' && i + 1 < path.size() && path[i + 1] == u'"') {
            QString name;
            qsizetype k = i + 2;
            for (; k < path.size() && path[k] != u'"'; ++k) {
                if (path[k] == u'\\' && k + 1 < path.size())
                    ++k;
                name += path[k];
            }
            key = name.toStdString();
            i = k + 2; // past "]
        } else if (path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                break;
            index = path.sliced(i + 1, close - i - 1).toULongLong();
            i = close + 1;
        } else {
            break;
        }
        const JsonNode* next = nullptr;
        if (index && node->type == Type::Array && *index < node->elements.size())
            next = &node->elements[*index];
        if (!index && node->type == Type::Object) {
            for (const JsonMember& m : node->members) {
                if (m.key == key)
                    next = &m.value; // the last duplicate is the one that counts
            }
        }
        if (next == nullptr)
            break;
        node = next;
    }
    return *node;
}

} // namespace alertdesk::rules
