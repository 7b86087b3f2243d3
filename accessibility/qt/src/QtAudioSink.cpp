#include "tingdu/accessibility/qt/QtAudioSink.h"

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
    explicit RingDevice(std::size_t capacity) : m_ring(capacity) {}
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
        if (n > 0)
            m_realEnd = m_handed + n;  // where the last real sample sits in the stream
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

private:
    std::uint64_t m_handed = 0;
    std::uint64_t m_realEnd = 0;

private:
    std::vector<char> m_ring;
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
    return !QMediaDevices::defaultAudioOutput().isNull();
}

struct QtAudioSink::Impl {
    QThread thread;
    QObject* context = nullptr;  // lives on `thread`; QAudioSink calls are queued to it
    QAudioSink* sink = nullptr;
    RingDevice* ring = nullptr;
    media::AudioFormat format;
    std::atomic<double> volume{1.0};
    std::atomic<bool> failed{false};
    int bufferMs = 0;

    template <typename F>
    void onAudioThread(F&& f)
    {
        QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }
};

QtAudioSink::QtAudioSink() : m_impl(std::make_unique<Impl>())
{
    m_impl->thread.setObjectName(QStringLiteral("audio output"));
}

QtAudioSink::~QtAudioSink()
{
    close();
}

media::AudioFormat QtAudioSink::preferredFormat() const
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
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
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
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
    d.failed = false;
    const std::size_t bytesPerSecond = static_cast<std::size_t>(format.sampleRate) * format.channels * 2;
    d.thread.start();
    d.context = new QObject;
    d.context->moveToThread(&d.thread);
    bool started = false;
    d.onAudioThread([&] {
        d.ring = new RingDevice(bytesPerSecond * 3 / 10);
        d.ring->open(QIODevice::ReadOnly);
        d.sink = new QAudioSink(device, qformat);
        d.sink->setBufferSize(static_cast<qsizetype>(bytesPerSecond / 10));
        QObject::connect(d.sink, &QAudioSink::stateChanged, d.sink, [&d](QAudio::State state) {
            if (state == QAudio::StoppedState && d.sink->error() != QAudio::NoError)
                d.failed = true;
        });
        d.sink->start(d.ring);
        started = d.sink->error() == QAudio::NoError && d.sink->state() != QAudio::StoppedState;
        d.bufferMs = static_cast<int>(d.sink->bufferSize() * 1000 / static_cast<qsizetype>(bytesPerSecond));
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
    const auto target = static_cast<qint64>(static_cast<double>(d.ring->realEnd()) / bytesPerUs);
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
        d.sink->stop();
        delete d.sink;
        d.sink = nullptr;
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

std::unique_ptr<media::AudioSink> makeQtAudioSink()
{
    return std::make_unique<QtAudioSink>();
}

}  // namespace tingdu::accessibility::qt
