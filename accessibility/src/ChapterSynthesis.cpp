// Which blocks make up each audiobook chapter, and speaking one chapter into an encoded piece.
#include <algorithm>

#include "AudioEncoder.h"
#include "BookWalker.h"
#include "Hrefs.h"
#include "SpeechRuns.h"
#include "tingdu/accessibility/AudiobookExport.h"
#include "tingdu/accessibility/SpeechEngine.h"

namespace tingdu::accessibility {

using media::ErrorCode;
using media::makeError;

namespace {

std::string bookLanguage(const media::Publication& publication)
{
    const auto& languages = publication.metadata().languages;
    return languages.empty() ? std::string("en") : languages.front();
}

// An audiobook has no use for "Heading level 1" or page numbers, but keeps image descriptions.
Announcements audiobookAnnouncements()
{
    Announcements a;
    a.headings = a.pageNumbers = a.noteReferences = a.listItems = a.tableCells = false;
    return a;
}

}  // namespace

media::Result<AudioContainer> containerForPath(const std::string& path)
{
    const auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? std::string() : path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == "m4b" || ext == "m4a" || ext == "mp4")
        return AudioContainer::M4b;
    if (ext == "mp3")
        return AudioContainer::Mp3;
    return makeError(ErrorCode::Unsupported, "the audiobook must end in .m4b or .mp3", path);
}

media::Result<std::vector<ChapterPlan>> planChapters(const media::Publication& publication)
{
    const media::TextContent* text = publication.text();
    if (!text || text->documentCount() == 0)
        return makeError(ErrorCode::Unsupported, "the publication has no text to speak");
    BookWalker walker(*text);
    const std::size_t documents = walker.documentCount();

    struct Start {
        BlockPosition at;
        std::string title;
    };
    std::vector<Start> starts;
    for (const media::NavPoint& entry : publication.toc()) {
        // Entries that point nowhere known start where the previous one did (a zero-length
        // chapter that still carries its title), so the chapter count always equals the TOC's.
        BlockPosition at = starts.empty() ? BlockPosition{} : starts.back().at;
        for (std::size_t d = 0; d < documents; ++d) {
            const media::Document* doc = walker.document(d);
            if (!doc || !sameDocument(entry.href, doc->href))
                continue;
            at = {d, 0};
            const std::string id = fragmentPart(entry.href);
            for (std::size_t b = 0; !id.empty() && b < doc->blocks.size(); ++b)
                if (doc->blocks[b].id == id) {
                    at.block = b;
                    break;
                }
            break;
        }
        if (!starts.empty() && at < starts.back().at)
            at = starts.back().at;  // chapters follow the reading order
        starts.push_back({at, entry.title});
    }
    if (starts.empty()) {
        for (std::size_t d = 0; d < documents; ++d) {
            const media::Document* doc = walker.document(d);
            std::string title = doc && !doc->title.empty() ? doc->title : "Chapter " + std::to_string(d + 1);
            starts.push_back({{d, 0}, std::move(title)});
        }
    }
    starts.front().at = {};  // the first chapter also takes the cover and title pages
    std::vector<ChapterPlan> plan;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const BlockPosition end = i + 1 < starts.size() ? starts[i + 1].at : BlockPosition{documents, 0};
        ChapterPlan c{starts[i].title, starts[i].at.document, starts[i].at.block, end.document, end.block, 0};
        for (BlockPosition at = starts[i].at; at < end;) {
            const media::Document* doc = walker.document(at.document);
            if (!doc || at.block >= doc->blocks.size()) {
                at = {at.document + 1, 0};
                continue;
            }
            c.textBytes += doc->blocks[at.block++].text.size();
        }
        plan.push_back(std::move(c));
    }
    return plan;
}

media::Result<void> synthesizeChapter(const media::Publication& publication, const ChapterPlan& chapter,
                                      const ExportSettings& settings, AudioContainer container,
                                      const std::string& piecePath)
{
    const media::TextContent* text = publication.text();
    if (!text)
        return makeError(ErrorCode::Unsupported, "the publication has no text to speak");
    auto engine = SpeechEngine::create();
    if (!engine)
        return engine.error();
    (*engine)->setProsody({settings.rateWpm, 50, 100});
    EncodedFileSink sink(piecePath, container);
    if (auto r = sink.open((*engine)->nativeFormat()); !r)
        return r;

    const std::string language = bookLanguage(publication);
    BookWalker walker(*text, language);
    const Announcements announcements = audiobookAnnouncements();
    const VoicePolicy voices{settings.voice, language, settings.voiceByLanguage};
    const BlockPosition end{chapter.endDocument, chapter.endBlock};
    bool spokeAnything = false;
    for (BlockPosition at{chapter.startDocument, chapter.startBlock}; at < end;) {
        const media::Document* doc = walker.document(at.document);
        if (!doc || at.block >= doc->blocks.size()) {
            at = {at.document + 1, 0};
            continue;
        }
        const media::Block& block = doc->blocks[at.block];
        if (block.kind != media::BlockKind::PageBreak && !block.text.empty()) {
            // A whole block per eSpeak call: it phrases sentences itself, and fewer calls are faster.
            const auto runs = buildRuns(block, {0, block.text.size()}, walker.languageOf(at), announcements, true);
            if (auto r = speakRuns(**engine, sink, runs, voices, {}, nullptr); !r)
                return r;
            if (auto r = (*engine)->silence(settings.paragraphPauseMs, sink); !r)
                return r;
            spokeAnything = spokeAnything || !runs.empty();
        }
        ++at.block;
    }
    if (!spokeAnything) {
        // An empty chapter still says its title, so its mark has something to land on.
        SpeechRun title{chapter.title.empty() ? std::string("Chapter") : chapter.title, language, 0, true};
        if (auto r = speakRuns(**engine, sink, {title}, voices, {}, nullptr); !r)
            return r;
    }
    return sink.finish();
}

}  // namespace tingdu::accessibility
