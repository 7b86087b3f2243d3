#include "tingdu/accessibility/qt/QtAudioSink.h"

#include "tingdu/accessibility/qt/AudioOutput.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <vector>

namespace tingdu::accessibility::qt {

namespace {

std::atomic<double> g_volumeLimit{1.0};

/// The ring the producer fills and QAudioSink pulls. When it runs dry it hands out silence, so
/// the stream never falls into an underrun state that would need restarting.
class RingDevice : public QIODevice {
public:
    RingDevice(std::size_t capacity, bool listening) : m_ring(capacity), m_listening(listening) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 4096 + QIODevice::bytesAvailable(); }

    // Producer side: waits for room; false when reset()/close() interrupted the wait.
    bool push(const char* data, std::size_t size)
    {
        std::unique_lock lock(m_mutex);
        const unsigned generation = m_generation;
        while (size > 0) {
            m_changed.wait(lock, [&] { return m_used < m_ring.size() || m_generation != generation; });
            if (m_generation != generation)
                return false;
            const std::size_t n = std::min(size, m_ring.size() - m_used);
            for (std::size_t i = 0; i < n; ++i)
                m_ring[(m_head + m_used + i) % m_ring.size()] = data[i];
            m_used += n;
            data += n;
            size -= n;
        }
        return true;
    }
    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_used = 0;
        ++m_generation;
        m_changed.notify_all();
    }
    // Waits until the ring is empty or it was cleared.
    void waitEmpty()
    {
        std::unique_lock lock(m_mutex);
        const unsigned generation = m_generation;
        m_changed.wait(lock, [&] { return m_used == 0 || m_generation != generation; });
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        std::lock_guard lock(m_mutex);
        const auto want = static_cast<std::size_t>(maxSize);
        const std::size_t n = std::min(want, m_used);
        for (std::size_t i = 0; i < n; ++i)
            data[i] = m_ring[(m_head + i) % m_ring.size()];
        m_head = (m_head + n) % m_ring.size();
        m_used -= n;
        // Whole frames of silence for the rest (maxSize is a multiple of the frame size).
        std::memset(data + n, 0, want - n);
        if (n > 0) {
            m_realEnd = m_handed + n;  // where the last real sample sits in the stream
            if (m_listening)
                noteListening();
        }
        m_handed += want;
        m_changed.notify_all();
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

public:
    /// Stream bytes up to and including the last real (not padding) sample handed to the device.
    std::uint64_t realEnd()
    {
        std::lock_guard lock(m_mutex);
        return m_realEnd;
    }
    /// Stream bytes handed to the device so far, silence included.
    std::uint64_t handed()
    {
        std::lock_guard lock(m_mutex);
        return m_handed;
    }

private:
    std::uint64_t m_handed = 0;
    std::uint64_t m_realEnd = 0;

private:
    std::vector<char> m_ring;
    const bool m_listening;
    std::size_t m_head = 0;
    std::size_t m_used = 0;
    unsigned m_generation = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
};

}  // namespace

void setVolumeLimit(double limit)
{
    g_volumeLimit = std::clamp(limit, 0.0, 1.0);
}

double volumeLimit()
{
    return g_volumeLimit;
}

bool hasAudioOutput()
{
    AudioOutputWatch::instance();
    return !QMediaDevices::defaultAudioOutput().isNull();
}

struct QtAudioSink::Impl {
    QThread thread;
    QObject* context = nullptr;  // lives on `thread`; QAudioSink calls are queued to it
    QAudioSink* sink = nullptr;
    RingDevice* ring = nullptr;
    media::AudioFormat format;
    QAudioFormat qformat;
    std::atomic<double> volume{1.0};
    std::atomic<bool> failed{false};
    int bufferMs = 0;
    Purpose purpose = Purpose::Listening;
    unsigned deviceGeneration = 0;  // outputsGeneration() when the device was picked
    QByteArray deviceId;            // the device playing now
    std::uint64_t clockOffset = 0;  // stream bytes handed before the current QAudioSink started

