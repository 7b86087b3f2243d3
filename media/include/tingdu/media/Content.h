#pragma once
// The renderer-neutral content model: what a reader shows and a voice speaks.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace tingdu::media {

enum class BlockKind {
    Heading,      ///< level 1-6
    Paragraph,
    ListItem,     ///< level = nesting depth (1 = top level)
    TableCell,    ///< label holds "row,column"; header cells have `header` set
    Blockquote,
    Image,        ///< text = alt text (empty: "image without description")
    Caption,      ///< figure caption
    PageBreak,    ///< label = page label; text empty
    Note,         ///< footnote / endnote / rearnote body
    Sidebar,
    Preformatted,
};

/// Inline decoration over a block's text, as UTF-8 byte offsets [begin, end).
struct Span {
    enum class Kind { Emphasis, Strong, Language, Link, NoteReference };
    Kind kind = Kind::Emphasis;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string value;  ///< language tag (Language) or target "href#id" resolved to a block id (Link)
};

/// An inline element with an id inside a block (an EPUB media overlay's sentence <span id>), as
/// UTF-8 byte offsets [begin, end) of the block's text: narration highlights exactly that range.
struct Fragment {
    std::string id;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// One unit of content with a stable id (the source element's id when it has one).
struct Block {
    std::string id;
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;           ///< heading level, list depth
    bool header = false;     ///< table header cell
    std::string text;        ///< what a listener hears: normalised, UTF-8
    std::string language;    ///< BCP 47 tag in force for the block (inherited)
    std::string label;       ///< page label (PageBreak), "row,col" (TableCell)
    std::string role;        ///< epub:type / role when meaningful (e.g. "footnote", "sidebar")
    std::vector<Span> spans;
    std::vector<Fragment> fragments;  ///< by begin; nested ones overlap; empty elements left out
};

/// One reading-order document (an XHTML chapter, a DTBook part, a DAISY text file).
struct Document {
    std::string href;       ///< path inside the publication
    std::string title;      ///< first heading or <title>
    std::string language;
    std::vector<Block> blocks;
    /// Element ids that are not block ids (inline anchors, containers) -> the block holding them.
    std::map<std::string, std::string> anchors;
};

/// A stable reading position that survives reopening the publication.
struct Locator {
    std::size_t readingOrderIndex = 0;
    std::string href;             ///< the reading-order item
    std::string blockId;          ///< empty: start of the document
    std::size_t charOffset = 0;   ///< UTF-8 byte offset inside the block's text
    double timeSeconds = -1.0;    ///< audio position on the publication's timeline; < 0 when none
    double progression = 0.0;     ///< 0..1 over the whole publication
};

}  // namespace tingdu::media
