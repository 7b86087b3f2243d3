// Flattens a SMIL body into the pars a player steps through. The three flavours differ in
// attribute names (clip-begin / clipBegin), in how skippable content is marked (system-required,
// customTest, epub:type) and in nesting (audio inside <a> or an inner <seq>); all end up as Par.
#include "Smil.h"

#include "core/Xml.h"

namespace tingdu::media::smil {

namespace {

struct Context {
    Skippable skippable = Skippable::None;
    std::string escapableId;
    std::string type;
};

class Flattener {
public:
    Flattener(Document& doc, const std::string& subject, const CustomTests& tests)
        : m_doc(doc), m_subject(subject), m_tests(tests)
    {}

    void walk(const xmlNode* node, const Context& outer) { walkNodes(xml::children(node), outer); }

private:
    void walkNodes(const std::vector<xmlNode*>& nodes, const Context& outer)
    {
        for (const xmlNode* child : nodes) {
            const std::string_view name = xml::localName(child);
            // A lone text or audio element in a seq plays as a phrase of its own.
            if (name == "par" || name == "text" || name == "audio")
                addPar(child, outer);
            else if (name == "switch")
                walkFirstChoice(child, outer);
            else if (name != "img" && name != "meta")
                walkContainer(child, outer);
        }
    }

    // SMIL picks the first acceptable child of a switch; DAISY books put the preferred one first.
    void walkFirstChoice(const xmlNode* node, const Context& outer)
    {
        auto choices = xml::children(node);
        if (choices.size() > 1)
            choices.resize(1);
        walkNodes(choices, outer);
    }

    void walkContainer(const xmlNode* node, const Context& outer)
    {
        const Context inner = contextFor(node, outer);
        const std::size_t start = m_doc.pars.size();
        walk(node, inner);
        anchor(node, start);
    }

    Context contextFor(const xmlNode* node, const Context& outer) const
    {
        Context c = outer;
        const std::string test = xml::attribute(node, "customTest");
        const std::string required = xml::attribute(node, "system-required");
        const std::string epubType = xml::attribute(node, "type");
        const std::string cls = xml::attribute(node, "class");
        c.skippable =
            c.skippable | classifyTests(test) | classifySkippable(required) | classifySkippable(epubType);
        for (const std::string* t : {&epubType, &test, &required, &cls})
            if (!t->empty()) {
                c.type = *t;
                break;
            }
        const bool escapable = xml::attribute(node, "end").find("DTBuserEscape") != std::string::npos ||
                               isEscapableType(epubType) || isEscapableType(cls);
        if (escapable && c.escapableId.empty()) {
            const std::string id = xml::attribute(node, "id");
            c.escapableId = id.empty() ? "#escapable" + std::to_string(m_doc.pars.size()) : id;
        }
        return c;
    }

    Skippable classifyTests(const std::string& tests) const
    {
        Skippable out = Skippable::None;
        std::size_t pos = 0;
        while (pos < tests.size()) {
            const auto end = tests.find(' ', pos);
            const std::string id =
                tests.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
            if (!id.empty()) {
                const auto known = m_tests.find(id);
                Skippable kind = known != m_tests.end() ? known->second : classifySkippable(id);
                // An unknown test still makes the content optional for the player.
                out = out | (any(kind) ? kind : Skippable::Other);
            }
            if (end == std::string::npos)
                break;
            pos = end + 1;
        }
        return out;
    }

    void addPar(const xmlNode* node, const Context& outer)
    {
        const Context c = contextFor(node, outer);
        Par par;
        par.id = xml::attribute(node, "id");
        par.skippable = c.skippable;
        par.escapableId = c.escapableId;
        par.type = c.type;
        const std::string where = m_subject + ": " + (par.id.empty() ? "a par" : "par " + par.id) + ": ";
        auto takeText = [&](const xmlNode* t) {
            if (par.textSrc.empty()) {
                par.textSrc = xml::attribute(t, "src");
                par.textId = xml::attribute(t, "id");
            }
        };
        if (xml::isElement(node, "text"))
            takeText(node);
        else
            for (const xmlNode* t : xml::descendants(node, "text"))
                takeText(t);
        std::vector<const xmlNode*> audio;
        if (xml::isElement(node, "audio"))
            audio.push_back(node);
        else
            for (const xmlNode* a : xml::descendants(node, "audio"))
                audio.push_back(a);
        for (const xmlNode* a : audio)
            if (auto clip = readClip(a, where))
                par.audio.push_back(std::move(*clip));
        const std::size_t index = m_doc.pars.size();
        m_doc.pars.push_back(std::move(par));
        anchorTree(node, index);
    }

