#include "SubRuleCheck.h"

namespace alertdesk::rules {

namespace {

bool outsideArrays(const Leaf& leaf)
{
    return leaf.chainBegin == leaf.chainEnd;
}

} // namespace

void SubRuleCheck::clear()
{
    m_candidates.clear();
    m_fields.clear();
}

void SubRuleCheck::start(Kind kind, int32_t pathHead)
{
    if (!m_fields.empty())
        m_fields.back().end = static_cast<uint32_t>(m_candidates.size());
    Field field;
    field.kind = kind;
    field.pathHead = pathHead;
    field.begin = static_cast<uint32_t>(m_candidates.size());
    m_fields.push_back(field);
}

bool SubRuleCheck::solve(const FlatEvent& event)
{
    if (!m_fields.empty())
        m_fields.back().end = static_cast<uint32_t>(m_candidates.size());
    const auto& leaves = event.leaves();
    m_open.clear();
    for (size_t f = 0; f < m_fields.size(); ++f) {
        const Field& field = m_fields[f];
        bool free = false; // a candidate outside every array is consistent with any pick
        for (uint32_t i = field.begin; i < field.end && !free; ++i)
            free = outsideArrays(leaves[m_candidates[i]]);
        if (field.kind == Kind::Required && field.begin == field.end)
            return false;
        if (!free)
            m_open.push_back(static_cast<uint32_t>(f));
    }
    m_chosen.clear();
    m_claimedAbsent.clear();
    m_steps = 0;
    return search(event, 0);
}

bool SubRuleCheck::fitsPicks(const FlatEvent& event, const Leaf& leaf) const
{
    const auto& leaves = event.leaves();
    for (const uint32_t picked : m_chosen) {
        if (!event.consistent(leaves[picked], leaf))
            return false;
    }
    return true;
}

bool SubRuleCheck::absentFromPicks(const FlatEvent& event, int32_t pathHead) const
{
    const auto& leaves = event.leaves();
    for (int32_t l = pathHead; l >= 0; l = leaves[static_cast<size_t>(l)].nextSamePath) {
        if (fitsPicks(event, leaves[static_cast<size_t>(l)]))
            return false;
    }
    return true;
}

bool SubRuleCheck::search(const FlatEvent& event, size_t open)
{
    if (++m_steps > kMaxSteps)
        return false;
    if (open == m_open.size()) {
        for (const int32_t head : m_claimedAbsent) {
            if (!absentFromPicks(event, head))
                return false;
        }
        return true;
    }
    const auto& leaves = event.leaves();
    const Field& field = m_fields[m_open[open]];
    for (uint32_t i = field.begin; i < field.end; ++i) {
        const Leaf& candidate = leaves[m_candidates[i]];
        if (!fitsPicks(event, candidate))
            continue;
        m_chosen.push_back(m_candidates[i]);
        const bool found = search(event, open + 1);
        m_chosen.pop_back();
        if (found)
            return true;
        if (m_steps > kMaxSteps)
            return false;
    }
    if (field.kind != Kind::Optional)
        return false;
    m_claimedAbsent.push_back(field.pathHead);
    const bool found = search(event, open + 1);
    m_claimedAbsent.pop_back();
    return found;
}

} // namespace alertdesk::rules
