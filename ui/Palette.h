#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

#include "feed/FeedStats.h"

namespace alertdesk::ui {

// Qt 6.4 has no QStyleHints::colorScheme(): a palette is dark when its window colour is (UX.md, toolchain.md).
bool isDark(const QPalette& palette);

// The colour of a feed's state dot, with a lighter variant of the same hue for dark palettes.
QColor feedStateColour(FeedState state, bool demo, bool dark);

// The colour of an error message: red #C62828, or a light red on dark palettes.
QColor errorColour(bool dark);

// A filled circle (or a ring for a stopped feed), drawn at the screen's pixel ratio: the dot beside the feed state.
QIcon stateDot(const QColor& colour, bool filled);

} // namespace alertdesk::ui
