#pragma once
// Self-voicing: Tingdu speaks its own interface (focus, announcements, errors, menus) with
// eSpeak NG when no screen reader runs — library stations often have none.
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

#include "tingdu/media/AudioSink.h"

class QAccessibleInterface;
class QWidget;

namespace tingdu::accessibility::qt {

class Announcer;
class ScreenReaderWatcher;

/// What is spoken, and when:
///  - focus changes: the accessible name, role word and states of the focused object (the
///    deepest focus child, so list items and tabs are heard too), and a new window's title and
///    message when focus enters another window (dialogs, errors);
///  - after every key press, whatever of that changed (next list item, checked, new value);
///  - announcements (Announcer::announced), queued after the focus speech;
///  - menu titles and the hovered menu item.
/// Every key press first silences what is being said. When a screen reader runs (see
/// ScreenReaderWatcher) and the mode is Auto, nothing is spoken at all.
/// Audio: each utterance is synthesised by our speech engine in another process, because eSpeak
/// NG allows one engine per process and read-aloud owns this one's: `tingdu-voice`, started once
/// and fed by its standard input (a few ms per utterance), or where it is missing `tingdu-cli
/// speak` per utterance (~250 ms, most of it process start). It is then played into a sink from
/// the sink factory on a worker thread (QtAudioSink by default, so the volume limit and the
/// chosen output apply). TINGDU_SPEECH_LOG=FILE appends every utterance, and each
/// stepping aside or back, as one line to FILE (tests).
/// Thread: GUI thread, except the internal worker.
class SelfVoicing : public QObject {
    Q_OBJECT
public:
    enum class Mode { Auto, Always, Off };
    struct VoiceSettings {
        QString language = QStringLiteral("en");  ///< interface language: "zh_CN" → Mandarin voice
        QString voice;                             ///< an eSpeak identifier that overrides the language
        int rate = 175;                            ///< words per minute, as read-aloud
        int pitch = 50;                            ///< 0..100, as read-aloud
    };
    using SinkFactory = std::function<std::unique_ptr<media::AudioSink>()>;

    explicit SelfVoicing(QObject* parent = nullptr);
    ~SelfVoicing() override;
    /// The application's self-voicing (the one made last), or null before it is made.
    static SelfVoicing* instance();

    void setMode(Mode mode);
    Mode mode() const;
    void setVoiceSettings(const VoiceSettings& settings);
    /// Where utterances play; called on the worker thread when the first one is spoken.
    void setSinkFactory(SinkFactory factory);
    /// The `tingdu-cli` to synthesise with, one process per utterance (default: the speech
    /// server `tingdu-voice` next to this program or in ../libexec/tingdu, else tingdu-cli here).
    void setSpeechProgram(const QString& path);

    /// Starts following focus, keys and menus of the whole application.
    void attach();
    /// Also speaks what ANNOUNCER announces (one announcer per main window).
    void follow(Announcer* announcer);

    /// True when speaking now (mode and screen reader allow it).
    bool active() const;
    /// Speaks TEXT; INTERRUPT first silences what is being said and dropped what was queued.
    void say(const QString& text, bool interrupt = true);
    void stop();

    /// "Start, button" — what self-voicing says for IFACE in the current language.
    QString describe(QAccessibleInterface* iface) const;

Q_SIGNALS:
    void activeChanged(bool active);

private Q_SLOTS:
    void speakAnnouncement(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void focusChanged(QWidget* old, QWidget* now);
    void speakChangedFocusChild();
    QString describeFocus(QWidget* widget) const;
    QString roleWord(int role) const;
    void log(const QString& line) const;
    void updateActive();

    struct Worker;
    std::unique_ptr<Worker> m_worker;
    ScreenReaderWatcher* m_watcher = nullptr;
    Mode m_mode = Mode::Auto;
    bool m_active = false;
    bool m_attached = false;
    QString m_lastFocusText;
    QPointer<QWidget> m_lastWindow;
    VoiceSettings m_voice;
    QString m_logPath;
};

}  // namespace tingdu::accessibility::qt
