#include "ContentBuilder.h"

#include "ContentRules.h"
#include "EpubPaths.h"
#include "TextBuffer.h"
#include "core/Xml.h"

#include <algorithm>
#include <libxml/HTMLparser.h>
#include <unordered_set>
#include <utility>

namespace tingdu::media::epub {

namespace {

const char* const kOpsNs = "http://www.idpf.org/2007/ops";
const char* const kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::size_t kMaxContentBytes = 32u << 20;

// What a block-opening element contributes to the blocks inside it.
struct Frame {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    bool header = false;
    std::string label;
    std::string role;
    std::string id;
    std::string language;
};

class Builder {
public:
    Builder(std::string href, std::string language) : m_href(std::move(href))
    {
        m_doc.href = m_href;
        m_doc.language = std::move(language);
    }

    Document build(const xmlNode* root)
    {
        const std::string lang = languageOf(root, m_doc.language);
        m_doc.language = lang;
        for (const xmlNode* head : xml::children(root, "head"))
            for (const xmlNode* title : xml::children(head, "title"))
                m_headTitle = xml::collapseWhitespace(xml::text(title));
        if (xml::localName(root) == "svg") {
            image(root, lang);
        } else {
            Frame top;
            top.language = lang;
            m_frames.push_back(top);
            for (const xmlNode* body : xml::children(root, "body"))
                children(body, lang);
            flush();
        }
        emitPageBreaks();
        resolveAnchors();
        if (m_doc.title.empty())
            m_doc.title = m_headTitle;
        return std::move(m_doc);
    }

private:
    static std::string languageOf(const xmlNode* node, const std::string& inherited)
    {
        std::string lang = xml::attributeNs(node, "lang", kXmlNs);
        if (lang.empty())
            lang = xml::attribute(node, "lang");
        return lang.empty() ? inherited : lang;
    }

    void children(const xmlNode* parent, const std::string& lang)
    {
        for (const xmlNode* c = parent->children; c; c = c->next) {
            switch (c->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE:
                if (c->content)
                    m_text.append(reinterpret_cast<const char*>(c->content), m_preserve > 0);
                break;
            case XML_ENTITY_REF_NODE:
                // EPUB 2 books use HTML entities (&nbsp;) without their DTD: map the known names.
                if (const htmlEntityDesc* e = htmlEntityLookup(c->name)) {
                    std::string s;
                    appendUtf8(s, e->value == 0xA0 ? U' ' : e->value);
                    m_text.append(s, m_preserve > 0);
                }
                break;
            case XML_ELEMENT_NODE:
                element(c, lang);
                break;
            default:
                break;
            }
        }
    }

    void element(const xmlNode* node, const std::string& parentLang)
    {
        const std::string_view name = xml::localName(node);
        if (name == "head" || name == "script" || name == "style" || name == "template" || name == "rt" ||
            name == "rp" || name == "title")
            return;
        const std::string types = xml::attributeNs(node, "type", kOpsNs) + " " + xml::attribute(node, "role");
        if (contains(types, "pagebreak")) {
            pageBreak(node);
            return;
        }
        if (isHidden(node))
            return;
        const std::string lang = languageOf(node, parentLang);
        const std::string id = xml::attribute(node, "id");
        if (!id.empty())
            m_pendingAnchors.push_back(id);

        if (name == "img" || name == "svg" ||
            (name == "object" && contains(xml::attribute(node, "type"), "image"))) {
            image(node, lang);
            return;
        }
        if (name == "math") {
            const std::string alt = xml::attribute(node, "alttext");
            return inlineText(alt.empty() ? xml::collapseWhitespace(xml::text(node)) : alt);
        }
        if (name == "br")
            return m_text.appendSpace();
        if (isBlockElement(name))
            return block(node, name, types, id, lang);
        inlineElement(node, name, types, id, lang);
    }

