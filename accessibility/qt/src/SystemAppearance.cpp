// GLib first: its headers use "signals" as a member name, which Qt's headers would turn into a macro.
#if defined(TINGDU_HAVE_GSETTINGS)
#include <gio/gio.h>
#endif

#include "tingdu/accessibility/qt/SystemAppearance.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <algorithm>
#include <memory>
#include <optional>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace tingdu::accessibility::qt {

namespace {

#if defined(TINGDU_HAVE_GSETTINGS)
struct SchemaUnref {
    void operator()(GSettingsSchema* s) const { g_settings_schema_unref(s); }
};
struct ObjectUnref {
    void operator()(gpointer o) const { g_object_unref(o); }
};
struct FreeString {
    void operator()(gchar* s) const { g_free(s); }
};

/// KEY of SCHEMA as GSettings gives it, or nothing when the schema or key is not installed
/// (g_settings_new() would abort on a missing schema).
template <typename Read>
auto gsetting(const char* schemaId, const char* key, Read read) -> std::optional<decltype(read(nullptr, key))>
{
    GSettingsSchemaSource* source = g_settings_schema_source_get_default();
    if (!source)
        return std::nullopt;
    std::unique_ptr<GSettingsSchema, SchemaUnref> schema(g_settings_schema_source_lookup(source, schemaId, TRUE));
    if (!schema || !g_settings_schema_has_key(schema.get(), key))
        return std::nullopt;
    std::unique_ptr<GSettings, ObjectUnref> settings(g_settings_new_full(schema.get(), nullptr, nullptr));
    return read(settings.get(), key);
}

QString gsettingString(const char* schemaId, const char* key)
{
    const auto value = gsetting(schemaId, key, [](GSettings* s, const char* k) {
        std::unique_ptr<gchar, FreeString> text(g_settings_get_string(s, k));
        return QString::fromUtf8(text.get());
    });
    return value.value_or(QString());
}

/// GNOME (and any desktop that keeps GNOME's keys): the accessibility switch, or a high-contrast
/// GTK theme ("HighContrast", "HighContrastInverse"); dark from color-scheme or the theme.
std::optional<SystemAppearance> fromGnome()
{
    const auto switchedOn = gsetting("org.gnome.desktop.a11y.interface", "high-contrast",
                                     [](GSettings* s, const char* k) { return g_settings_get_boolean(s, k) != FALSE; });
    const QString gtkTheme = gsettingString("org.gnome.desktop.interface", "gtk-theme");
    const QString scheme = gsettingString("org.gnome.desktop.interface", "color-scheme");
    SystemAppearance a;
    a.highContrast = switchedOn.value_or(false) || gtkTheme.contains(QLatin1String("HighContrast"), Qt::CaseInsensitive);
    a.dark = scheme == QLatin1String("prefer-dark") || gtkTheme.contains(QLatin1String("Inverse"), Qt::CaseInsensitive) ||
             gtkTheme.endsWith(QLatin1String("-dark"), Qt::CaseInsensitive);
    if (!a.highContrast && !a.dark)
        return std::nullopt;
    a.source = QStringLiteral("GNOME");
    return a;
}
#endif

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
/// $GTK_THEME ("HighContrast", "HighContrastInverse", "Adwaita:dark") overrides the settings for
/// GTK programs started from that environment; it means the same for us.
std::optional<SystemAppearance> fromGtkThemeVariable()
{
    const QString theme = qEnvironmentVariable("GTK_THEME");
    if (theme.isEmpty())
        return std::nullopt;
    SystemAppearance a;
    a.highContrast = theme.contains(QLatin1String("HighContrast"), Qt::CaseInsensitive);
    a.dark = theme.contains(QLatin1String("Inverse"), Qt::CaseInsensitive) || theme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive);
    if (!a.highContrast && !a.dark)
        return std::nullopt;
    a.source = QStringLiteral("GTK_THEME");
    return a;
}

/// KDE Plasma: the colour scheme's name says high contrast; its window background says dark.
std::optional<SystemAppearance> fromKde()
{
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                             .filePath(QStringLiteral("kdeglobals"));
    if (!QFile::exists(path))
        return std::nullopt;
    QSettings kde(path, QSettings::IniFormat);
    // QSettings reads an INI file's [General] section as top-level keys.
    const QString scheme = kde.value(QStringLiteral("ColorScheme")).toString();
    const QStringList rgb = kde.value(QStringLiteral("Colors:Window/BackgroundNormal")).toStringList();
    SystemAppearance a;
    a.highContrast = scheme.contains(QLatin1String("HighContrast"), Qt::CaseInsensitive) ||
                     scheme.contains(QLatin1String("High Contrast"), Qt::CaseInsensitive);
    if (rgb.size() >= 3)
        a.dark = QColor(rgb[0].trimmed().toInt(), rgb[1].trimmed().toInt(), rgb[2].trimmed().toInt()).lightnessF() < 0.5;
    if (!a.highContrast && !a.dark)
        return std::nullopt;
    a.source = QStringLiteral("KDE");
    return a;
}
#endif

}  // namespace

SystemAppearance readSystemAppearance()
{
#if defined(Q_OS_WIN)
    HIGHCONTRASTW hc{};
    hc.cbSize = sizeof(hc);
    SystemAppearance a;
    if (SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof(hc), &hc, 0) && (hc.dwFlags & HCF_HIGHCONTRASTON)) {
        a.highContrast = true;
        const COLORREF window = GetSysColor(COLOR_WINDOW);
        a.dark = QColor(GetRValue(window), GetGValue(window), GetBValue(window)).lightnessF() < 0.5;
        a.source = QStringLiteral("Windows");
    }
    return a;
#elif defined(Q_OS_MACOS)
    // System Settings › Accessibility › Display › "Increase contrast" (com.apple.universalaccess);
    // not tried on a Mac yet. Dark mode alone does not change the theme (see themeIdFor()).
    SystemAppearance a;
    a.highContrast = QSettings(QStringLiteral("apple.com"), QStringLiteral("universalaccess"))
                         .value(QStringLiteral("increaseContrast")).toBool();
    if (a.highContrast)
        a.source = QStringLiteral("macOS");
    return a;
#else
    // The most specific first: the variable a program was started with, then the desktop's own.
    if (auto a = fromGtkThemeVariable())
        return *a;
#if defined(TINGDU_HAVE_GSETTINGS)
    if (auto a = fromGnome())
        return *a;
#endif
    if (auto a = fromKde())
        return *a;
    return {};
#endif
}

QString themeIdFor(const SystemAppearance& appearance)
{
    // Dark without high contrast keeps the standard theme: our dark theme is a high-contrast one,
    // and turning contrast up unasked is not ours to decide.
    if (!appearance.highContrast)
        return QStringLiteral("standard");
    return appearance.dark ? QStringLiteral("high-contrast-dark") : QStringLiteral("high-contrast-light");
}

QString resolveThemeId(const QString& id)
{
    return id.isEmpty() || id == QLatin1String(kSystemThemeId) ? themeIdFor(readSystemAppearance()) : id;
}

int defaultTextPointSize()
{
    const int desktop = QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSize();
    return std::max(16, desktop);
}

}  // namespace tingdu::accessibility::qt
