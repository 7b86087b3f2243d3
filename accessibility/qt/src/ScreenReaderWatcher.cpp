#include "tingdu/accessibility/qt/ScreenReaderWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QDir>
#include <QFile>

namespace tingdu::accessibility::qt {

namespace {
const QString kService = QStringLiteral("org.a11y.Bus");
const QString kPath = QStringLiteral("/org/a11y/bus");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kStatus = QStringLiteral("org.a11y.Status");
const QString kProperty = QStringLiteral("ScreenReaderEnabled");
}  // namespace

#ifdef Q_OS_LINUX
namespace {
// The variable that tells desktops apart: the session bus (Orca reaches us through it), else the
// display. A shared machine (an audio hall's seats, several logins) runs other desktops' Orcas.
QByteArray desktopOf(const QByteArray& environment)
{
    QByteArray display;
    for (const QByteArray& entry : environment.split('\0')) {
        if (entry.startsWith("DBUS_SESSION_BUS_ADDRESS="))
            return entry;
        if (entry.startsWith("DISPLAY="))
            display = entry;
    }
    return display;
}
}  // namespace
#endif

bool screenReaderProcessRunning()
{
#ifdef Q_OS_LINUX
    QFile ownEnvironment(QStringLiteral("/proc/self/environ"));
    const QByteArray ours = ownEnvironment.open(QIODevice::ReadOnly) ? desktopOf(ownEnvironment.readAll()) : QByteArray();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        if (pid.isEmpty() || !pid.front().isDigit())
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "orca")
            continue;
        // Another user's Orca cannot be read, and is not ours either.
        QFile environment(QStringLiteral("/proc/%1/environ").arg(pid));
        if (environment.open(QIODevice::ReadOnly) && desktopOf(environment.readAll()) == ours)
            return true;
    }
#endif
    return false;
}

ScreenReaderWatcher::ScreenReaderWatcher(QObject* parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(kService, kPath, kProperties, QStringLiteral("PropertiesChanged"), this,
                    SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
        queryBus();
    }
    m_processRunning = screenReaderProcessRunning();
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ScreenReaderWatcher::checkProcesses);
    m_poll.start();
}

QString ScreenReaderWatcher::reason() const
{
    if (m_busSaysRunning)
        return kProperty;
    return m_processRunning ? QStringLiteral("orca process") : QString();
}

void ScreenReaderWatcher::queryBus()
{
    QDBusMessage get = QDBusMessage::createMethodCall(kService, kPath, kProperties, QStringLiteral("Get"));
    get << kStatus << kProperty;
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QDBusVariant> reply = *w;
        // No a11y bus at all (a bare X session) counts as "no screen reader".
        if (!reply.isError())
            update(reply.value().variant().toBool(), m_processRunning);
        w->deleteLater();
    });
}

void ScreenReaderWatcher::onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                              const QStringList& invalidated)
{
    if (interface != kStatus)
        return;
    if (changed.contains(kProperty))
        update(changed.value(kProperty).toBool(), m_processRunning);
    else if (invalidated.contains(kProperty))
        queryBus();
}

void ScreenReaderWatcher::checkProcesses()
{
    update(m_busSaysRunning, screenReaderProcessRunning());
}

void ScreenReaderWatcher::update(bool bus, bool process)
{
    const bool before = screenReaderRunning();
    m_busSaysRunning = bus;
    m_processRunning = process;
    if (screenReaderRunning() != before)
        Q_EMIT runningChanged(screenReaderRunning());
}

}  // namespace tingdu::accessibility::qt
