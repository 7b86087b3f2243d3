#pragma once
// Where Tingdu keeps settings and data (QStandardPaths), and where its built-in books are.
#include <QString>

namespace tingdu::client {

/// Redirects settings and data into DIR (a throw-away profile for tests and stations).
/// Call before anything reads a path. An empty DIR keeps the platform's standard locations.
void useProfileDirectory(const QString& dir);

QString settingsFilePath();   ///< e.g. ~/.config/tingdu/tingdu.ini
QString dataDirectory();      ///< e.g. ~/.local/share/tingdu (shelf database, downloads)
/// The built-in guide books and their local catalog, next to the binary or installed.
QString guideDirectory();

}  // namespace tingdu::client
