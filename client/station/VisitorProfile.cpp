#include "VisitorProfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "AppPaths.h"

namespace tingdu::station {

namespace {
// An INI file gives strings back: compare as text (lists item by item).
bool sameValue(const QVariant& stored, const QVariant& wanted)
{
    if (wanted.typeId() == QMetaType::QStringList)
        return stored.toStringList() == wanted.toStringList();
    return stored.toString() == wanted.toString();
}
}  // namespace

QString defaultVisitorRoot()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return (runtime.isEmpty() ? QDir::tempPath() : runtime) + QStringLiteral("/tingdu-station");
}

int removeLeftoverProfiles(const QString& root)
{
    int removed = 0;
    const QDir dir(root);
    for (const QString& name : dir.entryList({QStringLiteral("visitor-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        removed += QDir(dir.filePath(name)).removeRecursively() ? 1 : 0;
    return removed;
}

VisitorProfile::VisitorProfile(const QString& root, const StationConfig& config, QObject* parent)
    : QObject(parent), m_config(config)
{
    QDir().mkpath(root);
    // Only this user may look into a visitor's things.
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QTemporaryDir dir(QDir(root).filePath(QStringLiteral("visitor-XXXXXX")));
    if (!dir.isValid())
        return;
    dir.setAutoRemove(false);
    m_directory = dir.path();
    client::useProfileDirectory(m_directory);

    const QString settingsPath = client::settingsFilePath();
    QDir().mkpath(QFileInfo(settingsPath).absolutePath());
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        const QVariantMap defaults = m_config.userDefaults();
        for (auto it = defaults.begin(); it != defaults.end(); ++it)
            settings.setValue(it.key(), it.value());
    }
    // QSettings replaces the file on every save, so the directory is what stays watchable.
    m_watcher.addPath(QFileInfo(settingsPath).absolutePath());
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &VisitorProfile::enforceLocks);
}

VisitorProfile::~VisitorProfile()
{
    if (m_directory.isEmpty())
        return;
    // AppPaths keeps pointing here until the next visitor's profile replaces it: never at the
    // station account's own settings.
    QDir(m_directory).removeRecursively();
}

void VisitorProfile::enforceLocks()
{
    QSettings settings(client::settingsFilePath(), QSettings::IniFormat);
    const QVariantMap lockedValues = m_config.lockedUserValues();
    for (auto it = lockedValues.begin(); it != lockedValues.end(); ++it) {
        if (!it.value().isValid()) {
            // Keys below it go too: a locked empty voice clears every language's (speech/voice/cmn).
            settings.beginGroup(it.key());
            const bool below = !settings.allKeys().isEmpty();
            settings.endGroup();
            if (settings.contains(it.key()) || below)
                settings.remove(it.key());
        } else if (!sameValue(settings.value(it.key()), it.value())) {
            settings.setValue(it.key(), it.value());
        }
    }
}

}  // namespace tingdu::station
