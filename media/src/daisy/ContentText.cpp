// One walker for DTBook and XHTML: the element names overlap (h1-h6, p, li, table, img) and the
// DAISY-specific ones (levelN/hd, pagenum, note, sidebar, prodnote) map onto the same blocks.
#include "ContentText.h"

#include "DaisyMarkup.h"
#include "core/Xml.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>

namespace tingdu::media::daisy {

namespace {

bool hasClass(const xmlNode* node, std::string_view cls)
{
    const std::string classes = " " + xml::attribute(node, "class") + " ";
    return classes.find(" " + std::string(cls) + " ") != std::string::npos;
}

class TextWalker {
public:
    explicit TextWalker(bool dtbook) : m_dtbook(dtbook) {}

    ParsedText run(const xmlNode* root, const std::string& href)
    {
        m_out.document.href = href;
        m_out.document.language = language(root);
        const xmlNode* start = root;
        if (!m_dtbook)
            for (const xmlNode* body : xml::children(root, "body"))
                start = body;
        if (!m_dtbook)
            for (const xmlNode* head : xml::children(root, "head"))
                for (const xmlNode* title : xml::children(head, "title"))
                    m_out.document.title = xml::collapseWhitespace(xml::text(title));
        walkChildren(start, m_out.document.language);
        flush();
        for (const Block& b : m_out.document.blocks)
            if (b.kind == BlockKind::Heading && !b.text.empty()) {
                if (m_out.document.title.empty() || m_dtbook)
                    m_out.document.title = b.text;
                break;
            }
        return std::move(m_out);
    }

private:
    static std::string language(const xmlNode* node)
    {
        std::string lang = xml::attributeNs(node, "lang", "http://www.w3.org/XML/1998/namespace");
        return lang.empty() ? xml::attribute(node, "lang") : lang;
    }

    // What kind of block an element starts, if any; CONTAINER elements only set context.
    std::optional<BlockKind> blockKind(const xmlNode* n, std::string_view name, int& level) const
    {
        if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
            level = name[1] - '0';
            return BlockKind::Heading;
        }
        if (name == "hd" || name == "levelhd" || name == "doctitle" || name == "bridgehead") {
            level = name == "doctitle" ? 1 : std::clamp(m_depth + (name == "bridgehead" ? 1 : 0), 1, 6);
            return BlockKind::Heading;
        }
        if (name == "pagenum" || hasClass(n, "page-normal") || hasClass(n, "page-front") ||
            hasClass(n, "page-special"))
            return BlockKind::PageBreak;
        if (name == "li" || name == "dt" || name == "dd") {
            level = std::max(1, m_listDepth);
            return BlockKind::ListItem;
        }
        if (name == "td" || name == "th")
            return BlockKind::TableCell;
        if (name == "img")
            return BlockKind::Image;
        if (name == "caption" || name == "figcaption")
            return BlockKind::Caption;
        if (name == "pre")
            return BlockKind::Preformatted;
        if (name == "p" || name == "line" || name == "docauthor" || name == "covertitle" ||
            name == "byline" || name == "dateline" || name == "author" || name == "address")
            return m_role == "note"      ? BlockKind::Note
                   : m_role == "sidebar" ? BlockKind::Sidebar
                                         : BlockKind::Paragraph;
        return std::nullopt;
    }

    static std::string roleOf(const xmlNode* n, std::string_view name)
    {
        if (name == "note" || hasClass(n, "notebody") || hasClass(n, "footnote") || hasClass(n, "note"))
            return "note";
        if (name == "sidebar" || hasClass(n, "sidebar"))
            return "sidebar";
        if (name == "prodnote" || hasClass(n, "prodnote") || hasClass(n, "optional-prodnote"))
            return "prodnote";
        if (name == "annotation")
            return "annotation";
        return {};
    }

