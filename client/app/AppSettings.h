#pragma once
// The user's settings, in the platform's standard place (or the profile given on the command line).
#include <QSettings>
#include <memory>

namespace tingdu::client {

/// A QSettings on settingsFilePath(); GUI thread.
std::unique_ptr<QSettings> openSettings();

namespace keys {
inline constexpr char kTheme[] = "appearance/theme";
inline constexpr char kTextSize[] = "appearance/textSize";
inline constexpr char kLanguage[] = "general/language";
}  // namespace keys

}  // namespace tingdu::client