    void block(const xmlNode* node, std::string_view name, const std::string& types, const std::string& id,
               const std::string& lang)
    {
        flush();
        Frame frame = m_frames.back(); // neutral containers (p, div) inherit the context's kind
        frame.id = id;
        // The first block inside <aside id="fn1"><p>... carries the container's id, so links land on it.
        if (frame.id.empty())
            std::swap(frame.id, m_frames.back().id);
        else
            m_frames.back().id.clear();
        frame.language = lang;
        if (frame.kind == BlockKind::Heading) {
            frame.kind = BlockKind::Paragraph;
            frame.level = 0;
            frame.label.clear();
        }
        const std::string note = noteRole(types);
        int listDelta = 0;
        bool tableStart = false;
        if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
            frame.kind = BlockKind::Heading;
            frame.level = name[1] - '0';
        } else if (!note.empty() &&
                   (name == "aside" || name == "li" || name == "div" || name == "section" || name == "p")) {
            frame.kind = BlockKind::Note;
            frame.role = note;
        } else if (name == "aside") {
            frame.kind = BlockKind::Sidebar;
            frame.role = "sidebar";
        } else if (name == "li") {
            frame.kind = BlockKind::ListItem;
            frame.level = std::max(1, m_listDepth);
        } else if (name == "ul" || name == "ol") {
            listDelta = 1;
        } else if (name == "blockquote") {
            frame.kind = BlockKind::Blockquote;
        } else if (name == "figcaption" || name == "caption") {
            frame.kind = BlockKind::Caption;
        } else if (name == "pre") {
            frame.kind = BlockKind::Preformatted;
        } else if (name == "table") {
            tableStart = true;
            m_tables.push_back({0, 0, false});
        } else if (name == "thead" && !m_tables.empty()) {
            m_tables.back().inHead = true;
        } else if (name == "tr" && !m_tables.empty()) {
            ++m_tables.back().row;
            m_tables.back().column = 0;
        } else if ((name == "td" || name == "th") && !m_tables.empty()) {
            auto& t = m_tables.back();
            ++t.column;
            frame.kind = BlockKind::TableCell;
            frame.header = name == "th" || t.inHead;
            frame.label = std::to_string(std::max(1, t.row)) + "," + std::to_string(t.column);
            const std::string span = xml::attribute(node, "colspan");
            if (const int extra = std::atoi(span.c_str()) - 1; extra > 0 && extra < 1000)
                t.column += extra;
        }
        if (xml::attribute(node, "role") == "heading") { // <div role="heading" aria-level="3">
            frame.kind = BlockKind::Heading;
            const std::string level = xml::attribute(node, "aria-level");
            frame.level = level.empty() ? 2 : std::clamp(std::atoi(level.c_str()), 1, 6); // 2: ARIA's default
        }
        if (contains(types, "sidebar") && name != "aside") {
            frame.kind = BlockKind::Sidebar;
            frame.role = "sidebar";
        }
        m_frames.push_back(std::move(frame));
        m_listDepth += listDelta;
        m_preserve += name == "pre" ? 1 : 0;
        children(node, lang);
        flush();
        m_preserve -= name == "pre" ? 1 : 0;
        m_listDepth -= listDelta;
        m_frames.pop_back();
        if (name == "thead" && !m_tables.empty())
            m_tables.back().inHead = false;
        if (tableStart)
            m_tables.pop_back();
    }

    void inlineElement(const xmlNode* node, std::string_view name, const std::string& types, const std::string& id,
                       const std::string& lang)
    {
        const std::size_t begin = m_text.mark();
        children(node, lang);
        if (!id.empty()) // a narrated sentence: its own range, not its whole paragraph
            m_text.addFragment(id, begin);
        if (lang != m_frames.back().language)
            m_text.addSpan(Span::Kind::Language, begin, lang);
        if (name == "em" || name == "i" || name == "cite" || name == "dfn")
            m_text.addSpan(Span::Kind::Emphasis, begin, {});
        else if (name == "strong" || name == "b")
            m_text.addSpan(Span::Kind::Strong, begin, {});
        else if (name == "a") {
            const std::string href = xml::attribute(node, "href");
            if (!href.empty()) {
                const std::string target = isExternalUrl(href) ? href : resolveHref(m_href, href);
                const bool noteRef = contains(types, "noteref");
                m_text.addSpan(noteRef ? Span::Kind::NoteReference : Span::Kind::Link, begin, target);
            }
        }
    }

    void inlineText(const std::string& text)
    {
        m_text.appendSpace();
        m_text.append(text);
        m_text.appendSpace();
    }

    void image(const xmlNode* node, const std::string& lang)
    {
        const std::string role = xml::attribute(node, "role");
        if (role == "presentation" || role == "none")
            return;
        std::string alt;
        const bool hasAlt = xmlHasProp(node, reinterpret_cast<const xmlChar*>("alt")) != nullptr;
        if (hasAlt)
            alt = xml::collapseWhitespace(xml::attribute(node, "alt"));
        if (alt.empty())
            alt = xml::collapseWhitespace(xml::attribute(node, "aria-label"));
        if (alt.empty() && xml::localName(node) == "svg")
            for (const xmlNode* title : xml::children(node, "title"))
                alt = xml::collapseWhitespace(xml::text(title));
        if (alt.empty() && hasAlt) // alt="" marks a decorative image: nothing to hear
            return;
        // Part of a sentence or a heading: the description is read in place.
        const xmlNode* parent = node->parent;
        while (parent && parent->type == XML_ELEMENT_NODE && !isBlockElement(xml::localName(parent)))
            parent = parent->parent;
        if (!alt.empty() && !m_frames.empty() &&
            (m_frames.back().kind == BlockKind::Heading || !m_text.empty() ||
             (parent && parent->type == XML_ELEMENT_NODE && hasInlineTextBesides(parent, node)))) {
            inlineText(alt);
            return;
        }
        flush();
        Block b;
        b.kind = BlockKind::Image;
        b.text = alt;
        b.language = lang;
        b.role = "image";
        emit(std::move(b), xml::attribute(node, "id"));
    }

