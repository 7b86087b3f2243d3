#pragma once
// Which sound output Tingdu plays to (a seat's headphones in an audio hall), and whether the
// listener is listening: process-wide state that every QtAudioSink follows.
#include <QAudioDevice>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <chrono>

namespace tingdu::accessibility::qt {

/// Chooses the output every QtAudioSink plays to, by QAudioDevice::id() (with PulseAudio the
/// sink's name) or else by description; "" is the system's default. Any thread; sinks already open move to it with
/// their next write, so a book playing moves too.
void setChosenOutput(const QByteArray& id);
QByteArray chosenOutput();
/// Changes with every setChosenOutput() call and every change in the list of outputs
/// (headphones plugged in or out): how an open sink knows it may have to move.
unsigned outputsGeneration();

/// The device a sink should play to now: the chosen one when it is connected, else the default
/// (null when there is none). Any thread. When the chosen one is not connected, MISSING (if
/// given) is set and AudioOutputWatch says so, once until it is back or another is chosen.
QAudioDevice outputToUse(bool* missing = nullptr);

/// The outputs of this computer. The first call must be on the GUI thread (see hasAudioOutput()).
QList<QAudioDevice> availableOutputs();
/// The id of the output whose id or description is NAME (an administrator may write either);
/// empty when no connected output has it.
QByteArray findOutput(const QString& name);

/// Tells the GUI that the chosen output is not connected, so it can show and announce it, and
/// follows the list of outputs (QMediaDevices) for the sinks. Lives on the GUI thread; its signal
/// may be emitted from an audio thread (queued to receivers).
class AudioOutputWatch : public QObject {
    Q_OBJECT
public:
    /// The one watch; the first call must be on the GUI thread.
    static AudioOutputWatch* instance();
    /// True while the chosen output is known to be missing (sound goes to the default).
    bool chosenMissing() const;

Q_SIGNALS:
    /// The output ID was chosen but is not connected: sound plays on the default output.
    void chosenOutputMissing(const QByteArray& id);

private:
    AudioOutputWatch() = default;
    void watchDevices();
};

/// True when a sink playing a book or read-aloud (not interface speech) handed real sound to
/// the device within the last WITHIN: a station does not count a listener as idle.
bool listenedWithin(std::chrono::milliseconds within);
/// What such a sink calls as it hands sound over (audio thread).
void noteListening();

}  // namespace tingdu::accessibility::qt
