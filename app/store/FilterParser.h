#pragma once

#include <expected>

#include <QList>
#include <QStringView>

#include "store/FilterError.h"
#include "store/FilterTerm.h"

namespace alertdesk {

// Filter text → terms (BRIEF.md, "The filter language"). Terms are separated by white space; a quote keeps
// white space inside a phrase or value ("…", with \" and \\ as escapes). `field OP value` is recognised by the
// first operator in the term (`:` `=` `!=` `~` `!~` `>` `>=` `<` `<=`) with something before it; so
// `http://x` is the field `http` (an error: quote it), while `<none>` and `:)` are plain words.
namespace filterparser {

// Splits without judging: never fails, so the completion can read half-typed text.
QList<FilterToken> tokenize(QStringView text);
// Splits and checks fields and operators; the values are checked when the filter compiles.
std::expected<QList<FilterTerm>, FilterError> parse(QStringView text);

} // namespace filterparser

} // namespace alertdesk
