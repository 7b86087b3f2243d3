#pragma once
// The one entry point the app's main() calls: station mode on request or by system configuration.
#include <QMainWindow>
#include <functional>
#include <memory>

class QApplication;
class QCommandLineParser;

namespace tingdu::station {

/// runIfWanted()'s answer when no station was wanted: main() goes on as the desktop app.
inline constexpr int kNotAStation = -1;

/// Adds --station and --hash-pin to PARSER (before it processes the command line).
void addCommandLineOptions(QCommandLineParser& parser);

/// When --station is given, or the station configuration (StationConfig::defaultPath()) says
/// station=true: runs the station until the administrator leaves it and returns the exit code.
/// --hash-pin reads a PIN from standard input, prints its admin_pin_hash= line and returns 0.
/// Otherwise makes the desktop app's self-voicing (off until the main window's Settings gives
/// it the user's mode) and returns kNotAStation. MAKEWINDOW builds one visitor's main window; it is
/// called again for every visitor, after that visitor's profile directory is in place.
/// Uses the parser's --lang (instead of the configured locale) and --profile (as the parent
/// directory of visitor profiles, when the configuration names none).
int runIfWanted(QApplication& app, const QCommandLineParser& parser,
                const std::function<std::unique_ptr<QMainWindow>()>& makeWindow);

}  // namespace tingdu::station
