#pragma once
// Where the narration is in the text: every synchronised phrase of a book with narration (EPUB
// media overlays, full-text DAISY) as a span of the audio timeline and the text it speaks. The
// Reader highlights the fragment at the playing position and starts or moves the narration from
// a text position. Plain C++ over tingdu_media: no Qt, testable on its own.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "tingdu/media/AudioTimeline.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/Publication.h"

namespace tingdu::client {

/// One narrated phrase with text.
struct NarratedText {
    double begin = 0;              ///< seconds on the publication's audio timeline (all clips)
    double end = 0;
    std::size_t phrase = 0;        ///< index into PhraseContent::phrases()
    std::size_t document = 0;      ///< index into TextContent documents
    std::size_t block = 0;         ///< index into that document's blocks
    std::string blockId;
    std::size_t textBegin = 0;     ///< UTF-8 byte range inside the block's text
    std::size_t textEnd = 0;

    bool isAt(int documentIndex, int blockIndex) const
    {
        return documentIndex >= 0 && blockIndex >= 0 && document == static_cast<std::size_t>(documentIndex) &&
               block == static_cast<std::size_t>(blockIndex);
    }
};

class NarrationMap {
public:
    /// True when PUBLICATION has narration synchronised with its text (phrases with text and audio).
    static bool hasNarration(const media::Publication& publication);

    /// Maps every phrase of PUBLICATION whose text resolves; phrases without text play but are
    /// not in the map. Parses text documents and extracts overlay audio: call it off the GUI
    /// thread, never concurrently with other users of the publication.
    /// Phrases of the SKIPPED kinds (page numbers, notes: what PhraseContent::defaultSkipped()
    /// names) are left out, and the others are timed on the timeline that plays without them.
    static NarrationMap build(const media::Publication& publication, media::Skippable skipped = media::Skippable::None);
    /// FULL (the publication's makeAudioTimeline()) without the clips of SKIPPED phrases: the
    /// timeline build(publication, skipped) is timed on. FULL itself when nothing is skipped.
    static media::AudioTimeline withoutSkipped(media::AudioTimeline full, const media::Publication& publication,
                                               media::Skippable skipped);

    const std::vector<NarratedText>& fragments() const { return m_fragments; }
    bool empty() const { return m_fragments.empty(); }

    /// Fragment being narrated at POSITION: the last one starting at or before it; nullopt
    /// before the first.
    std::optional<std::size_t> fragmentAt(double position) const;
    /// The first fragment (in playback order) at or after text position (DOCUMENT, BLOCK): where
    /// narration starts from the caret. nullopt when nothing is narrated from there on.
    std::optional<std::size_t> fragmentFrom(std::size_t document, std::size_t block) const;

    /// Start of the next / previous fragment from POSITION (sentence steps); nullopt at the ends.
    std::optional<double> nextSentence(double position) const;
    std::optional<double> previousSentence(double position) const;
    /// Start of the next block's first fragment / of the current block's first fragment (or the
    /// previous block's, when already at the start of the current one).
    std::optional<double> nextParagraph(double position) const;
    std::optional<double> previousParagraph(double position) const;

private:
    bool sameBlock(std::size_t a, std::size_t b) const;
    std::size_t firstOfBlock(std::size_t index) const;

    std::vector<NarratedText> m_fragments; ///< in playback order, begin ascending
};

} // namespace tingdu::client
