// Light and dark palettes for the whole app (Fusion style, which follows palettes exactly). "system"
// keeps the platform's palette; Qt 6.4 has no colour-scheme signal, so a system dark mode shows through
// the platform palette itself. Views that draw their own colours (the plots) re-read the palette on
// QEvent::PaletteChange, so switching here restyles everything at once. GUI thread.
#pragma once

#include <QString>

namespace editscope {

enum class Theme { System, Light, Dark };

void applyTheme(Theme theme);
Theme themeFromName(const QString& name);    // "system" | "light" | "dark" (anything else: system)
QString themeName(Theme theme);

} // namespace editscope
