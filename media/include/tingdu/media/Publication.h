#pragma once
// One interface over every publication format. Optional capabilities (text to speak, audio
// narration) are queried, not assumed: a new format touches no caller.
#include <memory>
#include <string>
#include <vector>

#include "tingdu/media/Content.h"
#include "tingdu/media/Format.h"
#include "tingdu/media/Result.h"

namespace tingdu::media {

struct Contributor {
    std::string name;
    std::string role;  ///< MARC relator code ("aut", "nrt", ...) or empty
};

/// The schema.org / EPUB Accessibility 1.1 metadata, kept raw; Accessibility.h words it.
struct AccessibilityMetadata {
    std::vector<std::string> accessModes;
    std::vector<std::string> accessModesSufficient;
    std::vector<std::string> features;
    std::vector<std::string> hazards;
    std::string summary;
    std::vector<std::string> conformsTo;
    std::string certifiedBy;
};

struct Metadata {
    std::string title;
    std::vector<Contributor> authors;     ///< in document order
    std::vector<Contributor> narrators;
    std::vector<std::string> languages;   ///< BCP 47
    std::vector<std::string> identifiers;
    std::string publisher;
    std::string date;
    std::string description;
    std::string coverHref;                ///< resource path of the cover image, if any
    std::string multimediaType;           ///< DAISY ncc:multimediaType / dtb:multimediaType
    double durationSeconds = 0;           ///< total audio time, 0 when none
    AccessibilityMetadata accessibility;
};

/// A navigation point: TOC entry, page target or landmark.
struct NavPoint {
    std::string title;    ///< TOC title, page label or landmark name
    int level = 1;        ///< 1 = top level
    std::string href;     ///< "doc.xhtml#id" inside the publication, or "" for audio-only
    std::string type;     ///< landmark / page type ("bodymatter", "front", "normal", "special")
    double timeSeconds = -1;  ///< start on the audio timeline, < 0 when not audio-synchronised
};

struct ReadingOrderItem {
    std::string href;
    std::string mediaType;
    bool linear = true;
    double durationSeconds = 0;  ///< audio tracks: duration when known
    std::string title;
};

/// An audio clip on the publication's timeline: [begin, end) seconds of `source`.
struct AudioClip {
    std::string source;        ///< absolute file path or URL
    double begin = 0;
    double end = -1;           ///< < 0: to the end of the source
    std::string textRef;       ///< "doc.xhtml#id" of the synchronised text, if any
};

/// Capability: the publication has text to show and speak (EPUB, text DAISY, DTBook).
class TextContent {
public:
    virtual ~TextContent() = default;
    /// Number of reading-order documents that hold text.
    virtual std::size_t documentCount() const = 0;
    /// Parses (or returns the cached) document `index`. Thread: any, not concurrently.
    virtual Result<Document> document(std::size_t index) const = 0;
};

/// Capability: the publication plays as audio (audiobooks, audio DAISY, media overlays).
/// The timeline is the concatenation of clips in order.
class AudioContent {
public:
    virtual ~AudioContent() = default;
    virtual const std::vector<AudioClip>& clips() const = 0;
    /// Extra HTTP headers for remote sources ("Authorization: Bearer ...").
    virtual std::vector<std::string> requestHeaders() const { return {}; }
};

/// An opened publication. Owns everything it returns; not thread-safe.
class Publication {
public:
    virtual ~Publication() = default;
    virtual Format format() const = 0;
    virtual const Metadata& metadata() const = 0;
    virtual const std::vector<ReadingOrderItem>& readingOrder() const = 0;
    virtual const std::vector<NavPoint>& toc() const = 0;
    virtual const std::vector<NavPoint>& pageList() const = 0;
    virtual const std::vector<NavPoint>& landmarks() const { return m_noNav; }
    /// Problems found while opening that did not stop it (missing SMIL, broken clip times, ...).
    virtual const std::vector<std::string>& warnings() const { return m_noWarnings; }
    /// Reads a resource (an image, a stylesheet) by its path inside the publication.
    virtual Result<std::string> readResource(const std::string& href) const
    {
        return makeError(ErrorCode::NotFound, "no such resource", href);
    }
    virtual const TextContent* text() const { return nullptr; }
    virtual const AudioContent* audio() const { return nullptr; }

private:
    std::vector<NavPoint> m_noNav;
    std::vector<std::string> m_noWarnings;
};

}  // namespace tingdu::media
