#pragma once
// Navigation like a DAISY player over any publication with an audio timeline: step by heading
// level, page or phrase; go to a page by its label; switch skippable content (page numbers,
// notes, sidebars, producer notes) on and off; ask "where am I".
//
// DAISY books (and EPUBs with media overlays) expose their phrases — SMIL pars — through the
// PhraseContent capability; other audio publications navigate with one phrase per clip.
#include "tingdu/media/Publication.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tingdu::media {

/// Kinds of skippable content, as bit flags (a set of kinds is one value).
enum class Skippable : std::uint32_t {
    None = 0,
    PageNumber = 1u << 0,
    Note = 1u << 1, ///< footnote / endnote / rearnote body
    NoteReference = 1u << 2,
    Sidebar = 1u << 3,
    ProducerNote = 1u << 4,
    Annotation = 1u << 5,
    LineNumber = 1u << 6,
    Other = 1u << 7, ///< tables, lists and unknown custom tests
};
constexpr Skippable operator|(Skippable a, Skippable b)
{
    return static_cast<Skippable>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}
constexpr Skippable operator&(Skippable a, Skippable b)
{
    return static_cast<Skippable>(static_cast<std::uint32_t>(a) & static_cast<std::uint32_t>(b));
}
constexpr bool any(Skippable s)
{
    return s != Skippable::None;
}

/// One phrase (a SMIL par) on the publication's full timeline, everything playing.
struct Phrase {
    double begin = 0;          ///< seconds on the timeline of AudioContent::clips()
    double end = 0;            ///< == begin for a phrase without playable audio
    std::size_t firstClip = 0; ///< its clips in AudioContent::clips(): [firstClip, firstClip+clipCount)
    std::size_t clipCount = 0;
    std::string smilRef; ///< "file.smil#parId" inside the publication
    std::string textRef; ///< "content.html#id" of its text, "" when none
    Skippable skippable = Skippable::None;
    std::string escapableId; ///< the escapable structure (note, sidebar, table) it belongs to
};

/// A DAISY 3 navList or the NCC's notes / sidebars / producer notes, as a named list.
struct NavList {
    std::string name; ///< "note", "sidebar", "prodnote", "figure", ...
    std::vector<NavPoint> items;
};

/// Where a text reference lands in TextContent: document, block and byte range of the text.
struct TextRange {
    std::size_t documentIndex = 0;
    std::string blockId;
    std::size_t begin = 0; ///< UTF-8 byte offsets inside the block's text
    std::size_t end = 0;
};

/// Capability: the publication is made of synchronised phrases (DAISY 2.02, DAISY 3).
class PhraseContent {
public:
    virtual ~PhraseContent() = default;
    /// All phrases in playback order, skippable ones included.
    virtual const std::vector<Phrase>& phrases() const = 0;
    virtual const std::vector<NavList>& navLists() const = 0;
    /// Where TEXT_REF ("content.html#id") is in the text, for highlighting; nullopt when unknown.
    virtual std::optional<TextRange> resolveText(std::string_view textRef) const = 0;
    /// What the book itself asks to skip unless the reader turns it on (DAISY 3 customTests with
    /// defaultState="false"); a player may start from it with TimelineNavigator::setSkipped().
    virtual Skippable defaultSkipped() const { return Skippable::None; }
};

/// The PhraseContent of PUBLICATION, or nullptr when it has none. Owned by the publication.
const PhraseContent* phraseContent(const Publication& publication);

enum class NavigationLevel {
    Heading1 = 1,
    Heading2,
    Heading3,
    Heading4,
    Heading5,
    Heading6,
    AnyHeading,
    Page,
    Phrase
};

struct WhereAmI {
    std::string sectionTitle; ///< the heading in force, "" before the first one
    int sectionLevel = 0;
    std::string pageLabel; ///< the page in force, "" before the first page or when none
    double elapsed = 0;    ///< seconds played, on the navigator's timeline
    double total = 0;
    std::size_t phraseIndex = 0; ///< index into the navigator's phrases (all of them)
    std::string textRef;
};

/// Steps through a publication's timeline. All times are on the timeline that PLAYS with the
/// current skippable settings (clips()); it changes when setSkipped() does. Holds a reference to
/// the publication, which must outlive it. Not thread-safe; cheap to query (binary searches).
class TimelineNavigator {
public:
    explicit TimelineNavigator(const Publication& publication);

    /// The clips to play, skipped content left out; the engine plays them as one timeline.
    const std::vector<AudioClip>& clips() const { return m_clips; }
    double duration() const { return m_duration; }
    Skippable skipped() const { return m_skipped; }
    /// Changes which kinds are skipped and returns POSITION moved onto the new timeline (the same
    /// phrase, or the next one that still plays).
    double setSkipped(Skippable kinds, double position);

    /// Start of the next unit after the one holding POSITION; nullopt at the last one.
    /// Heading N stops at headings of level N or above (a new chapter is never stepped over).
    std::optional<double> next(NavigationLevel level, double position) const;
    /// Start of the unit before the one holding POSITION; nullopt before the first.
    std::optional<double> previous(NavigationLevel level, double position) const;
    /// Start of the page labelled LABEL (exact, then case-insensitive); nullopt when none.
    std::optional<double> page(std::string_view label) const;
    /// Start of the TOC entry INDEX (0-based into Publication::toc()); nullopt when out of range.
    std::optional<double> tocEntry(std::size_t index) const;
    WhereAmI whereAmI(double position) const;

    /// Index into phrases() of the phrase playing at POSITION (skipped phrases never are).
    std::size_t phraseAt(double position) const;
    /// Converts between this timeline and the full one (everything playing, Phrase::begin).
    double fromFullTime(double fullTime) const;
    double toFullTime(double position) const;

private:
    struct Unit {
        double start = 0;
        int level = 0;
        std::size_t index = 0;
    };
    void rebuild();
    const std::vector<Unit>& units(NavigationLevel level) const;

    const Publication& m_publication;
    std::vector<Phrase> m_phrases;     ///< the publication's, or one per clip
    std::vector<double> m_playedStart; ///< per phrase: start on the played timeline
    std::vector<AudioClip> m_clips;
    double m_duration = 0;
    Skippable m_skipped = Skippable::None;
    mutable std::vector<std::vector<Unit>> m_units; ///< per level, built on first use
    mutable std::vector<bool> m_unitsBuilt;
};

} // namespace tingdu::media
