#pragma once
// One visitor's throw-away profile: settings, shelf database, downloads, positions — all in a
// fresh directory that is deleted when the visitor finishes or walks away.
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

#include "StationConfig.h"

namespace tingdu::station {

class VisitorProfile : public QObject {
    Q_OBJECT
public:
    /// Creates a new directory under ROOT (made if missing), points AppPaths at it, seeds the
    /// administrator's settings and keeps the locked ones as the administrator set them.
    VisitorProfile(const QString& root, const StationConfig& config, QObject* parent = nullptr);
    /// Deletes the directory and everything in it.
    ~VisitorProfile() override;

    QString directory() const { return m_directory; }
    bool isValid() const { return !m_directory.isEmpty(); }

private:
    void enforceLocks();

    StationConfig m_config;
    QString m_directory;
    QFileSystemWatcher m_watcher;
};

/// Where visitor profiles go when the configuration names no visitor_dir: a private directory
/// in XDG_RUNTIME_DIR (a tmpfs, gone at log-out) or the temp directory.
QString defaultVisitorRoot();

/// Deletes the visitor profiles a crash or power cut left under ROOT; returns how many.
int removeLeftoverProfiles(const QString& root);

}  // namespace tingdu::station
