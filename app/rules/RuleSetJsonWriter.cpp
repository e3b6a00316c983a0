// Writing rules.json: the layout docs/rules-json.md shows, stable so that read-then-write changes nothing.
#include "RuleSetJson.h"

#include "event/EventJson.h"
#include "rules/DeliveryPolicy.h"
#include "rules/TimeWindow.h"

namespace alertdesk::rules {

namespace {

void append(QByteArray& out, const std::string& text)
{
    out.append(text.data(), static_cast<qsizetype>(text.size()));
}

void indent(QByteArray& out, int level)
{
    out.append(level * 2, ' ');
}

void key(QByteArray& out, int level, const char* name)
{
    indent(out, level);
    out += '"';
    out += name;
    out += "\": ";
}

void string(QByteArray& out, const QString& text)
{
    appendJsonString(out, text);
}

void stringList(QByteArray& out, const QStringList& list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ", ";
        string(out, list[i]);
    }
    out += ']';
}

// Operator lists like [{"numeric": [">", 1]}, {"prefix": "x"}] read best on one line: anything without arrays
// of arrays goes inline inside an array.
bool isCompact(const JsonNode& node)
{
    if (node.isScalar())
        return true;
    if (node.type == JsonNode::Type::Array) {
        for (const JsonNode& element : node.elements) {
            if (!element.isScalar())
                return false;
        }
        return true;
    }
    for (const JsonMember& member : node.members) {
        if (!isCompact(member.value))
            return false;
    }
    return true;
}

void inlineJson(QByteArray& out, const JsonNode& node)
{
    if (node.isScalar()) {
        append(out, toJsonText(node));
        return;
    }
    const bool array = node.type == JsonNode::Type::Array;
    out += array ? '[' : '{';
    const size_t count = array ? node.elements.size() : node.members.size();
    for (size_t i = 0; i < count; ++i) {
        if (i > 0)
            out += ", ";
        if (!array) {
            appendJsonString(out, std::string_view(node.members[i].key));
            out += ": ";
        }
        inlineJson(out, array ? node.elements[i] : node.members[i].value);
    }
    out += array ? ']' : '}';
}

bool allCompact(const JsonNode& array)
{
    for (const JsonNode& element : array.elements) {
        if (!isCompact(element))
            return false;
    }
    return true;
}

// A pattern as read, laid out: objects one member per line, arrays of operators on one line.
void pattern(QByteArray& out, const JsonNode& node, int level)
{
    if (node.isScalar()) {
        append(out, toJsonText(node));
        return;
    }
    if (node.type == JsonNode::Type::Array) {
        if (allCompact(node)) {
            inlineJson(out, node);
            return;
        }
        out += "[\n";
        for (size_t i = 0; i < node.elements.size(); ++i) {
            indent(out, level + 1);
            pattern(out, node.elements[i], level + 1);
            out += i + 1 < node.elements.size() ? ",\n" : "\n";
        }
        indent(out, level);
        out += ']';
        return;
    }
    if (node.members.empty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    for (size_t i = 0; i < node.members.size(); ++i) {
        indent(out, level + 1);
        appendJsonString(out, std::string_view(node.members[i].key));
        out += ": ";
        pattern(out, node.members[i].value, level + 1);
        out += i + 1 < node.members.size() ? ",\n" : "\n";
    }
    indent(out, level);
    out += '}';
}

void windows(QByteArray& out, const QList<TimeWindow>& list, int level)
{
    if (list.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < list.size(); ++i) {
        const TimeWindow& window = list[i];
        indent(out, level + 1);
        out += '{';
        if (!window.weekdays.isEmpty()) {
            out += "\"days\": ";
            stringList(out, daySpecs(window.weekdays));
            out += ", ";
        }
        out += "\"start\": ";
        string(out, clockTimeText(window.startMinute));
        out += ", \"end\": ";
        string(out, clockTimeText(window.endMinute));
        out += i + 1 < list.size() ? "},\n" : "}\n";
    }
    indent(out, level);
    out += ']';
}

void targets(QByteArray& out, const QList<RuleTarget>& list, int level)
{
    if (list.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < list.size(); ++i) {
        indent(out, level + 1);
        out += "{\"channel\": ";
        string(out, list[i].channelId);
        out += ", \"template\": ";
        string(out, list[i].templateId);
        out += ", \"message_type\": ";
        string(out, list[i].messageType);
        out += i + 1 < list.size() ? "},\n" : "}\n";
    }
    indent(out, level);
    out += ']';
}

void policy(QByteArray& out, const DeliveryPolicy& p, int level)
{
    out += "{\n";
    key(out, level + 1, "send_resolved");
    out += p.sendResolved ? "true,\n" : "false,\n";
    key(out, level + 1, "group_by");
    stringList(out, p.groupBy);
    out += ",\n";
    key(out, level + 1, "group_wait");
    string(out, durationText(p.groupWait));
    out += ",\n";
    key(out, level + 1, "group_interval");
    string(out, durationText(p.groupInterval));
    out += ",\n";
    key(out, level + 1, "repeat_interval");
    string(out, durationText(p.repeatInterval));
    out += ",\n";
    key(out, level + 1, "throttle");
    out += "{\"count\": " + QByteArray::number(p.throttleCount) + ", \"window\": ";
    string(out, durationText(p.throttleWindow));
    out += "},\n";
    key(out, level + 1, "time_zone");
    string(out, p.timeZone);
    out += ",\n";
    key(out, level + 1, "mute_times");
    windows(out, p.muteTimes, level + 1);
    out += ",\n";
    key(out, level + 1, "active_times");
    windows(out, p.activeTimes, level + 1);
    out += '\n';
    indent(out, level);
    out += '}';
}

Expected<void> rule(QByteArray& out, const RuleSet::Rule& r, int level)
{
    // Written only as it would be read back: a rule without its pattern text would make the file unreadable.
    if (r.patternJson.empty())
        return fail(Error::Code::BadInput, QStringLiteral("rule \"%1\" has no pattern").arg(r.id));
    const Expected<JsonNode> patternNode = parseJsonDocument(r.patternJson);
    if (!patternNode)
        return fail(Error::Code::BadInput,
                    QStringLiteral("the pattern of rule \"%1\" is not JSON: %2").arg(r.id, patternNode.error().message),
                    patternNode.error().where);
    indent(out, level);
    out += "{\n";
    key(out, level + 1, "id");
    string(out, r.id);
    out += ",\n";
    key(out, level + 1, "name");
    string(out, r.name);
    out += ",\n";
    key(out, level + 1, "enabled");
    out += r.enabled ? "true,\n" : "false,\n";
    key(out, level + 1, "description");
    string(out, r.description);
    out += ",\n";
    key(out, level + 1, "pattern");
    pattern(out, *patternNode, level + 1);
    out += ",\n";
    key(out, level + 1, "targets");
    targets(out, r.targets, level + 1);
    out += ",\n";
    key(out, level + 1, "policy");
    policy(out, r.policy, level + 1);
    out += '\n';
    indent(out, level);
    out += '}';
    return {};
}

} // namespace

Expected<QByteArray> writeRuleSet(const RuleSet& set)
{
    QByteArray out = "{\n  \"version\": 1,\n  \"rules\": ";
    if (set.rules.empty()) {
        out += "[]\n}\n";
        return out;
    }
    out += "[\n";
    for (size_t i = 0; i < set.rules.size(); ++i) {
        if (auto ok = rule(out, set.rules[i], 2); !ok)
            return std::unexpected(ok.error());
        out += i + 1 < set.rules.size() ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

} // namespace alertdesk::rules
