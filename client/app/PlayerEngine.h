#pragma once
// The audiobook engine for the player: media::AudioPlayer into the Qt audio output; its
// engine-thread callbacks re-posted to the GUI thread as signals.
#include <QObject>
#include <memory>

#include "tingdu/media/AudioPlayer.h"

namespace tingdu::accessibility::qt {
class QtAudioSink;
}

namespace tingdu::client {

class PlayerEngine : public QObject {
    Q_OBJECT
public:
    explicit PlayerEngine(QObject* parent = nullptr);
    ~PlayerEngine() override;

    /// Creates the player on first use; "" or a worded reason why there is no sound.
    QString ensure();
    media::AudioPlayer* player() const { return m_player.get(); }
    void setVolume(double volume);  ///< 0..1, under the administrator's limit

Q_SIGNALS:
    void position(double seconds);
    void stateChanged(int state);  ///< media::PlaybackState
    void chapterChanged(int chapter);
    void error(const QString& message);
    void finished();

private:
    std::unique_ptr<media::AudioPlayer> m_player;
};

}  // namespace tingdu::client
