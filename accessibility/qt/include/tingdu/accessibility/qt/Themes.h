#pragma once
// Colour themes for low vision, with the contrast each promises computed, not assumed.
#include <QColor>
#include <QList>
#include <QString>

class QApplication;

namespace tingdu::accessibility::qt {

struct Theme {
    QString id;          ///< stable key stored in settings ("high-contrast-dark", ...)
    QString name;        ///< translated, for the Settings list
    QColor window, text, base, baseText, button, buttonText, highlight, highlightedText, link, focus;
};

/// The built-in themes: standard, high-contrast dark, high-contrast light, yellow on black.
QList<Theme> themes();
/// The theme with ID, or the standard one.
Theme themeById(const QString& id);

/// WCAG 2.x contrast ratio between two colours (1..21).
double contrastRatio(const QColor& a, const QColor& b);

/// Applies palette, a thick focus ring and the base font size (points) to the whole app.
void applyTheme(QApplication& app, const Theme& theme, int basePointSize);

}  // namespace tingdu::accessibility::qt
