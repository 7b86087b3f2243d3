#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tingdu::client {

namespace {
QString g_profile;
}

void useProfileDirectory(const QString& dir)
{
    g_profile = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
    if (!g_profile.isEmpty())
        QDir().mkpath(g_profile);
}

QString settingsFilePath()
{
    const QString base = g_profile.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        : g_profile + QStringLiteral("/config");
    return base + QStringLiteral("/tingdu.ini");
}

QString dataDirectory()
{
    const QString dir = g_profile.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : g_profile + QStringLiteral("/data");
    QDir().mkpath(dir);
    return dir;
}

QString guideDirectory()
{
    const QString env = qEnvironmentVariable("TINGDU_GUIDE_DIR");
    if (!env.isEmpty())
        return env;
    // Build tree and installed layout agree: bin/../share/tingdu/guide.
    const QString relative = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tingdu/guide");
    if (QFileInfo::exists(relative))
        return QDir(relative).canonicalPath();
    const QString installed =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("tingdu/guide"),
                               QStandardPaths::LocateDirectory);
    return installed;
}

}  // namespace tingdu::client
