#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace alertdesk::rules {

// The field paths some pattern reads, as a tree of keys. Flattening an event walks it, so values on no path are
// skipped without being decoded; each full path gets a small id that the matchers index by.
class PathTrie final
{
public:
    static constexpr uint32_t kNone = UINT32_MAX;

    PathTrie();

    // The id of `path` (its keys from the top), adding it when new.
    uint32_t add(const std::vector<std::string>& path);
    uint32_t pathCount() const { return static_cast<uint32_t>(m_paths.size()); }
    const std::vector<std::string>& path(uint32_t id) const { return m_paths[id]; }

    static constexpr uint32_t root() { return 0; }
    uint32_t child(uint32_t node, std::string_view key) const;
    // The same for an event's member name, which may hold several keys joined by '.' (event-ruler joins paths
    // with '.', so {"a.b":…} and {"a":{"b":…}} are one path; the conformance rows flagged dotted-keys).
    uint32_t memberChild(uint32_t node, std::string_view name) const
    {
        return name.find('.') == std::string_view::npos ? child(node, name) : dottedChild(node, name);
    }
    // A pattern's member name split into keys at each '.'.
    static void appendKeys(std::string_view name, std::vector<std::string>& path);
    uint32_t pathAt(uint32_t node) const { return m_nodes[node].path; }
    bool hasChildren(uint32_t node) const { return !m_nodes[node].children.empty(); }

private:
    uint32_t dottedChild(uint32_t node, std::string_view name) const;

    struct KeyHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Node
    {
        std::vector<std::pair<std::string, uint32_t>> children;
        std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> byKey; // only when there are many
        uint32_t path = kNone;
    };

    std::vector<Node> m_nodes;
    std::vector<std::vector<std::string>> m_paths;
};

} // namespace alertdesk::rules
