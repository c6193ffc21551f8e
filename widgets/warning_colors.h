// Warning colours for flagged (possibly disabling) edits, derived from a palette so that they read well
// on light and dark themes alike: a strong orange for text and marks, and a faint tint of it over the
// palette's base colour for row backgrounds. Pure functions; GUI thread (QPalette).
#pragma once

#include <QColor>
#include <QPalette>

namespace editscope {

bool isDarkPalette(const QPalette& palette);          // the base colour is dark
QColor warningColor(const QPalette& palette);         // text, icons, bars: contrast ≥ 3:1 against Base
QColor warningBackground(const QPalette& palette);    // a flagged row's background: Base tinted orange
// `a` blended towards `b` by t ∈ [0, 1].
QColor blendColors(const QColor& a, const QColor& b, double t);

} // namespace editscope
