#pragma once

#include <QString>

#include "common/Error.h"

namespace alertdesk::ui {

// Where in the pattern text an error is, in QString positions, for marking it in the editor.
struct TextRange
{
    int start = 0;
    int length = 0;
};

// Turns a pattern error's place into a range of `text`: "line L, column C" (a syntax error; columns count UTF-8
// bytes) or a JSON path ("$.detail.state[1]", the node the compiler rejected). A container node is marked on its
// first line only, so a wrong object does not underline a screenful. Falls back to the first character.
TextRange patternErrorRange(const QString& text, const Error& error);

} // namespace alertdesk::ui
