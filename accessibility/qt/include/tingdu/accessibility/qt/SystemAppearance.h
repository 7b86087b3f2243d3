#pragma once
// What the desktop asks of every application's look — high contrast, dark or light, the font —
// so that Tingdu starts in a matching theme and never smaller than the desktop's own text, until
// the reader chooses otherwise. Read once at start and when Settings asks (Qt 6.4 has no
// notification for contrast).
#include <QString>

namespace tingdu::accessibility::qt {

struct SystemAppearance {
    bool highContrast = false;
    bool dark = false;
    QString source;  ///< what said so: "GNOME", "GTK_THEME", "KDE", "Windows", "macOS"; "" = nothing did
};

/// Reads the desktop's settings now: on Linux GNOME's GSettings (a11y high-contrast, gtk-theme,
/// color-scheme), $GTK_THEME and KDE's kdeglobals; Windows' high-contrast mode; macOS'
/// "Increase contrast" and dark appearance.
SystemAppearance readSystemAppearance();

/// The id of the built-in theme (see themes()) that matches APPEARANCE.
QString themeIdFor(const SystemAppearance& appearance);

/// The theme id meaning "as the desktop says"; the default until the reader picks a theme.
inline constexpr char kSystemThemeId[] = "system";

/// ID itself, or for kSystemThemeId the theme the desktop asks for now.
QString resolveThemeId(const QString& id);

/// The text size (points) Tingdu starts with: 16, or the desktop's own interface font size when
/// that is larger (a reader who enlarged the desktop's text gets it here too).
int defaultTextPointSize();

}  // namespace tingdu::accessibility::qt
