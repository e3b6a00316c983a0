#include "RuleMatcher.h"

#include <algorithm>
#include <unordered_map>

#include "rules/PatternMatcher.h"
#include "rules/SubRuleCheck.h"

namespace alertdesk::rules {

namespace {

using Kind = Matcher::Kind;
using Ids = std::vector<uint32_t>;

struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using TextTable = std::unordered_map<std::string, Ids, TextHash, std::equal_to<>>;

// Prefixes (or suffixes) grouped by length: one hash look-up per distinct length instead of one test per rule.
struct AffixTable
{
    std::vector<std::pair<size_t, TextTable>> byLength; // sorted by length

    void add(const std::string& affix, uint32_t condition)
    {
        auto it = std::find_if(byLength.begin(), byLength.end(),
                               [&](const auto& entry) { return entry.first == affix.size(); });
        if (it == byLength.end()) {
            byLength.emplace_back(affix.size(), TextTable{});
            std::sort(byLength.begin(), byLength.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            it = std::find_if(byLength.begin(), byLength.end(),
                              [&](const auto& entry) { return entry.first == affix.size(); });
        }
        it->second[affix].push_back(condition);
    }

    template <typename Hit>
    void find(std::string_view value, bool prefix, Hit&& hit) const
    {
        for (const auto& [length, table] : byLength) {
            if (length > value.size())
                return;
            const auto it = table.find(prefix ? value.substr(0, length) : value.substr(value.size() - length));
            if (it != table.end()) {
                for (const uint32_t c : it->second)
                    hit(c);
            }
        }
    }
};

// Every condition on one field path.
struct PathIndex
{
    TextTable exact;
    std::unordered_map<double, Ids> numbers; // exact doubles by value (-0 and 0 hash alike)
    TextTable inexactNumbers;                // by spelling
    Ids trueIds, falseIds, nullIds, anyIds;
    AffixTable prefixes, suffixes, foldedPrefixes, foldedSuffixes;
    TextTable foldedExact;
    std::vector<std::pair<const Matcher*, uint32_t>> evaluated;
    bool folds = false;
};

struct ConditionRef
{
    uint32_t subRule = 0;
    uint32_t rule = 0;
    uint32_t path = 0; // trie id
    bool allowAbsent = false;
    bool decisive = false; // the only field of its conjunction: one hit matches the rule
};

struct SubRuleRef
{
    uint32_t rule = 0;
    uint32_t firstCondition = 0;
    uint32_t conditionCount = 0;
    uint32_t required = 0; // conditions without exists:false: all must be hit
};

struct HitLink
{
    uint32_t leaf = 0;
    int32_t next = -1;
};

} // namespace

struct RuleMatcher::Private
{
    std::vector<Pattern> patterns;
    std::vector<std::vector<uint32_t>> pathIds; // per rule
    PathTrie trie;
    std::vector<PathIndex> paths; // by trie id
    std::vector<ConditionRef> conditions;
    std::vector<SubRuleRef> subRules;
    std::vector<uint32_t> alwaysChecked; // sub-rules with no required field

    // Per-event scratch, reset through stamps instead of clearing.
    FlatEvent event;
    SubRuleCheck check;
    FoldCache fold;
    uint32_t stamp = 0;
    std::vector<uint32_t> conditionStamp;
    std::vector<int32_t> conditionHits;
    std::vector<uint32_t> subRuleStamp;
    std::vector<uint32_t> subRuleCount;
    std::vector<uint32_t> ruleStamp;
    std::vector<HitLink> hits;
    std::vector<uint32_t> candidates;
    std::vector<uint32_t>* matched = nullptr; // the caller's result while matching