    void walkChildren(const xmlNode* node, const std::string& lang)
    {
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
                appendText(c->content ? reinterpret_cast<const char*>(c->content) : "", lang);
            else if (c->type == XML_ELEMENT_NODE)
                element(c, lang);
        }
    }

    void element(const xmlNode* n, const std::string& outerLang)
    {
        const std::string_view name = xml::localName(n);
        if (name == "head" || name == "script" || name == "style")
            return;
        std::string lang = language(n);
        if (lang.empty())
            lang = outerLang;
        const std::string id = xml::attribute(n, "id");
        const std::string savedRole = m_role;
        const int savedDepth = m_depth, savedList = m_listDepth;
        if (std::string role = roleOf(n, name); !role.empty())
            m_role = role;
        if (name.substr(0, 5) == "level")
            m_depth = name.size() == 6 ? name[5] - '0' : m_depth + 1;
        if (name == "list" || name == "ul" || name == "ol" || name == "dl")
            ++m_listDepth;
        if (name == "table")
            m_row = 0;
        if (name == "tr") {
            ++m_row;
            m_column = 0;
        }
        int level = 0;
        if (auto kind = blockKind(n, name, level)) {
            flush();
            startBlock(*kind, level, id, lang);
            if (*kind == BlockKind::TableCell) {
                m_block.header = name == "th";
                m_block.label = std::to_string(std::max(1, m_row)) + "," + std::to_string(++m_column);
            }
            if (*kind == BlockKind::Image)
                m_block.text = xml::collapseWhitespace(xml::attribute(n, "alt"));
            if (*kind == BlockKind::PageBreak)
                m_block.label = xml::collapseWhitespace(xml::text(n));
            else
                walkChildren(n, lang);
            anchor(id, 0);
            flush();
        } else if (name == "br") {
            appendText(" ", lang);
        } else if (!isInline(name)) {
            // A container (div, level, list, table, sidebar): its loose text is a block of its own.
            flush();
            const std::size_t blockIndex = m_out.document.blocks.size();
            walkChildren(n, lang);
            flush();
            if (!id.empty() && m_out.document.blocks.size() > blockIndex)
                m_out.anchors.emplace(id, TextAnchor{blockIndex, 0, 0});
        } else {
            const std::size_t begin = m_open ? m_block.text.size() : 0;
            const std::size_t blockIndex = m_out.document.blocks.size();
            walkInline(n, name, lang);
            if (!id.empty() && m_open && m_out.document.blocks.size() == blockIndex)
                m_out.anchors.emplace(
                    id, TextAnchor{blockIndex, begin + leadingSpace(begin), m_block.text.size()});
            else if (!id.empty() && m_out.document.blocks.size() > blockIndex)
                m_out.anchors.emplace(id, TextAnchor{blockIndex, 0, 0});
        }
        m_role = savedRole;
        m_depth = savedDepth;
        m_listDepth = savedList;
    }

    static bool isInline(std::string_view name)
    {
        static constexpr std::string_view inlineNames[] = {
            "span",    "a",   "em",   "strong",  "b",       "i",   "u",    "s",    "sent", "w",    "abbr",
            "acronym", "sub", "sup",  "noteref", "annoref", "q",   "cite", "code", "kbd",  "dfn",  "bdo",
            "small",   "big", "font", "lic",     "samp",    "var", "tt",   "ins",  "del",  "mark", "time"};
        return std::find(std::begin(inlineNames), std::end(inlineNames), name) != std::end(inlineNames);
    }

    std::size_t leadingSpace(std::size_t at) const
    {
        return at < m_block.text.size() && m_block.text[at] == ' ' ? 1 : 0;
    }

