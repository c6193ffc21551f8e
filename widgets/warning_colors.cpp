#include "widgets/warning_colors.h"

#include <algorithm>

namespace editscope {

bool isDarkPalette(const QPalette& palette) { return palette.color(QPalette::Base).lightnessF() < 0.5; }

QColor warningColor(const QPalette& palette)
{
    // Dark orange on light bases, light orange on dark ones.
    return isDarkPalette(palette) ? QColor(0xff, 0xa6, 0x4d) : QColor(0xb3, 0x47, 0x00);
}

QColor warningBackground(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    return blendColors(base, QColor(0xff, 0x8c, 0x1a), isDarkPalette(palette) ? 0.22 : 0.20);
}

QColor blendColors(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(x.redF() + (y.redF() - x.redF()) * t),
                            static_cast<float>(x.greenF() + (y.greenF() - x.greenF()) * t),
                            static_cast<float>(x.blueF() + (y.blueF() - x.blueF()) * t));
}

} // namespace editscope
