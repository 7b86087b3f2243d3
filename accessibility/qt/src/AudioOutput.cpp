#include "tingdu/accessibility/qt/AudioOutput.h"

#include <QCoreApplication>
#include <QMediaDevices>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace tingdu::accessibility::qt {

namespace {

std::mutex g_mutex;
QByteArray g_chosen;  // guarded by g_mutex
std::atomic<unsigned> g_generation{0};
std::atomic<bool> g_missing{false};
std::atomic<std::int64_t> g_lastListeningMs{-1};

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

void setChosenOutput(const QByteArray& id)
{
    {
        std::lock_guard lock(g_mutex);
        if (g_chosen == id)
            return;
        g_chosen = id;
    }
    g_missing = false;
    ++g_generation;
}

QByteArray chosenOutput()
{
    std::lock_guard lock(g_mutex);
    return g_chosen;
}

unsigned outputsGeneration()
{
    return g_generation;
}

QList<QAudioDevice> availableOutputs()
{
    return QMediaDevices::audioOutputs();
}

QByteArray findOutput(const QString& name)
{
    if (name.isEmpty())
        return {};
    const QList<QAudioDevice> outputs = availableOutputs();
    // The id first: descriptions ("Headphones") may repeat across seats, ids do not.
    for (const QAudioDevice& device : outputs)
        if (QString::fromUtf8(device.id()) == name)
            return device.id();
    for (const QAudioDevice& device : outputs)
        if (device.description() == name)
            return device.id();
    return {};
}

QAudioDevice outputToUse(bool* missing)
{
    const QByteArray chosen = chosenOutput();
    if (missing)
        *missing = false;
    if (chosen.isEmpty())
        return QMediaDevices::defaultAudioOutput();
    // By id; a description stands for its output too (an administrator's audio_device may be
    // one, kept as written while that output was not connected).
    const QList<QAudioDevice> outputs = availableOutputs();
    for (const QString& name : {QString(), QString::fromUtf8(chosen)}) {
        for (const QAudioDevice& device : outputs) {
            if (name.isEmpty() ? device.id() == chosen : device.description() == name) {
                g_missing = false;
                return device;
            }
        }
    }
    if (missing)
        *missing = true;
    if (!g_missing.exchange(true))
        Q_EMIT AudioOutputWatch::instance()->chosenOutputMissing(chosen);
    return QMediaDevices::defaultAudioOutput();
}

AudioOutputWatch* AudioOutputWatch::instance()
{
    static AudioOutputWatch* const watch = [] {
        auto* w = new AudioOutputWatch;
        // Made wherever first asked for, but its receivers are widgets: it belongs to the GUI thread.
        QCoreApplication* app = QCoreApplication::instance();
        if (app && QThread::currentThread() != app->thread()) {
            w->moveToThread(app->thread());
            QMetaObject::invokeMethod(w, [w] { w->watchDevices(); }, Qt::QueuedConnection);
        } else if (app) {
            w->watchDevices();
        }
        return w;
    }();
    return watch;
}

void AudioOutputWatch::watchDevices()
{
    auto outputsChanged = [] {
        ++g_generation;  // open sinks look again at their next write
        // Unplugged (the sound server may already have moved the stream): said at once, not
        // only when the next sound starts. Plugged back: sinks return to it.
        if (!chosenOutput().isEmpty())
            outputToUse();
    };
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, outputsChanged);
    // Qt 6.4's PulseAudio backend keeps its list current but signals no sink coming or going
    // (measured): the list is compared every two seconds as well.
    auto* poll = new QTimer(this);
    auto ids = [] {
        QList<QByteArray> list;
        for (const QAudioDevice& device : availableOutputs())
            list << device.id();
        return list;
    };
    connect(poll, &QTimer::timeout, this, [ids, outputsChanged, last = ids()]() mutable {
        QList<QByteArray> now = ids();
        if (now == last)
            return;
        last = std::move(now);
        outputsChanged();
    });
    poll->start(2000);
}

bool AudioOutputWatch::chosenMissing() const
{
    return g_missing;
}

bool listenedWithin(std::chrono::milliseconds within)
{
    const std::int64_t last = g_lastListeningMs;
    return last >= 0 && nowMs() - last <= within.count();
}

void noteListening()
{
    g_lastListeningMs = nowMs();
}

}  // namespace tingdu::accessibility::qt
