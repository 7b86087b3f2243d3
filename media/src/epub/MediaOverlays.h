#pragma once
// EPUB 3 media overlays: the SMIL files of the spine become one timeline of audio clips, each
// tied to the text it narrates. Audio inside a zip is extracted once to a private cache folder,
// because the audio engine opens files and URLs, not zip entries.
#include "EpubPackage.h"
#include "EpubSource.h"
#include "tingdu/media/DaisyNavigation.h"

#include <string>
#include <vector>

namespace tingdu::media::epub {

/// One SMIL par: its clips in Overlays::clips and how a player may treat it.
struct OverlayPar {
    std::size_t firstClip = 0;
    std::size_t clipCount = 0;
    std::string smilRef; ///< "chapter.smil#parId"
    std::string textRef; ///< "chapter.xhtml#id"
    std::string type;    ///< epub:type of the par or its seq ("pagebreak", "footnote", "table")
    Skippable skippable = Skippable::None; ///< page numbers, notes: a player may leave them out
    std::string escapableId;               ///< the table, list or sidebar the listener may escape from, or ""
};

struct Overlays {
    std::vector<AudioClip> clips;
    std::vector<OverlayPar> pars;
    std::vector<std::string> warnings;
};

/// Reads every overlay the package names, in reading order. Unreadable SMIL files and audio
/// become warnings; an error only when the audio cannot be made available at all (Io).
Result<Overlays> readMediaOverlays(const EpubSource& source, const Package& package);

} // namespace tingdu::media::epub
