#pragma once
// SMIL as talking books use it: DAISY 2.02 (SMIL 1.0), DAISY 3 (SMIL 2.0 subset) and EPUB 3
// media overlays (SMIL 3.0). A document flattens to the ordered list of `par`s a player steps
// through, each with its text reference, audio clips and skippable/escapable classification.
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/Result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tingdu::media::smil {

/// SMIL 2.0/3.0 clock value in seconds: "0:00:01.234", "00:01.5", "1.5s", "1500ms", "2min",
/// "1h", "12.3". nullopt for anything else (negative, empty, garbage, a trailing unit typo).
std::optional<double> parseClockValue(std::string_view text);
/// A clip-begin/clip-end value of SMIL 1.0 ("npt=1.234s", "npt=0:01:02.5") or a clock value.
/// SMPTE forms are not supported (nullopt).
std::optional<double> parseClipTime(std::string_view text);

/// Kinds of skippable content (bit flags); the public enum, so players and parsers share it.
using media::Skippable;

/// Classifies a customTest id, a DAISY 3 NCX bookStruct ("PAGE_NUMBER", "OPTIONAL_SIDEBAR"), a
/// SMIL 1.0 system-required value ("footnote-on") or an epub:type ("pagebreak", "footnote").
/// Words that are not skippable give None.
Skippable classifySkippable(std::string_view name);
/// True for the epub:type values the Media Overlays spec lists as escapable (sidebar, note,
/// table, list, ...) and for DAISY structures of the same kind.
bool isEscapableType(std::string_view name);

struct Clip {
    std::string src; ///< as written, relative to the SMIL document
    double begin = 0;
    double end = -1; ///< < 0: to the end of the source
};

struct Par {
    std::string id;                        ///< the par's id, or a generated "#n" when it has none
    std::string textId;                    ///< the text element's own id (DAISY 2.02 NCCs may link to it)
    std::string textSrc;                   ///< "file.xhtml#id" as written, "" when the par has no text
    std::vector<Clip> audio;               ///< usually one; SMIL 1.0 pars may hold a seq of several
    Skippable skippable = Skippable::None; ///< of the par or any seq holding it
    std::string escapableId;               ///< id of the outermost escapable structure holding it, or ""
    std::string type;                      ///< epub:type / class / customTest as written (nearest one)
};

/// What to call skippable kinds by customTest id; the DAISY 3 reader fills it from the NCX
/// (smilCustomTest id → bookStruct). Ids not in the map are classified by their own name.
using CustomTests = std::map<std::string, Skippable, std::less<>>;

struct Document {
    std::vector<Par> pars; ///< in playback order
    /// Every id in the document (par, text, audio, seq) → index of the first par it starts at.
    std::map<std::string, std::size_t, std::less<>> anchors;
    double declaredDuration = -1;      ///< body seq dur or ncc:timeInThisSmil; < 0 when absent
    std::string title;                 ///< meta "title" (DAISY 2.02), may be empty
    std::vector<std::string> warnings; ///< broken clip times and the like, one sentence each

    /// Index of the par a fragment ("tcp7", "#tcp7") starts at.
    std::optional<std::size_t> find(std::string_view fragment) const;
};

/// Parses a SMIL document. SUBJECT names it in errors and warnings. Errors: TooLarge,
/// UnsafeContent, Corrupt (nothing readable, or no SMIL body).
Result<Document> parse(std::string_view bytes, const std::string& subject, const CustomTests& tests = {});

} // namespace tingdu::media::smil
