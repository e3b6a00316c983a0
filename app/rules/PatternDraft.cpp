#include "PatternDraft.h"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <QByteArray>

#include "event/EventJson.h"
#include "rules/PatternJson.h"

namespace alertdesk::rules {

namespace {

struct DraftField
{
    QByteArray key;
    QByteArray value; // UTF-8
};

// The last string member named `key` (duplicate keys: the last one wins, as in matching).
std::optional<std::string> topLevelString(const JsonNode& root, std::string_view key)
{
    std::optional<std::string> found;
    for (const JsonMember& member : root.members) {
        if (member.key == key)
            found = member.value.type == JsonNode::Type::String ? std::optional(member.value.text) : std::nullopt;
    }
    return found;
}

std::vector<DraftField> fromFields(const DraftFields& fields)
{
    std::vector<DraftField> out;
    const std::pair<const char*, const QString*> named[] = {
        {"source", &fields.source}, {"type", &fields.type}, {"subject", &fields.subject}, {"region", &fields.region}};
    for (const auto& [key, value] : named) {
        if (!value->isEmpty())
            out.push_back({QByteArray(key), value->toUtf8()});
    }
    return out;
}

std::vector<DraftField> fromEvent(const JsonNode& root)
{
    std::vector<DraftField> out;
    // Tencent documents "subjuect" as a spelling of "subject" in its events.
    const std::vector<std::vector<const char*>> keys = {{"source"}, {"type"}, {"subject", "subjuect"}, {"region"}};
    for (const auto& spellings : keys) {
        for (const char* key : spellings) {
            if (std::optional<std::string> value = topLevelString(root, key); value && !value->empty()) {
                out.push_back({QByteArray(key), QByteArray(value->data(), qsizetype(value->size()))});
                break;
            }
        }
    }
    return out;
}

QByteArray render(const std::vector<DraftField>& fields)
{
    QByteArray out("{\n");
    for (size_t i = 0; i < fields.size(); ++i) {
        out.append("  \"").append(fields[i].key).append("\": [");
        appendJsonString(out, std::string_view(fields[i].value.constData(), size_t(fields[i].value.size())));
        out.append(i + 1 < fields.size() ? "],\n" : "]\n");
    }
    out.append('}');
    return out;
}

} // namespace

QString PatternDraft::build(const DraftFields& fields, QByteArrayView eventJson)
{
    std::vector<DraftField> draft;
    const Expected<JsonNode> root = eventJson.isEmpty()
        ? Expected<JsonNode>(std::unexpected(Error{}))
        : parseJsonDocument(std::string_view(eventJson.data(), size_t(eventJson.size())));
    if (root && root->type == JsonNode::Type::Object)
        draft = fromEvent(*root);
    else
        draft = fromFields(fields);
    if (draft.empty()) {
        QByteArray out("{\n  \"alertdesk\": {\n    \"fingerprint\": [");
        appendJsonString(out, QStringView(fields.fingerprint));
        out.append("]\n  }\n}");
        return QString::fromUtf8(out);
    }
    return QString::fromUtf8(render(draft));
}

} // namespace alertdesk::rules
