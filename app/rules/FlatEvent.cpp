#include "FlatEvent.h"

#include <cstring>

#include <simdjson.h>

#include "rules/JsonNumber.h"
#include "rules/PatternJson.h"

namespace alertdesk::rules {

namespace ondemand = simdjson::ondemand;

namespace {

bool isJsonNumber(std::string_view s)
{
    size_t i = 0;
    auto digits = [&] {
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

struct FlatEvent::Private
{
    ondemand::parser parser;
    std::string padded;     // a copy with padding, when the caller's buffer has none
    std::string keyScratch; // keys with escapes, unescaped
    const PathTrie* trie = nullptr;
    simdjson::error_code error = simdjson::SUCCESS;
    const char* problem = nullptr;

    bool failWith(simdjson::error_code code)
    {
        error = code;
        return false;
    }

    // The member name as written between its quotes, unescaped only when it holds escapes.
    bool key(ondemand::field& field, std::string_view& out)
    {
        const char* start = field.key().raw();
        const char* p = start;
        bool escaped = false;
        // simdjson's first stage has checked that every string is closed, so the scan ends at the quote.
        for (; *p != '"'; ++p) {
            if (*p == '\\') {
                escaped = true;
                ++p;
            }
        }
        out = std::string_view(start, static_cast<size_t>(p - start));
        if (!escaped)
            return true;
        keyScratch.clear();
        if (!unescapeJsonString(out, keyScratch)) {
            problem = "bad escape in a member name";
            return false;
        }
        out = keyScratch;
        return true;
    }

    bool walk(FlatEvent& event, ondemand::value value, uint32_t node, int depth);
    bool walkObject(FlatEvent& event, ondemand::object object, uint32_t node, int depth);
    bool walkArray(FlatEvent& event, ondemand::array array, uint32_t node, int depth);
    bool addLeaf(FlatEvent& event, ondemand::value& value, ondemand::json_type type, uint32_t path);
};

bool FlatEvent::Private::walkObject(FlatEvent& event, ondemand::object object, uint32_t node, int depth)
{
    for (auto member : object) {
        ondemand::field field;
        if (const auto code = std::move(member).get(field))
            return failWith(code);
        std::string_view name;
        if (!key(field, name))
            return false;
        const uint32_t child = trie->memberChild(node, name);
        if (child == PathTrie::kNone)
            continue; // not read by any pattern: on-demand skips it unparsed
        if (!walk(event, field.value(), child, depth))
            return false;
    }
    return true;
}

bool FlatEvent::Private::walkArray(FlatEvent& event, ondemand::array array, uint32_t node, int depth)
{
    event.m_stack.push_back(ArrayPosition{event.m_arrays++, 0});
    const size_t level = event.m_stack.size() - 1;
    uint32_t index = 0;
    for (auto element : array) {
        ondemand::value value;
        if (const auto code = std::move(element).get(value))
            return failWith(code);
        event.m_stack[level].index = index++;
        if (!walk(event, value, node, depth))
            return false;
    }
    event.m_stack.pop_back();
    return true;
}

bool FlatEvent::Private::walk(FlatEvent& event, ondemand::value value, uint32_t node, int depth)
{
    // simdjson's on-demand API leaves nesting depth to the caller; the recursion here must not exhaust the stack.
    if (++depth > FlatEvent::kMaxDepth) {
        problem = "nested too deeply";
        return false;
    }
    ondemand::json_type type;
    if (const auto code = value.type().get(type))
        return failWith(code);
    if (type == ondemand::json_type::object) {
        if (!trie->hasChildren(node))
            return true;
        ondemand::object object;
        if (const auto code = value.get_object().get(object))
            return failWith(code);
        return walkObject(event, object, node, depth);
    }
    if (type == ondemand::json_type::array) {
        ondemand::array array;
        if (const auto code = value.get_array().get(array))
            return failWith(code);
        return walkArray(event, array, node, depth);
    }
    const uint32_t path = trie->pathAt(node);
    if (path == PathTrie::kNone)
        return true;
    return addLeaf(event, value, type, path);
}

bool FlatEvent::Private::addLeaf(FlatEvent& event, ondemand::value& value, ondemand::json_type type, uint32_t path)
{
    Leaf leaf;
    leaf.path = path;
    switch (type) {
    case ondemand::json_type::string:
        leaf.type = LeafType::String;
        if (const auto code = value.get_string().get(leaf.text))
            return failWith(code);
        break;
    case ondemand::json_type::number: {
        leaf.type = LeafType::Number;
        leaf.text = trimRight(value.raw_json_token());
        if (!isJsonNumber(leaf.text)) {
            problem = "malformed number";
            return false;
        }
        const NumberValue number = readJsonNumber(leaf.text);
        leaf.number = number.value;
        leaf.exact = number.exact;
        break;
    }
    case ondemand::json_type::boolean: {
        bool flag = false;
        if (const auto code = value.get_bool().get(flag))
            return failWith(code);
        leaf.type = flag ? LeafType::True : LeafType::False;
        break;
    }
    default: {
        bool isNull = false;
        if (const auto code = value.is_null().get(isNull))
            return failWith(code);
        if (!isNull) {
            problem = "malformed literal";
            return false;
        }
        leaf.type = LeafType::Null;
    }
    }
    leaf.chainBegin = static_cast<uint32_t>(event.m_chains.size());
    event.m_chains.insert(event.m_chains.end(), event.m_stack.begin(), event.m_stack.end());
    leaf.chainEnd = static_cast<uint32_t>(event.m_chains.size());
    int32_t& head = event.m_heads[path];
    if (head < 0)
        event.m_touchedPaths.push_back(path);
    leaf.nextSamePath = head;
    head = static_cast<int32_t>(event.m_leaves.size());
    event.m_leaves.push_back(leaf);
    return true;
}

FlatEvent::FlatEvent() : d(std::make_unique<Private>()) {}

FlatEvent::~FlatEvent() = default;

Expected<void> FlatEvent::read(std::string_view json, const PathTrie& trie, size_t readable)
{
    for (const uint32_t path : m_touchedPaths)
        m_heads[path] = -1;
    m_touchedPaths.clear();
    m_leaves.clear();
    m_chains.clear();
    m_stack.clear();
    m_arrays = 0;
    if (m_heads.size() < trie.pathCount())
        m_heads.resize(trie.pathCount(), -1);
    d->trie = &trie;
    d->error = simdjson::SUCCESS;
    d->problem = nullptr;

    simdjson::padded_string_view input;
    if (readable >= json.size() + simdjson::SIMDJSON_PADDING) {
        input = simdjson::padded_string_view(json.data(), json.size(), readable);
    } else {
        d->padded.assign(json);
        d->padded.resize(json.size() + simdjson::SIMDJSON_PADDING, ' ');
        input = simdjson::padded_string_view(d->padded.data(), json.size(), d->padded.size());
    }
    ondemand::document document;
    ondemand::object object;
    auto fail_ = [&](simdjson::error_code code) {
        const char* text = d->problem != nullptr ? d->problem : simdjson::error_message(code);
        return fail(Error::Code::BadInput,
                    QStringLiteral("the event is not a valid JSON object (%1)").arg(QString::fromUtf8(text)),
                    QStringLiteral("$"));
    };
    if (const auto code = d->parser.iterate(input).get(document))
        return fail_(code);
    if (const auto code = document.get_object().get(object))
        return fail_(code);
    if (!d->walkObject(*this, object, PathTrie::root(), 1))
        return fail_(d->error);
    return {};
}

bool FlatEvent::consistent(const Leaf& a, const Leaf& b) const
{
    const uint32_t n = std::min(a.chainEnd - a.chainBegin, b.chainEnd - b.chainBegin);
    for (uint32_t i = 0; i < n; ++i) {
        const ArrayPosition& pa = m_chains[a.chainBegin + i];
        const ArrayPosition& pb = m_chains[b.chainBegin + i];
        if (pa.array != pb.array)
            return true; // the paths part here: no further array is shared
        if (pa.index != pb.index)
            return false;
    }
    return true;
}

} // namespace alertdesk::rules
