#pragma once
// The publication both DAISY readers build: metadata and navigation from the NCC or NCX, the
// phrases and clips of the SMIL files laid end to end as one timeline, and the text files.
// The readers fill it through the protected builder calls, then hand it out as a Publication.
#include "BookSource.h"
#include "ContentText.h"
#include "smil/Smil.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/Publication.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tingdu::media::daisy {

class DaisyBook final : public Publication, public AudioContent, public TextContent, public PhraseContent {
public:
    DaisyBook(Format format, std::unique_ptr<BookSource> source)
        : m_format(format), m_source(std::move(source))
    {}

    // Publication
    Format format() const override { return m_format; }
    const Metadata& metadata() const override { return m_metadata; }
    const std::vector<ReadingOrderItem>& readingOrder() const override { return m_readingOrder; }
    const std::vector<NavPoint>& toc() const override { return m_toc; }
    const std::vector<NavPoint>& pageList() const override { return m_pageList; }
    const std::vector<std::string>& warnings() const override { return m_warnings; }
    Result<std::string> readResource(const std::string& href) const override;
    const TextContent* text() const override { return m_textFiles.empty() ? nullptr : this; }
    const AudioContent* audio() const override { return m_clips.empty() ? nullptr : this; }

    // AudioContent
    const std::vector<AudioClip>& clips() const override { return m_clips; }
    // TextContent
    std::size_t documentCount() const override { return m_textFiles.size(); }
    Result<Document> document(std::size_t index) const override;
    // PhraseContent
    const std::vector<Phrase>& phrases() const override { return m_phrases; }
    const std::vector<NavList>& navLists() const override { return m_navLists; }
    std::optional<TextRange> resolveText(std::string_view textRef) const override;
    Skippable defaultSkipped() const override { return m_defaultSkipped; }
    void setDefaultSkipped(Skippable kinds) { m_defaultSkipped = kinds; }

    // Builder side, used by the readers while opening.
    const BookSource& source() const { return *m_source; }
    Metadata& editMetadata() { return m_metadata; }
    void warn(std::string message) { m_warnings.push_back(std::move(message)); }
    /// Reads and appends one SMIL file (a book-relative path) to the timeline; a missing or broken
    /// file becomes a warning. Returns false when it could not be read at all.
    bool appendSmil(const std::string& smilHref, const smil::CustomTests& tests = {});
    /// The phrase an NCC/NCX link ("file.smil#id", relative to BASE_FILE) starts at.
    std::optional<std::size_t> phraseFor(const std::string& baseFile, const std::string& href) const;
    /// Makes a nav point for a link: time and text href from its phrase; warns when unresolved.
    NavPoint navPoint(const std::string& title, int level, const std::string& baseFile,
                      const std::string& href, std::string type = {});
    void addToc(NavPoint p) { m_toc.push_back(std::move(p)); }
    void addPage(NavPoint p) { m_pageList.push_back(std::move(p)); }
    void addToNavList(const std::string& name, NavPoint p);
    /// Adds a text file (book-relative) to the text content, once.
    void addTextFile(const std::string& href, bool dtbook);
    /// Text files referenced by the phrases, in first-use order.
    std::vector<std::string> referencedTextFiles() const;
    /// Sets durationSeconds from the timeline; compares with the declared total time.
    void finishTimeline(std::optional<double> declaredTotal, const std::string& declaredText);

private:
    struct TextFile {
        std::string href;
        bool dtbook = false;
    };
    std::optional<std::string> audioPath(const std::string& audioHref, const std::string& smilHref);
    const ParsedText* parsedText(std::size_t index) const;

    Format m_format;
    std::unique_ptr<BookSource> m_source;
    Metadata m_metadata;
    std::vector<ReadingOrderItem> m_readingOrder;
    std::vector<NavPoint> m_toc;
    std::vector<NavPoint> m_pageList;
    std::vector<NavList> m_navLists;
    std::vector<std::string> m_warnings;
    std::vector<AudioClip> m_clips;
    std::vector<Phrase> m_phrases;
    double m_duration = 0;
    Skippable m_defaultSkipped = Skippable::None;
    std::map<std::string, std::size_t> m_smilStart; ///< smil href → its first phrase
    std::map<std::string, std::map<std::string, std::size_t, std::less<>>>
        m_smilAnchors;         ///< per SMIL: id → phrase
    double m_smilDuration = 0; ///< what the SMIL files declare, playable or not
    std::map<std::string, std::optional<std::string>> m_audioPaths; ///< audio href → local path
    struct Missing {
        std::size_t phrases = 0;
        double seconds = 0;
    };
    std::map<std::string, Missing> m_missingAudio;               ///< audio href → what stays silent
    std::map<std::string, std::optional<double>> m_audioLengths; ///< local path → probed length
    std::vector<TextFile> m_textFiles;
    mutable std::map<std::size_t, ParsedText> m_parsed;
};

/// Parses a DAISY clock value for totalTime metadata, warning-free: nullopt when unreadable.
std::optional<double> parseTotalTime(const std::string& text);

} // namespace tingdu::media::daisy