    void walkInline(const xmlNode* n, std::string_view name, const std::string& lang)
    {
        std::optional<Span::Kind> kind;
        std::string value;
        if (name == "em" || name == "i")
            kind = Span::Kind::Emphasis;
        else if (name == "strong" || name == "b")
            kind = Span::Kind::Strong;
        else if (name == "noteref" || name == "annoref" || hasClass(n, "noteref")) {
            kind = Span::Kind::NoteReference;
            value = xml::attribute(n, "idref");
            if (value.empty())
                value = xml::attribute(n, "href");
        } else if (name == "a" && !xml::attribute(n, "href").empty()) {
            kind = Span::Kind::Link;
            value = xml::attribute(n, "href");
        } else if (!language(n).empty() && language(n) != m_block.language) {
            kind = Span::Kind::Language;
            value = lang;
        }
        const std::size_t begin = m_open ? m_block.text.size() : 0;
        walkChildren(n, lang);
        if (kind && m_open && m_block.text.size() > begin)
            m_block.spans.push_back(Span{*kind, begin + leadingSpace(begin), m_block.text.size(), value});
    }

    void startBlock(BlockKind kind, int level, const std::string& id, const std::string& lang)
    {
        m_block = Block{};
        m_block.kind = kind;
        m_block.level = level;
        m_block.id = id.empty() ? "block-" + std::to_string(m_out.document.blocks.size()) : id;
        m_block.language = lang;
        m_block.role = m_role;
        m_open = true;
        m_pendingSpace = false;
    }

    void appendText(const char* text, const std::string& lang)
    {
        if (!m_open) {
            if (std::all_of(text, text + std::strlen(text),
                            [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
                return;
            // Loose text in a container (a DTBook level, an XHTML div) becomes its own paragraph.
            startBlock(m_role == "note"      ? BlockKind::Note
                       : m_role == "sidebar" ? BlockKind::Sidebar
                                             : BlockKind::Paragraph,
                       0, {}, lang);
        }
        for (const char* p = text; *p; ++p) {
            if (std::isspace(static_cast<unsigned char>(*p))) {
                m_pendingSpace = !m_block.text.empty();
            } else {
                if (m_pendingSpace)
                    m_block.text += ' ';
                m_pendingSpace = false;
                m_block.text += *p;
            }
        }
    }

    void anchor(const std::string& id, std::size_t begin)
    {
        if (!id.empty() && m_open)
            m_out.anchors.emplace(id, TextAnchor{m_out.document.blocks.size(), begin, m_block.text.size()});
    }

    void flush()
    {
        if (!m_open)
            return;
        m_open = false;
        if (m_block.text.empty() && m_block.kind != BlockKind::Image &&
            m_block.kind != BlockKind::PageBreak && m_block.kind != BlockKind::TableCell)
            return;
        m_out.document.blocks.push_back(std::move(m_block));
    }

    bool m_dtbook;
    ParsedText m_out;
    Block m_block;
    bool m_open = false;
    bool m_pendingSpace = false;
    std::string m_role;
    int m_depth = 0;
    int m_listDepth = 0;
    int m_row = 0;
    int m_column = 0;
};

} // namespace

Result<ParsedText> parseDtbook(std::string_view bytes, const std::string& href)
{
    auto doc = parseTextXml(bytes, href, true);
    if (!doc)
        return doc.error();
    const xmlNode* root = xml::root(*doc);
    if (!xml::isElement(root, "dtbook"))
        return makeError(ErrorCode::Corrupt, "not a DTBook document (no <dtbook> root element)", href);
    const xmlNode* start = root;
    for (const xmlNode* book : xml::children(root, "book"))
        start = book;
    ParsedText out = TextWalker(true).run(start, href);
    if (out.document.language.empty())
        out.document.language = xml::attributeNs(root, "lang", "http://www.w3.org/XML/1998/namespace");
    return out;
}

Result<ParsedText> parseXhtmlContent(std::string_view bytes, const std::string& href)
{
    auto doc = parseMarkup(bytes, href);
    if (!doc)
        return doc.error();
    return TextWalker(false).run(xml::root(*doc), href);
}

} // namespace tingdu::media::daisy
