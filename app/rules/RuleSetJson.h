#pragma once

#include <string_view>

#include <QByteArray>

#include "common/Error.h"
#include "rules/PatternJson.h"
#include "rules/RuleSet.h"

namespace alertdesk::rules {

// Where in the text a rejection points: line and column (bytes, from 1) and the byte offset.
struct TextPosition
{
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    bool isValid() const { return line > 0; }
};

// rules.json (docs/rules-json.md). Reading checks the whole schema: unknown and duplicated keys, types,
// durations, days, times, time zones and group_by fields are rejected with Error::where = the JSON path of the
// offending value ("$.rules[2].policy.group_wait") and a message that ends with "(line L, column C)"; a syntax
// error has Error::where = "line L, column C". `faultAt`, when given, receives the position either way.
Expected<RuleSet> readRuleSet(std::string_view text, TextPosition* faultAt = nullptr);

// Human-readable JSON: 2-space indent, keys in the documented order, every policy field written, patterns as
// read (member order, duplicates, number spellings), a final newline. Reading it back and writing again gives
// the same bytes. Fails when a rule's patternJson is empty or not JSON (the file would not load again).
Expected<QByteArray> writeRuleSet(const RuleSet& set);

// The JSON node a path of the kind PatternParser and readRuleSet report ("$.a[\"b.c\"][2]") points to; the
// deepest node on the way when the rest does not exist.
const JsonNode& nodeAtPath(const JsonNode& root, QStringView path);

} // namespace alertdesk::rules