    void pageBreak(const xmlNode* node)
    {
        Block b;
        b.kind = BlockKind::PageBreak;
        // title, then the marker's text, then aria-label: books put the bare label ("12") in the
        // first two and a spoken name ("Page 12") in the last, which the page list does not use.
        b.label = xml::collapseWhitespace(xml::attribute(node, "title"));
        if (b.label.empty())
            b.label = xml::collapseWhitespace(xml::text(node));
        if (b.label.empty())
            b.label = xml::collapseWhitespace(xml::attribute(node, "aria-label"));
        b.role = "pagebreak";
        b.id = xml::attribute(node, "id");
        b.language = m_frames.empty() ? m_doc.language : m_frames.back().language;
        // Inside a paragraph: announced before the paragraph rather than splitting a sentence.
        m_pendingBreaks.push_back(std::move(b));
        if (m_text.empty())
            emitPageBreaks();
    }

    void emitPageBreaks()
    {
        for (auto& b : m_pendingBreaks) {
            std::string id = std::move(b.id);
            emit(std::move(b), id, false);
        }
        m_pendingBreaks.clear();
    }

    // Ends the current text block, if it has text.
    void flush()
    {
        emitPageBreaks();
        if (m_text.empty())
            return;
        Frame& f = m_frames.back();
        Block b;
        b.kind = f.kind;
        b.level = f.level;
        b.header = f.header;
        b.label = f.label;
        b.role = f.role;
        b.language = f.language;
        m_text.takeInto(b);
        // A frame split by nested blocks gives its id to its first block only.
        emit(std::move(b), std::exchange(f.id, {}));
    }

    void emit(Block b, const std::string& preferredId, bool takesAnchors = true)
    {
        if (!preferredId.empty() && m_usedIds.insert(preferredId).second) {
            b.id = preferredId;
        } else {
            std::size_t n = m_doc.blocks.size();
            do
                b.id = "_b" + std::to_string(n++);
            while (!m_usedIds.insert(b.id).second);
        }
        if (b.kind == BlockKind::Heading && m_doc.title.empty())
            m_doc.title = b.text;
        if (takesAnchors) {
            for (auto& anchor : m_pendingAnchors)
                if (anchor != b.id)
                    m_doc.anchors.emplace(std::move(anchor), b.id);
            m_pendingAnchors.clear();
        }
        m_doc.blocks.push_back(std::move(b));
    }

    // Same-document links point at the block holding their target.
    void resolveAnchors()
    {
        const std::string prefix = m_href + "#";
        for (auto& block : m_doc.blocks)
            for (auto& span : block.spans) {
                if ((span.kind != Span::Kind::Link && span.kind != Span::Kind::NoteReference) ||
                    span.value.compare(0, prefix.size(), prefix) != 0)
                    continue;
                const auto it = m_doc.anchors.find(span.value.substr(prefix.size()));
                if (it != m_doc.anchors.end())
                    span.value = prefix + it->second;
            }
    }

    struct Table {
        int row = 0;
        int column = 0;
        bool inHead = false;
    };

    std::string m_href;
    std::string m_headTitle;
    Document m_doc;
    TextBuffer m_text;
    std::vector<Frame> m_frames;
    std::vector<Table> m_tables;
    std::vector<Block> m_pendingBreaks;
    std::vector<std::string> m_pendingAnchors;
    std::unordered_set<std::string> m_usedIds;
    int m_listDepth = 0;
    int m_preserve = 0;
};

} // namespace

Result<Document> buildDocument(std::string_view bytes, const std::string& href,
                               const std::string& defaultLanguage)
{
    xml::Options options;
    options.maxBytes = kMaxContentBytes;
    options.keepBlanks = true; // "<em>a</em> <em>b</em>": that space is a word boundary
    auto doc = xml::parseXml(bytes, href, options);
    if (!doc && doc.error().code == ErrorCode::Corrupt)
        doc = xml::parseHtml(bytes, href, options);
    if (!doc)
        return doc.error();
    return Builder(href, defaultLanguage).build(xml::root(*doc));
}

} // namespace tingdu::media::epub
