#pragma once
// Read-aloud for the reader: the speech library's controller speaking into the Qt audio output,
// its worker-thread callbacks re-posted to the GUI thread as signals.
#include <QObject>
#include <memory>

#include "tingdu/accessibility/ReadAloudController.h"

namespace tingdu::accessibility {
class SpeechEngine;
}
namespace tingdu::accessibility::qt {
class QtAudioSink;
}

namespace tingdu::client {

class ReadAloud : public QObject {
    Q_OBJECT
public:
    explicit ReadAloud(QObject* parent = nullptr);
    ~ReadAloud() override;

    /// Binds to PUBLICATION (which must outlive the binding; unbind() before it goes). Returns a
    /// worded error when speech cannot start (no eSpeak, no audio output), else "".
    QString bind(const media::Publication& publication);
    void unbind();
    bool bound() const { return m_controller != nullptr; }

    /// Settings from the user's preferences (rate, pitch, voice, pauses, announcements).
    void applySettings();
    accessibility::ReadAloudController* controller() const { return m_controller.get(); }
    bool speaking() const;

Q_SIGNALS:
    void range(int document, int block, int begin, int end);  ///< UTF-8 byte offsets
    void stateChanged(bool speaking, bool paused);
    void error(const QString& message);
    void endOfBook();

private:
    std::unique_ptr<accessibility::SpeechEngine> m_engine;
    std::unique_ptr<accessibility::qt::QtAudioSink> m_sink;
    std::unique_ptr<accessibility::ReadAloudController> m_controller;
};

}  // namespace tingdu::client
