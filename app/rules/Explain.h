#pragma once

#include <span>

#include <QString>

#include "rules/FlatEvent.h"
#include "rules/Pattern.h"

namespace alertdesk::rules {

// Why a pattern does not match an event, as "$.path: reason" for the first field that failed: what `rules test
// --explain` prints and what the rule editor shows for a non-matching event. Empty when the pattern matches.
// With several alternatives ($or) it explains the one that got furthest.
// `event` was read with a trie where the pattern's path i has the id pathIds[i].
QString explainMismatch(const Pattern& pattern, const FlatEvent& event, std::span<const uint32_t> pathIds);

} // namespace alertdesk::rules