    std::optional<Clip> readClip(const xmlNode* a, const std::string& where)
    {
        Clip clip;
        clip.src = xml::attribute(a, "src");
        if (clip.src.empty()) {
            m_doc.warnings.push_back(where + "an audio element has no src");
            return std::nullopt;
        }
        const std::string beginText = first(xml::attribute(a, "clipBegin"), xml::attribute(a, "clip-begin"));
        const std::string endText = first(xml::attribute(a, "clipEnd"), xml::attribute(a, "clip-end"));
        if (!beginText.empty()) {
            const auto begin = parseClipTime(beginText);
            if (!begin) {
                m_doc.warnings.push_back(where + "clip begin \"" + beginText +
                                         "\" is not a time; clip left out");
                return std::nullopt;
            }
            clip.begin = *begin;
        }
        if (!endText.empty()) {
            const auto end = parseClipTime(endText);
            if (!end) {
                m_doc.warnings.push_back(where + "clip end \"" + endText + "\" is not a time; clip left out");
                return std::nullopt;
            }
            clip.end = *end;
            if (clip.end < clip.begin) {
                m_doc.warnings.push_back(where + "clip ends (" + endText + ") before it begins (" +
                                         beginText + "); clip left out");
                return std::nullopt;
            }
        }
        return clip;
    }

    static std::string first(std::string a, std::string b) { return a.empty() ? std::move(b) : std::move(a); }

    // A container's id points at the first par inside it, when it holds any.
    void anchor(const xmlNode* node, std::size_t start)
    {
        const std::string id = xml::attribute(node, "id");
        if (!id.empty() && start < m_doc.pars.size())
            m_doc.anchors.emplace(id, start);
    }

    void anchorTree(const xmlNode* node, std::size_t index)
    {
        if (const std::string id = xml::attribute(node, "id"); !id.empty())
            m_doc.anchors.emplace(id, index);
        for (const xmlNode* child : xml::children(node))
            anchorTree(child, index);
    }

    Document& m_doc;
    const std::string& m_subject;
    const CustomTests& m_tests;
};

void readHead(const xmlNode* smil, Document& doc)
{
    for (const xmlNode* head : xml::children(smil, "head")) {
        for (const xmlNode* meta : xml::children(head, "meta")) {
            const std::string name = xml::attribute(meta, "name");
            const std::string content = xml::attribute(meta, "content");
            if (name == "title")
                doc.title = xml::collapseWhitespace(content);
            else if (name == "ncc:timeInThisSmil")
                if (auto t = parseClockValue(content))
                    doc.declaredDuration = *t;
        }
    }
}

} // namespace

std::optional<std::size_t> Document::find(std::string_view fragment) const
{
    if (!fragment.empty() && fragment.front() == '#')
        fragment.remove_prefix(1);
    const auto it = anchors.find(fragment);
    if (it == anchors.end())
        return std::nullopt;
    return it->second;
}

Result<Document> parse(std::string_view bytes, const std::string& subject, const CustomTests& tests)
{
    auto parsed = xml::parseXml(bytes, subject);
    if (!parsed)
        return parsed.error();
    const xmlNode* root = xml::root(*parsed);
    if (!xml::isElement(root, "smil"))
        return makeError(ErrorCode::Corrupt, "not a SMIL document (no <smil> root element)", subject);
    const auto bodies = xml::children(root, "body");
    if (bodies.empty())
        return makeError(ErrorCode::Corrupt, "the SMIL document has no <body>", subject);
    Document doc;
    readHead(root, doc);
    // The body's seq duration says how long the document plays (DAISY 2.02 and 3 both write it).
    // It is more precise than ncc:timeInThisSmil (whole seconds), so it wins.
    for (const xmlNode* seq : xml::children(bodies.front(), "seq")) {
        if (auto dur = parseClockValue(xml::attribute(seq, "dur")))
            doc.declaredDuration = *dur;
        break;
    }
    Flattener(doc, subject, tests).walk(bodies.front(), Context{});
    return doc;
}

} // namespace tingdu::media::smil
