#pragma once
// Media keys and headset buttons: on Linux an MPRIS service (org.mpris.MediaPlayer2.tingdu) on
// the session bus, so the desktop's media keys reach whatever plays in Tingdu, speech included.
// Other platforms get no service (the functions are still reachable from the keyboard map).
#include <QObject>
#include <functional>

namespace tingdu::client {

/// What the media keys do; the main window routes them to the player or read-aloud.
struct MediaTarget {
    std::function<void()> playPause;
    std::function<void()> stop;
    std::function<void()> next;
    std::function<void()> previous;
    std::function<void()> raise;
    std::function<bool()> playing;  ///< for PlaybackStatus
};

class MediaKeys : public QObject {
    Q_OBJECT
public:
    /// Registers the service; false (and nothing registered) when there is no session bus.
    static bool install(QObject* owner, MediaTarget target);
};

}  // namespace tingdu::client
