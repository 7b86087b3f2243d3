#include "DaisyBook.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "smil/ClipSourceLength.h"

namespace tingdu::media::daisy {

namespace {

std::string clockText(double seconds)
{
    const long total = std::lround(seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
    return buf;
}

} // namespace

std::optional<double> parseTotalTime(const std::string& text)
{
    return smil::parseClockValue(text);
}

std::optional<std::string> DaisyBook::audioPath(const std::string& audioHref, const std::string& smilHref)
{
    if (const auto it = m_audioPaths.find(audioHref); it != m_audioPaths.end())
        return it->second;
    std::optional<std::string> path;
    if (audioHref.empty()) {
        warn(smilHref + ": an audio clip points outside the book");
    } else if (auto local = m_source->localPath(audioHref)) {
        path = *local;
    } else if (local.error().code != ErrorCode::NotFound) {
        warn(local.error().describe());
    }
    m_audioPaths[audioHref] = path;
    return path;
}

bool DaisyBook::appendSmil(const std::string& linkedHref, const smil::CustomTests& tests)
{
    // Books made on Windows link "S1.SMIL" to s1.smil: key everything by the stored name.
    const std::string stored = m_source->find(linkedHref);
    const std::string& smilHref = stored.empty() ? linkedHref : stored;
    if (m_smilStart.count(smilHref))
        return true;
    auto bytes = m_source->read(smilHref);
    if (!bytes) {
        warn(bytes.error().code == ErrorCode::NotFound
                 ? smilHref + ": the SMIL file is missing, so its part of the book has no audio"
                 : bytes.error().describe());
        return false;
    }
    auto doc = smil::parse(*bytes, smilHref, tests);
    if (!doc) {
        warn(doc.error().describe() + "; its part of the book has no audio");
        return false;
    }
    for (auto& w : doc->warnings)
        warn(std::move(w));
    const std::size_t base = m_phrases.size();
    const double start = m_duration;
    m_smilStart.emplace(smilHref, base);
    for (const smil::Par& par : doc->pars) {
        Phrase ph;
        ph.begin = m_duration;
        ph.firstClip = m_clips.size();
        ph.smilRef = smilHref + (par.id.empty() ? "" : "#" + par.id);
        if (!par.textSrc.empty()) {
            std::string file = resolveHref(smilHref, par.textSrc);
            if (const std::string storedText = m_source->find(file); !storedText.empty())
                file = storedText;
            const std::string frag = fragmentOf(par.textSrc);
            ph.textRef = file.empty() ? std::string() : file + (frag.empty() ? "" : "#" + frag);
        }
        ph.skippable = par.skippable;
        ph.escapableId = par.escapableId.empty() ? std::string() : smilHref + "#" + par.escapableId;
        for (const smil::Clip& clip : par.audio) {
            const std::string audioHref = resolveHref(smilHref, clip.src);
            const auto path = audioPath(audioHref, smilHref);
            if (clip.end >= 0)
                m_smilDuration += clip.end - clip.begin;
            if (!path) {
                auto& missing = m_missingAudio[audioHref.empty() ? clip.src : audioHref];
                missing.phrases += 1;
                missing.seconds += clip.end >= 0 ? clip.end - clip.begin : 0;
                continue;
            }
            double end = clip.end;
            if (end < 0) {
                // A clip without an end plays to the end of its file: the timeline needs that length.
                auto length = m_audioLengths.find(*path);
                if (length == m_audioLengths.end())
                    length = m_audioLengths.emplace(*path, smil::clipSourceLength(*path)).first;
                if (!length->second || *length->second <= clip.begin) {
                    warn(smilHref + ": " + (par.id.empty() ? "a phrase" : "phrase " + par.id) +
                         ": the length of " + audioHref + " cannot be found; clip left out");
                    continue;
                }
                end = *length->second;
            }
            m_clips.push_back(AudioClip{*path, clip.begin, end, ph.textRef});
            // Microsecond steps keep long sums free of binary rounding noise (111.11899999999997).
            m_duration = std::round((m_duration + end - clip.begin) * 1e6) / 1e6;
        }
        ph.clipCount = m_clips.size() - ph.firstClip;
        ph.end = m_duration;
        m_phrases.push_back(std::move(ph));
    }
    auto& anchors = m_smilAnchors[smilHref];
    for (const auto& [id, index] : doc->anchors)
        anchors.emplace(id, base + index);
    m_readingOrder.push_back(
        ReadingOrderItem{smilHref, "application/smil", true, m_duration - start, doc->title});
    return true;
}

std::optional<std::size_t> DaisyBook::phraseFor(const std::string& baseFile, const std::string& href) const
{
    const std::string file = resolveHref(baseFile, href);
    const std::string frag = fragmentOf(href);
    std::string stored = m_source->find(file);
    if (stored.empty())
        stored = file;
    const auto anchors = m_smilAnchors.find(stored);
    if (anchors == m_smilAnchors.end())
        return std::nullopt;
    if (frag.empty()) {
        const auto start = m_smilStart.find(stored);
        if (start == m_smilStart.end() || start->second >= m_phrases.size())
            return std::nullopt;
        return start->second;
    }
    const auto it = anchors->second.find(frag);
    if (it == anchors->second.end())
        return std::nullopt;
    return it->second;
}

NavPoint DaisyBook::navPoint(const std::string& title, int level, const std::string& baseFile,
                             const std::string& href, std::string type)
{
    NavPoint p{title, level, resolveHref(baseFile, href), std::move(type), -1};
    if (const auto i = phraseFor(baseFile, href)) {
        const Phrase& ph = m_phrases[*i];
        p.timeSeconds = ph.begin;
        if (!ph.textRef.empty())
            p.href = ph.textRef;
    } else {
        const std::string file = resolveHref(baseFile, href);
        // A missing SMIL file was reported once already; a bad anchor in a present one is new.
        if (m_smilAnchors.count(m_source->find(file).empty() ? file : m_source->find(file)))
            warn(baseFile + ": \"" + title + "\" links to " + href + ", which is not in that SMIL file");
    }
    return p;
}

void DaisyBook::addToNavList(const std::string& name, NavPoint p)
{
    for (auto& list : m_navLists)
        if (list.name == name) {
            list.items.push_back(std::move(p));
            return;
        }
    m_navLists.push_back(NavList{name, {std::move(p)}});
}

void DaisyBook::addTextFile(const std::string& href, bool dtbook)
{
    for (const auto& t : m_textFiles)
        if (t.href == href)
            return;
    m_textFiles.push_back(TextFile{href, dtbook});
}

std::vector<std::string> DaisyBook::referencedTextFiles() const
{
    std::vector<std::string> out;
    for (const Phrase& ph : m_phrases) {
        const std::string file = stripFragment(ph.textRef);
        if (!file.empty() && (out.empty() || out.back() != file) &&
            std::find(out.begin(), out.end(), file) == out.end())
            out.push_back(file);
    }
    return out;
}

void DaisyBook::finishTimeline(std::optional<double> declaredTotal, const std::string& declaredText)
{
    m_metadata.durationSeconds = m_duration;
    for (const auto& [href, missing] : m_missingAudio)
        warn(href + ": the audio file is missing, so " + std::to_string(missing.phrases) + " phrases (" +
             clockText(missing.seconds) + ") are silent");
    if (declaredTotal && std::abs(*declaredTotal - m_smilDuration) > std::max(2.0, 0.01 * *declaredTotal) &&
        !m_phrases.empty())
        warn("the book declares a total time of " + declaredText + " but its SMIL files play " +
             clockText(m_smilDuration));
    if (m_clips.empty()) {
        // Text-only books: nothing is audio-synchronised.
        for (auto* list : {&m_toc, &m_pageList})
            for (auto& p : *list)
                p.timeSeconds = -1;
        for (auto& l : m_navLists)
            for (auto& p : l.items)
                p.timeSeconds = -1;
    }
}

Result<std::string> DaisyBook::readResource(const std::string& href) const
{
    const std::string path = resolveHref("", href);
    if (path.empty())
        return makeError(ErrorCode::UnsafeContent, "the resource lies outside the book", href);
    return m_source->read(path);
}

const ParsedText* DaisyBook::parsedText(std::size_t index) const
{
    if (const auto it = m_parsed.find(index); it != m_parsed.end())
        return &it->second;
    if (index >= m_textFiles.size())
        return nullptr;
    auto bytes = m_source->read(m_textFiles[index].href);
    if (!bytes)
        return nullptr;
    auto parsed = m_textFiles[index].dtbook ? parseDtbook(*bytes, m_textFiles[index].href)
                                            : parseXhtmlContent(*bytes, m_textFiles[index].href);
    if (!parsed)
        return nullptr;
    return &m_parsed.emplace(index, std::move(*parsed)).first->second;
}

Result<Document> DaisyBook::document(std::size_t index) const
{
    if (index >= m_textFiles.size())
        return makeError(ErrorCode::InvalidArgument, "no such text document", std::to_string(index));
    if (const ParsedText* parsed = parsedText(index))
        return parsed->document;
    // Re-run the steps to report the precise reason.
    auto bytes = m_source->read(m_textFiles[index].href);
    if (!bytes)
        return bytes.error();
    auto parsed = m_textFiles[index].dtbook ? parseDtbook(*bytes, m_textFiles[index].href)
                                            : parseXhtmlContent(*bytes, m_textFiles[index].href);
    return parsed ? Result<Document>(parsed->document) : Result<Document>(parsed.error());
}

std::optional<TextRange> DaisyBook::resolveText(std::string_view textRef) const
{
    const std::string ref(textRef);
    const std::string file = stripFragment(ref);
    for (std::size_t i = 0; i < m_textFiles.size(); ++i) {
        if (m_textFiles[i].href != file)
            continue;
        const ParsedText* parsed = parsedText(i);
        if (!parsed)
            return std::nullopt;
        const auto it = parsed->anchors.find(fragmentOf(ref));
        if (it == parsed->anchors.end() || it->second.block >= parsed->document.blocks.size())
            return std::nullopt;
        return TextRange{i, parsed->document.blocks[it->second.block].id, it->second.begin, it->second.end};
    }
    return std::nullopt;
}

} // namespace tingdu::media::daisy
