#pragma once
// A TextContent built from blocks in test code: the same interface the EPUB and DAISY readers
// implement, holding a small known book so navigation results can be asserted exactly.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <optional>

#include "tingdu/media/AudioSink.h"
#include "tingdu/media/Publication.h"

namespace tingdu::testing {

class BlockBook final : public media::TextContent {
public:
    std::size_t documentCount() const override { return documents.size(); }
    media::Result<media::Document> document(std::size_t index) const override
    {
        if (index >= documents.size())
            return media::makeError(media::ErrorCode::NotFound, "no such document");
        return documents[index];
    }

    media::Document& addDocument(const std::string& href, const std::string& title, const std::string& language = "en")
    {
        media::Document d;
        d.href = href;
        d.title = title;
        d.language = language;
        documents.push_back(std::move(d));
        return documents.back();
    }

    static media::Block block(media::BlockKind kind, std::string id, std::string text, int level = 0,
                              std::string label = {})
    {
        media::Block b;
        b.kind = kind;
        b.id = std::move(id);
        b.text = std::move(text);
        b.level = level;
        b.label = std::move(label);
        return b;
    }

    std::vector<media::Document> documents;
};

/// A sink that plays at SPEED× real time (blocking like an audio device) and counts frames;
/// reset() releases a blocked write at once, as a device flush does.
class PacedSink final : public media::AudioSink {
public:
    explicit PacedSink(double speed) : m_speed(speed) {}
    media::AudioFormat preferredFormat() const override { return {22050, 1}; }
    media::Result<void> open(const media::AudioFormat& f) override
    {
        m_rate = f.sampleRate;
        return {};
    }
    media::Result<void> write(const std::int16_t*, std::size_t frames) override
    {
        {
            std::lock_guard lock(m_mutex);
            m_frames += frames;
            if (!m_firstWrite)
                m_firstWrite = std::chrono::steady_clock::now();
            m_lastWrite = std::chrono::steady_clock::now();
        }
        if (m_speed > 0) {
            std::unique_lock lock(m_mutex);
            const auto wait = std::chrono::duration<double>(static_cast<double>(frames) / m_rate / m_speed);
            m_cv.wait_for(lock, wait, [&] { return m_flushed; });
            m_flushed = false;
        }
        return {};
    }
    void reset() override
    {
        std::lock_guard lock(m_mutex);
        m_flushed = true;
        m_cv.notify_all();
    }
    void close() override {}

    /// Forgets the first-write time: the next write sets it again.
    void markFirstWrite()
    {
        std::lock_guard lock(m_mutex);
        m_firstWrite.reset();
    }
    std::optional<std::chrono::steady_clock::time_point> firstWrite()
    {
        std::lock_guard lock(m_mutex);
        return m_firstWrite;
    }
    std::optional<std::chrono::steady_clock::time_point> lastWrite()
    {
        std::lock_guard lock(m_mutex);
        return m_lastWrite;
    }
    std::size_t frames()
    {
        std::lock_guard lock(m_mutex);
        return m_frames;
    }

private:
    double m_speed;
    int m_rate = 22050;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_flushed = false;
    std::size_t m_frames = 0;
    std::optional<std::chrono::steady_clock::time_point> m_firstWrite;
    std::optional<std::chrono::steady_clock::time_point> m_lastWrite;
};

}  // namespace tingdu::testing