    template <typename F>
    void onAudioThread(F&& f)
    {
        QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

    // Audio thread: a QAudioSink on DEVICE pulling from the ring; false when it refused to start.
    bool startSink(const QAudioDevice& device)
    {
        const std::size_t bytesPerSecond = static_cast<std::size_t>(format.sampleRate) * format.channels * 2;
        failed = false;
        clockOffset = ring->handed();
        sink = new QAudioSink(device, qformat);
        sink->setBufferSize(static_cast<qsizetype>(bytesPerSecond / 10));
        QObject::connect(sink, &QAudioSink::stateChanged, sink, [this](QAudio::State state) {
            if (state == QAudio::StoppedState && sink->error() != QAudio::NoError)
                failed = true;
        });
        sink->start(ring);
        bufferMs = static_cast<int>(sink->bufferSize() * 1000 / static_cast<qsizetype>(bytesPerSecond));
        return sink->error() == QAudio::NoError && sink->state() != QAudio::StoppedState;
    }
    void stopSink()
    {
        sink->stop();
        delete sink;
        sink = nullptr;
    }

    // Producer thread: moves the stream to the output in force when another was chosen, the
    // chosen one was unplugged or plugged back, or the device failed.
    void followChosenOutput()
    {
        const unsigned generation = outputsGeneration();
        if (generation == deviceGeneration && !failed)
            return;
        deviceGeneration = generation;
        const QAudioDevice device = outputToUse();
        if (device.isNull() || (!failed && device.id() == deviceId))
            return;  // nothing to play to, or already there: no gap in the sound
        bool started = false;
        onAudioThread([&] {
            stopSink();
            started = startSink(device);
        });
        deviceId = device.id();
        if (!started)
            failed = true;
    }
};

QtAudioSink::QtAudioSink(Purpose purpose) : m_impl(std::make_unique<Impl>())
{
    m_impl->purpose = purpose;
    m_impl->thread.setObjectName(QStringLiteral("audio output"));
}

QtAudioSink::~QtAudioSink()
{
    close();
}

media::AudioFormat QtAudioSink::preferredFormat() const
{
    const QAudioDevice device = outputToUse();
    if (device.isNull())
        return {};
    const QAudioFormat preferred = device.preferredFormat();
    media::AudioFormat format;
    if (preferred.sampleRate() > 0)
        format.sampleRate = preferred.sampleRate();
    format.channels = std::clamp(preferred.channelCount(), 1, 2);
    return format;
}

media::Result<void> QtAudioSink::open(const media::AudioFormat& format)
{
    close();
    const QAudioDevice device = outputToUse();
    if (device.isNull())
        return media::makeError(media::ErrorCode::Unsupported, "there is no audio output device", "audio output");
    QAudioFormat qformat;
    qformat.setSampleRate(format.sampleRate);
    qformat.setChannelCount(format.channels);
    qformat.setSampleFormat(QAudioFormat::Int16);
    // No isFormatSupported() gate: Qt's PulseAudio device reports a narrow list (it refused 22050 Hz
    // mono speech) while the server converts any rate and channel count; a stream the device
    // really cannot take fails in start() below, as an Io error.
    if (format.sampleRate <= 0 || format.channels <= 0)
        return media::makeError(media::ErrorCode::InvalidArgument, "no audio format given", "audio output");

    Impl& d = *m_impl;
    d.format = format;
    d.qformat = qformat;
    d.deviceGeneration = outputsGeneration();
    d.deviceId = device.id();
    const std::size_t bytesPerSecond = static_cast<std::size_t>(format.sampleRate) * format.channels * 2;
    d.thread.start();
    d.context = new QObject;
    d.context->moveToThread(&d.thread);
    bool started = false;
    d.onAudioThread([&] {
        d.ring = new RingDevice(bytesPerSecond * 3 / 10, d.purpose == Purpose::Listening);
        d.ring->open(QIODevice::ReadOnly);
        started = d.startSink(device);
    });
    if (!started) {
        close();
        return media::makeError(media::ErrorCode::Io, "the audio output refused to start",
                                device.description().toStdString());
    }
    return {};
}

media::Result<void> QtAudioSink::write(const std::int16_t* samples, std::size_t frames)
{
    Impl& d = *m_impl;
    if (!d.ring)
        return media::makeError(media::ErrorCode::InvalidArgument, "the audio output is not open");
    d.followChosenOutput();
    if (d.failed)
        return media::makeError(media::ErrorCode::Io, "the audio output stopped working");
    const std::size_t count = frames * static_cast<std::size_t>(d.format.channels);
    const double gain = std::clamp(d.volume.load(), 0.0, 1.0) * g_volumeLimit.load();
    if (gain >= 0.999) {
        d.ring->push(reinterpret_cast<const char*>(samples), count * sizeof(std::int16_t));
        return {};
    }
    std::vector<std::int16_t> scaled(samples, samples + count);
    for (auto& s : scaled)
        s = static_cast<std::int16_t>(s * gain);
    d.ring->push(reinterpret_cast<const char*>(scaled.data()), count * sizeof(std::int16_t));
    return {};
}

void QtAudioSink::reset()
{
    if (m_impl->ring)
        m_impl->ring->clear();
}

media::Result<void> QtAudioSink::drain()
{
    Impl& d = *m_impl;
    if (!d.ring)
        return {};
    d.ring->waitEmpty();
    // What the ring handed over may still sit in the sound server's buffer (PulseAudio keeps up
    // to seconds): wait until the device's playback clock has passed the last real sample.
    const double bytesPerUs = d.format.sampleRate * d.format.channels * 2 / 1e6;
    const std::uint64_t realEnd = d.ring->realEnd();
    const auto target = static_cast<qint64>(
        static_cast<double>(realEnd > d.clockOffset ? realEnd - d.clockOffset : 0) / bytesPerUs);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(target) + std::chrono::seconds(1);
    while (!d.failed && std::chrono::steady_clock::now() < deadline) {
        qint64 played = 0;
        d.onAudioThread([&] { played = d.sink ? d.sink->processedUSecs() : target; });
        if (played >= target)
            break;
        QThread::msleep(20);
    }
    QThread::msleep(static_cast<unsigned long>(std::max(0, d.bufferMs) / 2 + 30));
    if (d.failed)
        return media::makeError(media::ErrorCode::Io, "the audio output stopped working");
    return {};
}

void QtAudioSink::close()
{
    Impl& d = *m_impl;
    if (!d.context)
        return;
    d.ring->clear();  // wakes a producer blocked in write()
    d.onAudioThread([&] {
        if (d.sink)
            d.stopSink();
        delete d.ring;
        d.ring = nullptr;
    });
    d.thread.quit();
    d.thread.wait();
    delete d.context;  // its thread has finished: safe to delete from here
    d.context = nullptr;
}

void QtAudioSink::setVolume(double volume)
{
    m_impl->volume = std::clamp(volume, 0.0, 1.0);
}

std::unique_ptr<media::AudioSink> makeQtAudioSink(QtAudioSink::Purpose purpose)
{
    return std::make_unique<QtAudioSink>(purpose);
}

}  // namespace tingdu::accessibility::qt
