#include "BookRenderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace tingdu::client {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// lupdate files tr() calls in this namespace under its name; look them up there.
QString tr(const char* text)
{
    return QCoreApplication::translate("tingdu::client", text);
}

/// What a block shows: its text, with a spoken-style prefix where the kind is not visible.
QString displayText(const media::Block& b)
{
    switch (b.kind) {
    case media::BlockKind::Image:
        return b.text.empty() ? tr("[Image without description]") : tr("[Image: %1]").arg(qs(b.text));
    case media::BlockKind::PageBreak:
        return tr("Page %1").arg(qs(b.label));
    case media::BlockKind::ListItem:
        return QStringLiteral("• ") + qs(b.text);
    default:
        return qs(b.text);
    }
}

/// The block holding element ID: readers that record inline anchors map them to their block.
template <typename Doc>
std::string anchorTarget(const Doc& doc, const std::string& id)
{
    if constexpr (requires { doc.anchors.find(id); }) {
        if (auto a = doc.anchors.find(id); a != doc.anchors.end())
            return a->second;
    }
    return id;
}

int prefixLength(const media::Block& b)
{
    return b.kind == media::BlockKind::ListItem ? 2 : 0;
}

}  // namespace

int BookRenderer::utf16Offset(const std::string& utf8, std::size_t bytes)
{
    bytes = std::min(bytes, utf8.size());
    return static_cast<int>(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(bytes)).size());
}

void BookRenderer::render(const std::vector<media::Document>& documents, const ReaderStyle& style,
                          QTextDocument& target)
{
    m_blocks.clear();
    target.clear();
    QFont base = target.defaultFont();
    if (!style.fontFamily.isEmpty())
        base.setFamily(style.fontFamily);
    base.setPointSize(style.pointSize);
    base.setLetterSpacing(QFont::PercentageSpacing, style.letterSpacingPercent);
    target.setDefaultFont(base);
    target.setDocumentMargin(12);

    QTextCursor cursor(&target);
    cursor.beginEditBlock();
    bool first = true;
    for (int d = 0; d < static_cast<int>(documents.size()); ++d) {
        const auto& blocks = documents[static_cast<std::size_t>(d)].blocks;
        for (int i = 0; i < static_cast<int>(blocks.size()); ++i) {
            const media::Block& b = blocks[static_cast<std::size_t>(i)];
            QTextBlockFormat bf;
            bf.setLineHeight(style.lineSpacingPercent, QTextBlockFormat::ProportionalHeight);
            bf.setBottomMargin(style.pointSize * 0.6);
            QTextCharFormat cf;
            cf.setFont(base);
            switch (b.kind) {
            case media::BlockKind::Heading: {
                const int level = std::clamp(b.level, 1, 6);
                bf.setHeadingLevel(level);
                bf.setTopMargin(style.pointSize * 0.8);
                cf.setFontWeight(QFont::Bold);
                cf.setFontPointSize(style.pointSize * (1.0 + (7 - level) * 0.12));
                break;
            }
            case media::BlockKind::ListItem:
                bf.setIndent(std::max(1, b.level));
                break;
            case media::BlockKind::Blockquote:
            case media::BlockKind::Note:
            case media::BlockKind::Sidebar:
                bf.setLeftMargin(style.pointSize * 2);
                break;
            case media::BlockKind::PageBreak:
            case media::BlockKind::Caption:
                cf.setFontItalic(true);
                break;
            case media::BlockKind::Preformatted:
                cf.setFontFamilies({QStringLiteral("monospace")});
                bf.setNonBreakableLines(true);
                break;
            default:
                break;
            }
            if (first) {
                cursor.setBlockFormat(bf);
                cursor.setBlockCharFormat(cf);
                first = false;
            } else {
                cursor.insertBlock(bf, cf);
            }
            const QString text = displayText(b);
            const int start = cursor.position();
            cursor.insertText(text, cf);
            // Links and note references: anchors the reader follows with Enter.
            const int offset = start + (b.kind == media::BlockKind::ListItem ? prefixLength(b) : 0);
            if (b.kind != media::BlockKind::Image && b.kind != media::BlockKind::PageBreak) {
                for (const media::Span& span : b.spans) {
                    QTextCursor c(&target);
                    c.setPosition(offset + utf16Offset(b.text, span.begin));
                    c.setPosition(offset + utf16Offset(b.text, span.end), QTextCursor::KeepAnchor);
                    QTextCharFormat f;
                    switch (span.kind) {
                    case media::Span::Kind::Emphasis: f.setFontItalic(true); break;
                    case media::Span::Kind::Strong: f.setFontWeight(QFont::Bold); break;
                    case media::Span::Kind::Link:
                    case media::Span::Kind::NoteReference:
                        f.setAnchor(true);
                        f.setAnchorHref(qs(span.value));
                        f.setFontUnderline(true);
                        break;
                    case media::Span::Kind::Language: break;
                    }
                    c.mergeCharFormat(f);
                }
            }
            m_blocks.append({d, i, offset, static_cast<int>(text.size()) - (offset - start)});
        }
    }
    cursor.endEditBlock();
}

int BookRenderer::blockAt(int position) const
{
    auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), position,
                               [](int p, const RenderedBlock& b) { return p < b.position; });
    return it == m_blocks.cbegin() ? (m_blocks.isEmpty() ? -1 : 0) : static_cast<int>(it - m_blocks.cbegin()) - 1;
}

int BookRenderer::find(int document, int block) const
{
    auto it = std::lower_bound(m_blocks.cbegin(), m_blocks.cend(), std::pair{document, block},
                               [](const RenderedBlock& b, std::pair<int, int> key) {
                                   return std::pair{b.document, b.block} < key;
                               });
    return it != m_blocks.cend() && it->document == document && it->block == block
        ? static_cast<int>(it - m_blocks.cbegin())
        : -1;
}

int BookRenderer::findId(const std::vector<media::Document>& documents, int document, const std::string& id) const
{
    if (document < 0 || document >= static_cast<int>(documents.size()))
        return -1;
    const auto& doc = documents[static_cast<std::size_t>(document)];
    const std::string blockId = anchorTarget(doc, id);
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
        if (doc.blocks[i].id == blockId)
            return find(document, static_cast<int>(i));
    return -1;
}

int BookRenderer::firstOf(int document) const
{
    for (int i = 0; i < m_blocks.size(); ++i)
        if (m_blocks[i].document >= document)
            return m_blocks[i].document == document ? i : -1;
    return -1;
}

}  // namespace tingdu::client
