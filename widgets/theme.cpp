#include "widgets/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace editscope {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), accent(0x4a, 0x90, 0xd9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x41));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

} // namespace

void applyTheme(Theme theme)
{
    static const QPalette systemPalette = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    switch (theme) {
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    case Theme::Light: QApplication::setPalette(QApplication::style()->standardPalette()); break;
    case Theme::System: QApplication::setPalette(systemPalette); break;
    }
}

Theme themeFromName(const QString& name)
{
    if (name == "dark")
        return Theme::Dark;
    if (name == "light")
        return Theme::Light;
    return Theme::System;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Dark: return "dark";
    case Theme::Light: return "light";
    case Theme::System: return "system";
    }
    return "system";
}

} // namespace editscope
