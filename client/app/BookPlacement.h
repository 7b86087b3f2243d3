#pragma once
// Which place opens a book, decided from what it holds (not from its file type):
//   - text with synchronised narration (EPUB media overlays, full-text DAISY 2.02 / 3)
//       → the Reader, which plays the narration and highlights the text being narrated;
//   - audio-only DAISY (its SMIL points only at the NCC) and audiobooks → the Player;
//   - text without audio (EPUB, text-only DAISY 3: textNCX + DTBook) → the Reader, read aloud by TTS.
// Plain C++ over tingdu_media, so the rule is tested without a window.
#include "tingdu/media/Publication.h"

namespace tingdu::client {

enum class BookPlace { Reader, Player, Nowhere };

struct Placement {
    BookPlace place = BookPlace::Nowhere;
    bool narration = false;  ///< the Reader plays the book's own narration, synchronised
};

/// Decides where PUBLICATION opens. Cheap for EPUB (overlay audio is not extracted); reads the
/// already-parsed phrases of DAISY books. Thread: any, not concurrently with other users.
Placement placeFor(const media::Publication& publication);

}  // namespace tingdu::client