    void index(uint32_t condition, const Matcher& matcher, PathIndex& path);
    void hit(uint32_t condition, uint32_t leaf);
    void lookUp(const Leaf& leaf, uint32_t leafIndex);
    bool verifyWith(const FlatEvent& flat, const SubRuleRef& subRule);
    void nextStamp();
};

void RuleMatcher::Private::index(uint32_t condition, const Matcher& matcher, PathIndex& path)
{
    switch (matcher.kind) {
    case Kind::ExactString:
        path.exact[matcher.strings.front()].push_back(condition);
        return;
    case Kind::ExactNumber: {
        const NumberLiteral& n = matcher.numbers.front();
        if (n.exact)
            path.numbers[n.value].push_back(condition);
        else
            path.inexactNumbers[n.lexeme].push_back(condition);
        return;
    }
    case Kind::ExactTrue:
        path.trueIds.push_back(condition);
        return;
    case Kind::ExactFalse:
        path.falseIds.push_back(condition);
        return;
    case Kind::ExactNull:
        path.nullIds.push_back(condition);
        return;
    case Kind::Exists:
        path.anyIds.push_back(condition);
        return;
    case Kind::Prefix:
        path.prefixes.add(matcher.strings.front(), condition);
        return;
    case Kind::Suffix:
        path.suffixes.add(matcher.strings.front(), condition);
        return;
    case Kind::PrefixIgnoreCase:
        path.folds = true;
        path.foldedPrefixes.add(matcher.strings.front(), condition);
        return;
    case Kind::SuffixIgnoreCase:
        path.folds = true;
        path.foldedSuffixes.add(matcher.strings.front(), condition);
        return;
    case Kind::EqualsIgnoreCase:
        path.folds = true;
        path.foldedExact[matcher.strings.front()].push_back(condition);
        return;
    default:
        path.evaluated.emplace_back(&matcher, condition);
    }
}

void RuleMatcher::Private::nextStamp()
{
    if (++stamp == 0) { // wrapped: forget every old stamp
        std::fill(conditionStamp.begin(), conditionStamp.end(), 0);
        std::fill(subRuleStamp.begin(), subRuleStamp.end(), 0);
        std::fill(ruleStamp.begin(), ruleStamp.end(), 0);
        stamp = 1;
    }
}

void RuleMatcher::Private::hit(uint32_t condition, uint32_t leaf)
{
    const ConditionRef& decided = conditions[condition];
    if (ruleStamp[decided.rule] == stamp)
        return; // the rule has matched already
    if (decided.decisive) {
        ruleStamp[decided.rule] = stamp;
        matched->push_back(decided.rule);
        return;
    }
    if (conditionStamp[condition] != stamp) {
        conditionStamp[condition] = stamp;
        conditionHits[condition] = -1;
        const ConditionRef& ref = conditions[condition];
        if (!ref.allowAbsent) {
            const uint32_t s = ref.subRule;
            if (subRuleStamp[s] != stamp) {
                subRuleStamp[s] = stamp;
                subRuleCount[s] = 0;
            }
            if (++subRuleCount[s] == subRules[s].required)
                candidates.push_back(s);
        }
    } else if (hits[static_cast<size_t>(conditionHits[condition])].leaf == leaf) {
        return; // another alternative of the same condition on the same value
    }
    hits.push_back(HitLink{leaf, conditionHits[condition]});
    conditionHits[condition] = static_cast<int32_t>(hits.size() - 1);
}

void RuleMatcher::Private::lookUp(const Leaf& leaf, uint32_t leafIndex)
{
    const PathIndex& path = paths[leaf.path];
    auto hitAll = [&](const Ids& ids) {
        for (const uint32_t c : ids)
            hit(c, leafIndex);
    };
    auto hitIn = [&](const TextTable& table, std::string_view key) {
        if (table.empty())
            return;
        const auto it = table.find(key);
        if (it != table.end())
            hitAll(it->second);
    };
    auto hitOne = [&](uint32_t c) { hit(c, leafIndex); };
    switch (leaf.type) {
    case LeafType::String:
        hitIn(path.exact, leaf.text);
        path.prefixes.find(leaf.text, true, hitOne);
        path.suffixes.find(leaf.text, false, hitOne);
        if (path.folds) {
            const std::string_view folded = fold.of(leaf);
            hitIn(path.foldedExact, folded);
            path.foldedPrefixes.find(folded, true, hitOne);
            path.foldedSuffixes.find(folded, false, hitOne);
        }
        break;
    case LeafType::Number:
        if (leaf.exact) {
            if (!path.numbers.empty()) {
                const auto it = path.numbers.find(leaf.number);
                if (it != path.numbers.end())
                    hitAll(it->second);
            }
        } else {
            hitIn(path.inexactNumbers, leaf.text);
        }
        break;
    case LeafType::True:
        hitAll(path.trueIds);
        break;
    case LeafType::False:
        hitAll(path.falseIds);
        break;
    case LeafType::Null:
        hitAll(path.nullIds);
        break;
    }
    hitAll(path.anyIds);
    for (const auto& [matcher, condition] : path.evaluated) {
        if (ruleStamp[conditions[condition].rule] != stamp && matcher->matches(leaf, fold))
            hit(condition, leafIndex);
    }
}

bool RuleMatcher::Private::verifyWith(const FlatEvent& flat, const SubRuleRef& subRule)
{
    check.clear();
    for (uint32_t c = subRule.firstCondition; c < subRule.firstCondition + subRule.conditionCount; ++c) {
        const ConditionRef& condition = conditions[c];
        if (conditionStamp[c] == stamp) {
            if (condition.allowAbsent)
                check.startOptional(flat.firstLeaf(condition.path));
            else
                check.startRequired();
            for (int32_t h = conditionHits[c]; h >= 0; h = hits[static_cast<size_t>(h)].next)
                check.addCandidate(hits[static_cast<size_t>(h)].leaf);
            continue;
        }
        // Not hit: only an exists:false field can still hold, by having no value in the picked array elements.
        if (!condition.allowAbsent)
            return false;
        const int32_t head = flat.firstLeaf(condition.path);
        if (head >= 0)
            check.startOptional(head);
    }
    return check.solve(flat);
}

RuleMatcher::RuleMatcher() : d(std::make_unique<Private>()) {}

RuleMatcher::~RuleMatcher() = default;

uint32_t RuleMatcher::add(Pattern pattern)
{
    const auto rule = static_cast<uint32_t>(d->patterns.size());
    d->patterns.push_back(std::move(pattern));
    const Pattern& p = d->patterns.back();
    std::vector<uint32_t> ids;
    for (const auto& path : p.paths)
        ids.push_back(d->trie.add(path));
    d->paths.resize(d->trie.pathCount());
    for (const SubRule& sub : p.subRules) {
        SubRuleRef ref;
        ref.rule = rule;
        ref.firstCondition = static_cast<uint32_t>(d->conditions.size());
        ref.conditionCount = static_cast<uint32_t>(sub.conditions.size());
        const auto subIndex = static_cast<uint32_t>(d->subRules.size());
        for (const Condition& condition : sub.conditions) {
            const auto conditionIndex = static_cast<uint32_t>(d->conditions.size());
            const bool decisive = sub.conditions.size() == 1 && !condition.allowAbsent;
            d->conditions.push_back(ConditionRef{subIndex, rule, ids[condition.path], condition.allowAbsent, decisive});
            if (!condition.allowAbsent)
                ++ref.required;
            for (const Matcher& matcher : condition.alternatives)
                d->index(conditionIndex, matcher, d->paths[ids[condition.path]]);
        }
        if (ref.required == 0)
            d->alwaysChecked.push_back(subIndex);
        d->subRules.push_back(ref);
    }
    d->pathIds.push_back(std::move(ids));
    d->conditionStamp.resize(d->conditions.size(), 0);
    d->conditionHits.resize(d->conditions.size(), -1);
    d->subRuleStamp.resize(d->subRules.size(), 0);
    d->subRuleCount.resize(d->subRules.size(), 0);
    d->ruleStamp.resize(d->patterns.size(), 0);
    return rule;
}

size_t RuleMatcher::ruleCount() const
{
    return d->patterns.size();
}

const Pattern& RuleMatcher::pattern(uint32_t rule) const
{
    return d->patterns[rule];
}

const PathTrie& RuleMatcher::trie() const
{
    return d->trie;
}

std::span<const uint32_t> RuleMatcher::pathIds(uint32_t rule) const
{
    return d->pathIds[rule];
}

const FlatEvent& RuleMatcher::lastEvent() const
{
    return d->event;
}

Expected<void> RuleMatcher::match(std::string_view json, std::vector<uint32_t>& rules, size_t readable)
{
    rules.clear();
    if (auto ok = d->event.read(json, d->trie, readable); !ok)
        return ok;
    match(d->event, rules);
    return {};
}

Expected<void> RuleMatcher::matchEachRule(std::string_view json, std::vector<uint32_t>& rules, size_t readable)
{
    rules.clear();
    if (auto ok = d->event.read(json, d->trie, readable); !ok)
        return ok;
    matchEachRule(d->event, rules);
    return {};
}

void RuleMatcher::match(const FlatEvent& event, std::vector<uint32_t>& rules)
{
    Private& p = *d;
    rules.clear();
    p.nextStamp();
    p.hits.clear();
    p.candidates.clear();
    p.fold.reset();
    p.matched = &rules;
    const auto& leaves = event.leaves();
    for (uint32_t i = 0; i < leaves.size(); ++i)
        p.lookUp(leaves[i], i);
    auto consider = [&](uint32_t s) {
        const SubRuleRef& ref = p.subRules[s];
        if (p.ruleStamp[ref.rule] == p.stamp)
            return;
        if (p.verifyWith(event, ref)) {
            p.ruleStamp[ref.rule] = p.stamp;
            rules.push_back(ref.rule);
        }
    };
    for (const uint32_t s : p.candidates)
        consider(s);
    for (const uint32_t s : p.alwaysChecked)
        consider(s);
    std::sort(rules.begin(), rules.end());
}

void RuleMatcher::matchEachRule(const FlatEvent& event, std::vector<uint32_t>& rules)
{
    rules.clear();
    d->fold.reset();
    for (uint32_t r = 0; r < d->patterns.size(); ++r) {
        if (PatternMatcher::evaluate(d->patterns[r], event, d->pathIds[r], d->check, d->fold))
            rules.push_back(r);
    }
}

} // namespace alertdesk::rules
