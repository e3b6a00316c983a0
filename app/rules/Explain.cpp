#include "Explain.h"

#include "rules/PatternMatcher.h"

namespace alertdesk::rules {

namespace {

QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString valueText(const Leaf& leaf)
{
    switch (leaf.type) {
    case LeafType::String: {
        QString text = utf8(leaf.text);
        if (text.size() > 80)
            text = text.left(77) + QStringLiteral("...");
        return u'"' + text + u'"';
    }
    case LeafType::Number:
        return utf8(leaf.text);
    case LeafType::True:
        return QStringLiteral("true");
    case LeafType::False:
        return QStringLiteral("false");
    case LeafType::Null:
        return QStringLiteral("null");
    }
    return {};
}

QString reasonFor(const Condition& condition, const FlatEvent& event, uint32_t path)
{
    const int32_t first = event.firstLeaf(path);
    if (first < 0)
        return QStringLiteral("missing (no value here; an object or an empty array does not count)");
    if (condition.alternatives.empty())
        return QStringLiteral("present (%1), but the pattern requires it to be absent")
            .arg(valueText(event.leaves()[static_cast<size_t>(first)]));
    // The list runs from the last value to the first; name the first as written.
    int count = 0;
    int32_t earliest = first;
    for (int32_t leaf = first; leaf >= 0; leaf = event.leaves()[static_cast<size_t>(leaf)].nextSamePath) {
        ++count;
        earliest = leaf;
    }
    const QString wanted = utf8(condition.source);
    const QString value = valueText(event.leaves()[static_cast<size_t>(earliest)]);
    if (count == 1)
        return QStringLiteral("%1 does not match %2").arg(value, wanted);
    return QStringLiteral("none of the %1 values (such as %2) matches %3").arg(count).arg(value, wanted);
}

} // namespace

QString explainMismatch(const Pattern& pattern, const FlatEvent& event, std::span<const uint32_t> pathIds)
{
    SubRuleCheck check;
    FoldCache fold;
    const SubRule* furthest = nullptr;
    size_t furthestFailed = 0;
    for (const SubRule& rule : pattern.subRules) {
        size_t failed = 0;
        if (PatternMatcher::evaluateSubRule(rule, event, pathIds, check, fold, &failed))
            return {};
        if (furthest == nullptr || failed > furthestFailed) {
            furthest = &rule;
            furthestFailed = failed;
        }
    }
    if (furthest == nullptr)
        return {};
    if (furthestFailed >= furthest->conditions.size()) {
        const Condition& last = furthest->conditions.back();
        return jsonPathText(pattern.paths[last.path]) +
            QStringLiteral(": no element of the enclosing array satisfies this field together with the others (fields "
                           "under one array must hold in one element)");
    }
    const Condition& condition = furthest->conditions[furthestFailed];
    return jsonPathText(pattern.paths[condition.path]) + QStringLiteral(": ") +
        reasonFor(condition, event, pathIds[condition.path]);
}

} // namespace alertdesk::rules
