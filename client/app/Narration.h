#pragma once
// The book's own narration in the Reader (EPUB media overlays, full-text DAISY): the audiobook
// engine plays the phrases' clips as one timeline across chapters, and the fragment of text
// being narrated is reported as it changes, for highlighting. Preparing (extracting overlay
// audio, probing clip lengths, resolving every phrase's text) runs on a worker thread; the
// engine's callbacks arrive on the GUI thread as signals.
#include <QObject>
#include <memory>
#include <optional>

#include "NarrationMap.h"
#include "tingdu/media/AudioTimeline.h"

namespace tingdu::client {

class PlayerEngine;

class Narration : public QObject {
    Q_OBJECT
public:
    explicit Narration(QObject* parent = nullptr);
    ~Narration() override;

    /// Starts preparing PUBLICATION's narration; emits prepared() or error(). Until then the
    /// worker uses the publication: nobody else may (it is not thread-safe).
    /// WITH_SKIPPABLE: also what the book skips by default (DAISY 3 page numbers, notes).
    void prepare(std::shared_ptr<media::Publication> publication, bool withSkippable = false);
    /// Stops, closes the audio output and forgets the book.
    void clear();
    bool preparing() const { return m_preparing; }
    bool ready() const { return m_ready; }
    const NarrationMap& map() const { return m_map; }

    /// Plays from POSITION (seconds on the narration's timeline); "" or why it cannot play.
    QString playFrom(double position);
    void pause();
    void resume();
    /// Pauses and forgets the position: the next play starts where the reader asks.
    void stop();
    void seek(double position);
    double position() const;
    bool playing() const;
    /// Playing or paused: a position is in force (sentence steps move it).
    bool active() const { return m_active; }
    bool paused() const { return m_active && !playing(); }
    void setSpeed(double speed);
    void setVolume(double volume);

Q_SIGNALS:
    void prepared();
    /// The text being narrated: DOCUMENT, BLOCK (indexes) and UTF-8 byte offsets BEGIN..END.
    void fragment(int document, int block, int begin, int end);
    void stateChanged(bool playing, bool paused);
    void error(const QString& message);
    void finished();

private:
    void positionChanged(double seconds);
    void engineState(int state);

    std::shared_ptr<media::Publication> m_publication;
    PlayerEngine* m_engine = nullptr;
    media::AudioTimeline m_timeline;
    NarrationMap m_map;
    std::optional<std::size_t> m_current;  ///< fragment last reported
    double m_speed = 1.0;
    double m_volume = 1.0;
    int m_generation = 0;  ///< a prepare() still running for an earlier book is ignored
    bool m_preparing = false;
    bool m_ready = false;
    bool m_loaded = false;
    bool m_active = false;
};

}  // namespace tingdu::client
