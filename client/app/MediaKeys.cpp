#include "MediaKeys.h"

#include <QCoreApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QTimer>
#include <QVariantMap>

namespace tingdu::client {

namespace {

const char* const kPath = "/org/mpris/MediaPlayer2";

/// org.mpris.MediaPlayer2: who we are.
class RootAdaptor : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2")
    Q_PROPERTY(QString Identity READ identity)
    Q_PROPERTY(QString DesktopEntry READ desktopEntry)
    Q_PROPERTY(bool CanQuit READ no)
    Q_PROPERTY(bool CanRaise READ yes)
    Q_PROPERTY(bool HasTrackList READ no)
    Q_PROPERTY(QStringList SupportedUriSchemes READ none)
    Q_PROPERTY(QStringList SupportedMimeTypes READ none)
public:
    RootAdaptor(QObject* parent, const MediaTarget& target) : QDBusAbstractAdaptor(parent), m_target(target) {}
    QString identity() const { return QStringLiteral("Tingdu"); }
    QString desktopEntry() const { return QStringLiteral("org.tingdu.Tingdu"); }
    bool no() const { return false; }
    bool yes() const { return true; }
    QStringList none() const { return {}; }
public Q_SLOTS:
    void Raise() { if (m_target.raise) m_target.raise(); }
    void Quit() {}

private:
    MediaTarget m_target;
};

/// org.mpris.MediaPlayer2.Player: the transport the media keys use.
class PlayerAdaptor : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(bool CanPlay READ yes)
    Q_PROPERTY(bool CanPause READ yes)
    Q_PROPERTY(bool CanGoNext READ yes)
    Q_PROPERTY(bool CanGoPrevious READ yes)
    Q_PROPERTY(bool CanSeek READ no)
    Q_PROPERTY(bool CanControl READ yes)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
public:
    PlayerAdaptor(QObject* parent, const MediaTarget& target) : QDBusAbstractAdaptor(parent), m_target(target) {}
    QString playbackStatus() const { return statusOf(m_target); }
    static QString statusOf(const MediaTarget& target)
    {
        return target.playing && target.playing() ? QStringLiteral("Playing") : QStringLiteral("Paused");
    }
    bool yes() const { return true; }
    bool no() const { return false; }
    QVariantMap metadata() const { return {}; }
public Q_SLOTS:
    void PlayPause() { call(m_target.playPause); }
    void Play() { if (!playingNow()) call(m_target.playPause); }
    void Pause() { if (playingNow()) call(m_target.playPause); }
    void Stop() { call(m_target.stop); }
    void Next() { call(m_target.next); }
    void Previous() { call(m_target.previous); }

private:
    bool playingNow() const { return m_target.playing && m_target.playing(); }
    static void call(const std::function<void()>& f)
    {
        if (f)
            f();
    }
    MediaTarget m_target;
};

}  // namespace

bool MediaKeys::install(QObject* owner, MediaTarget target)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    auto* object = new QObject(owner);
    new RootAdaptor(object, target);
    new PlayerAdaptor(object, target);
    if (!bus.registerObject(QLatin1String(kPath), object)) {
        delete object;
        return false;
    }
    // Desktop media controls (and headset buttons' toggles) follow PlaybackStatus by the
    // PropertiesChanged signal, not by asking; playing starts and stops in many places (keys,
    // sleep timer, end of the book), so the status is watched here, four times a second.
    auto* watch = new QTimer(object);
    watch->setInterval(250);
    QObject::connect(watch, &QTimer::timeout, object, [target, last = PlayerAdaptor::statusOf(target)]() mutable {
        const QString now = PlayerAdaptor::statusOf(target);
        if (now == last)
            return;
        last = now;
        QDBusMessage changed = QDBusMessage::createSignal(QLatin1String(kPath), QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("PropertiesChanged"));
        changed << QStringLiteral("org.mpris.MediaPlayer2.Player")
                << QVariantMap{{QStringLiteral("PlaybackStatus"), now}} << QStringList{};
        QDBusConnection::sessionBus().send(changed);
    });
    watch->start();
    // One name per process, so two Tingdu windows (or a test next to a user's) never collide.
    const QString service = QStringLiteral("org.mpris.MediaPlayer2.tingdu.instance%1").arg(QCoreApplication::applicationPid());
    return bus.registerService(service);
}

}  // namespace tingdu::client

#include "MediaKeys.moc"
