#include "tingdu/accessibility/qt/Themes.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>
#include <cmath>

namespace tingdu::accessibility::qt {

namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

Theme make(const char* id, const QString& name, const char* window, const char* text, const char* base,
           const char* baseText, const char* button, const char* buttonText, const char* highlight,
           const char* highlightedText, const char* link, const char* focus)
{
    return Theme{QString::fromLatin1(id), name,
                 QColor(QLatin1String(window)), QColor(QLatin1String(text)),
                 QColor(QLatin1String(base)), QColor(QLatin1String(baseText)),
                 QColor(QLatin1String(button)), QColor(QLatin1String(buttonText)),
                 QColor(QLatin1String(highlight)), QColor(QLatin1String(highlightedText)),
                 QColor(QLatin1String(link)), QColor(QLatin1String(focus))};
}

}  // namespace

QList<Theme> themes()
{
    return {
        make("standard", QCoreApplication::translate("Themes", "Standard"), "#f4f4f4", "#111111", "#ffffff",
             "#111111", "#e2e2e2", "#111111", "#0b4f9c", "#ffffff", "#0b4f9c", "#c2410c"),
        make("high-contrast-dark", QCoreApplication::translate("Themes", "High contrast dark"), "#000000",
             "#ffffff", "#000000", "#ffffff", "#1a1a1a", "#ffffff", "#ffffff", "#000000", "#8ab4ff",
             "#ffd700"),
        make("high-contrast-light", QCoreApplication::translate("Themes", "High contrast light"), "#ffffff",
             "#000000", "#ffffff", "#000000", "#ececec", "#000000", "#000000", "#ffffff", "#0000c0",
             "#c00000"),
        make("yellow-on-black", QCoreApplication::translate("Themes", "Yellow on black"), "#000000", "#ffff00",
             "#000000", "#ffff00", "#1a1a00", "#ffff00", "#ffff00", "#000000", "#00ffff", "#ffffff"),
    };
}

Theme themeById(const QString& id)
{
    const auto all = themes();
    for (const auto& t : all)
        if (t.id == id)
            return t;
    return all.front();
}

double contrastRatio(const QColor& a, const QColor& b)
{
    double la = luminance(a), lb = luminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

void applyTheme(QApplication& app, const Theme& t, int basePointSize)
{
    // Fusion draws every palette role faithfully; platform styles may ignore some.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, t.window);
    p.setColor(QPalette::WindowText, t.text);
    p.setColor(QPalette::Base, t.base);
    p.setColor(QPalette::AlternateBase, t.base);
    p.setColor(QPalette::Text, t.baseText);
    p.setColor(QPalette::Button, t.button);
    p.setColor(QPalette::ButtonText, t.buttonText);
    p.setColor(QPalette::Highlight, t.highlight);
    p.setColor(QPalette::HighlightedText, t.highlightedText);
    p.setColor(QPalette::Link, t.link);
    p.setColor(QPalette::ToolTipBase, t.base);
    p.setColor(QPalette::ToolTipText, t.baseText);
    p.setColor(QPalette::PlaceholderText, t.baseText);
    app.setPalette(p);

    QFont font = app.font();
    font.setPointSize(basePointSize);
    app.setFont(font);

    // A 3-pixel focus ring in every theme: low-vision users must always see where they are.
    // Fields and lists also carry a 1-pixel frame in the text colour when unfocused (a black
    // field on a black window is invisible otherwise); padding makes up the width difference so
    // nothing moves when focus arrives.
    const QString focus = t.focus.name();
    const QString frame = t.text.name();
    app.setStyleSheet(QStringLiteral(
        "QPushButton, QToolButton, QCheckBox, QRadioButton, QSlider, QTabBar::tab"
        " { border: 3px solid transparent; padding: 4px; }"
        " QComboBox, QLineEdit, QSpinBox, QDoubleSpinBox { border: 1px solid %2; padding: 6px; }"
        " QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QSpinBox:focus,"
        " QDoubleSpinBox:focus, QCheckBox:focus, QRadioButton:focus, QSlider:focus,"
        " QTabBar::tab:focus { border: 3px solid %1; padding: 4px; }"
        " QAbstractItemView, QTextEdit, QPlainTextEdit { border: 1px solid %2; padding: 2px; }"
        " QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus { border: 3px solid %1; padding: 0px; }")
                           .arg(focus, frame));
}

}  // namespace tingdu::accessibility::qt
