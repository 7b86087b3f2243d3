#pragma once
// Lays a whole book's content blocks into one QTextDocument with the reader's own styling
// (font, size, spacing, theme colours; the publisher's CSS is never used), and remembers where
// each block starts, so navigation, highlighting and positions map between the two.
#include <QString>
#include <QVector>
#include <vector>

#include "tingdu/media/Content.h"

class QTextDocument;

namespace tingdu::client {

struct ReaderStyle {
    QString fontFamily;       ///< empty: the application font
    int pointSize = 16;
    int lineSpacingPercent = 150;
    int letterSpacingPercent = 100;
};

/// Where one content block sits in the rendered document.
struct RenderedBlock {
    int document = 0;   ///< index into the book's text documents
    int block = 0;      ///< index into Document::blocks
    int position = 0;   ///< character position in the QTextDocument
    int length = 0;     ///< characters of its text
};

class BookRenderer {
public:
    /// Fills TARGET (cleared first) from DOCUMENTS.
    void render(const std::vector<media::Document>& documents, const ReaderStyle& style, QTextDocument& target);

    const QVector<RenderedBlock>& blocks() const { return m_blocks; }
    /// Index into blocks() of the block holding POSITION (the last one starting at or before it).
    int blockAt(int position) const;
    /// Index into blocks() of (DOCUMENT, BLOCK), or -1.
    int find(int document, int block) const;
    /// Index of the block with element id ID in DOCUMENT (anchors resolved), or -1.
    int findId(const std::vector<media::Document>& documents, int document, const std::string& id) const;
    /// First rendered block of DOCUMENT, or -1.
    int firstOf(int document) const;

    /// QString index of UTF-8 byte offset BYTES in UTF8.
    static int utf16Offset(const std::string& utf8, std::size_t bytes);

private:
    QVector<RenderedBlock> m_blocks;
};

}  // namespace tingdu::client
