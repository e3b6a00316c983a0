#include "PathTrie.h"

namespace alertdesk::rules {

namespace {
// Above this many children a hash look-up beats comparing keys one by one.
constexpr size_t kLinearChildren = 8;
} // namespace

PathTrie::PathTrie() : m_nodes(1) {}

uint32_t PathTrie::add(const std::vector<std::string>& path)
{
    uint32_t node = root();
    for (const std::string& key : path) {
        uint32_t next = child(node, key);
        if (next == kNone) {
            next = static_cast<uint32_t>(m_nodes.size());
            m_nodes.emplace_back();
            Node& parent = m_nodes[node];
            parent.children.emplace_back(key, next);
            if (parent.children.size() > kLinearChildren) {
                for (const auto& [childKey, id] : parent.children)
                    parent.byKey.emplace(childKey, id);
            }
        }
        node = next;
    }
    if (m_nodes[node].path == kNone) {
        m_nodes[node].path = static_cast<uint32_t>(m_paths.size());
        m_paths.push_back(path);
    }
    return m_nodes[node].path;
}

uint32_t PathTrie::child(uint32_t node, std::string_view key) const
{
    const Node& n = m_nodes[node];
    if (!n.byKey.empty()) {
        const auto it = n.byKey.find(key);
        return it == n.byKey.end() ? kNone : it->second;
    }
    for (const auto& [childKey, id] : n.children) {
        if (childKey.size() == key.size() && childKey == key)
            return id;
    }
    return kNone;
}

uint32_t PathTrie::dottedChild(uint32_t node, std::string_view name) const
{
    size_t from = 0;
    for (;;) {
        const size_t dot = name.find('.', from);
        node = child(node, name.substr(from, dot == std::string_view::npos ? std::string_view::npos : dot - from));
        if (node == kNone || dot == std::string_view::npos)
            return node;
        from = dot + 1;
    }
}

void PathTrie::appendKeys(std::string_view name, std::vector<std::string>& path)
{
    size_t from = 0;
    for (;;) {
        const size_t dot = name.find('.', from);
        path.emplace_back(name.substr(from, dot == std::string_view::npos ? std::string_view::npos : dot - from));
        if (dot == std::string_view::npos)
            return;
        from = dot + 1;
    }
}

} // namespace alertdesk::rules
