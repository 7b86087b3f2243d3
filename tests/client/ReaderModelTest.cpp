// The Reader's logic without widgets: where a book opens (BookPlacement) and the map from the
// narration's timeline to the text (NarrationMap), on books written at test time with real
// speech (tests/e2e/narration_books.py) and on the DAISY books of the shared corpus.
#include <gtest/gtest.h>

#include <cstdio>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "BookPlacement.h"
#include "NarrationMap.h"
#include "tingdu/media/AudioTimeline.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

namespace fs = std::filesystem;
using namespace tingdu;
using client::BookPlace;
using client::NarrationMap;

namespace {

/// The books, written once for the whole suite.
class ReaderModel : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        // ctest writes the books once (fixture reader_model_books); run alone, the suite writes them.
        s_dir = TINGDU_NARRATION_BOOKS_DIR;
        if (!fs::exists(s_dir / "books.json")) {
            s_dir = fs::temp_directory_path() / ("tingdu-reader-model-" + std::to_string(::getpid()));
            s_own = true;
            const std::string command =
                std::string("python3 '") + TINGDU_NARRATION_BOOKS + "' '" + s_dir.string() + "' >/dev/null";
            ASSERT_EQ(std::system(command.c_str()), 0) << command;
        }
        std::ifstream in(s_dir / "books.json");
        s_books = nlohmann::json::parse(in);
    }
    static void TearDownTestSuite()
    {
        if (s_own)
            fs::remove_all(s_dir);
    }

    static std::unique_ptr<media::Publication> open(const std::string& key)
    {
        auto opened = media::openPublication(s_books[key]["path"].get<std::string>());
        EXPECT_TRUE(opened) << key << ": " << (opened ? "" : opened.error().describe());
        return opened ? std::move(opened.value()) : nullptr;
    }
    /// The narrated text of fragment F: its byte range of its block.
    static std::string textOf(const media::Publication& p, const client::NarratedText& f)
    {
        auto doc = p.text()->document(f.document);
        EXPECT_TRUE(doc);
        const std::string& text = doc->blocks.at(f.block).text;
        EXPECT_EQ(doc->blocks.at(f.block).id, f.blockId);
        EXPECT_LE(f.textEnd, text.size());
        return text.substr(f.textBegin, f.textEnd - f.textBegin);
    }

    static inline fs::path s_dir;
    static inline bool s_own = false;
    static inline nlohmann::json s_books;
};

TEST_F(ReaderModel, EachBookOpensWhereItsReaderExpectsIt)
{
    auto epub = open("epub");
    auto fullText = open("daisy3FullText");
    auto textOnly = open("daisy3TextOnly");
    auto audioOnly = open("daisy202Audio");
    ASSERT_TRUE(epub && fullText && textOnly && audioOnly);
    EXPECT_EQ(client::placeFor(*epub).place, BookPlace::Reader);
    EXPECT_TRUE(client::placeFor(*epub).narration);
    EXPECT_EQ(client::placeFor(*fullText).place, BookPlace::Reader);
    EXPECT_TRUE(client::placeFor(*fullText).narration);
    EXPECT_EQ(client::placeFor(*textOnly).place, BookPlace::Reader);
    EXPECT_FALSE(client::placeFor(*textOnly).narration);
    // Its SMIL points only at the NCC: an audio book with headings, for the player.
    EXPECT_EQ(client::placeFor(*audioOnly).place, BookPlace::Player);
    EXPECT_FALSE(client::placeFor(*audioOnly).narration);

    auto track = media::openPublication(s_books["daisy202Audio"]["path"].get<std::string>() + "/a.mp3");
    ASSERT_TRUE(track);
    EXPECT_EQ(client::placeFor(**track).place, BookPlace::Player);
}

TEST_F(ReaderModel, TextOnlyDaisyHasItsDtbookTextToReadAloud)
{
    auto book = open("daisy3TextOnly");
    ASSERT_TRUE(book && book->text());
    ASSERT_GE(book->text()->documentCount(), 1u);
    auto doc = book->text()->document(0);
    ASSERT_TRUE(doc);
    std::string all;
    for (const auto& b : doc->blocks)
        all += b.text + "\n";
    for (const auto& sentence : s_books["daisy3TextOnly"]["sentences"])
        EXPECT_NE(all.find(sentence.get<std::string>()), std::string::npos) << all;
    EXPECT_TRUE(NarrationMap::build(*book).empty());
}

TEST_F(ReaderModel, OverlayPhrasesMapToTheirTextAcrossChapters)
{
    auto book = open("epub");
    ASSERT_TRUE(book);
    const NarrationMap map = NarrationMap::build(*book);
    const auto& phrases = s_books["epub"]["phrases"];
    ASSERT_EQ(map.fragments().size(), phrases.size());
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        const auto& f = map.fragments()[i];
        const double begin = phrases[i]["begin"].get<double>(), end = phrases[i]["end"].get<double>();
        EXPECT_NEAR(f.begin, begin, 0.01) << i;
        EXPECT_NEAR(f.end, end, 0.01) << i;
        EXPECT_EQ(f.document, phrases[i]["chapter"].get<std::size_t>() - 1) << i;
        // Each phrase highlights exactly its text: a sentence <span> only itself, not its paragraph.
        EXPECT_EQ(textOf(*book, f), phrases[i]["text"].get<std::string>()) << i;
        EXPECT_EQ(map.fragmentAt((begin + end) / 2), i);
    }
    EXPECT_FALSE(map.fragmentAt(-0.5));
    // The last two phrases are sentence spans of one paragraph: the second starts inside it.
    const auto& last = map.fragments();
    EXPECT_EQ(last[5].block, last[6].block);
    EXPECT_GT(last[6].textBegin, last[5].textEnd);
    // The player's timeline is the one the fragments are on.
    auto timeline = media::makeAudioTimeline(*book);
    ASSERT_TRUE(timeline);
    EXPECT_NEAR(timeline->duration(), phrases.back()["end"].get<double>(), 0.05);
}

TEST_F(ReaderModel, NarrationStartsFromTheCaretsBlock)
{
    auto book = open("epub");
    ASSERT_TRUE(book);
    const NarrationMap map = NarrationMap::build(*book);
    ASSERT_EQ(map.fragments().size(), 7u);
    EXPECT_EQ(map.fragmentFrom(0, 0), 0u);
    EXPECT_EQ(map.fragmentFrom(0, 2), 2u);   // "He lit the great lamp"
    EXPECT_EQ(map.fragmentFrom(0, 99), 3u);  // past the chapter's last block: the next chapter
    EXPECT_EQ(map.fragmentFrom(1, 0), 3u);
    EXPECT_FALSE(map.fragmentFrom(2, 0));
}

TEST_F(ReaderModel, SentenceAndParagraphStepsFollowThePhrases)
{
    auto book = open("epub");
    ASSERT_TRUE(book);
    const NarrationMap map = NarrationMap::build(*book);
    const auto& f = map.fragments();
    ASSERT_EQ(f.size(), 7u);
    auto mid = [&](std::size_t i) { return (f[i].begin + f[i].end) / 2; };
    EXPECT_EQ(map.nextSentence(mid(0)), f[1].begin);
    EXPECT_FALSE(map.previousSentence(mid(0)));
    EXPECT_EQ(map.previousSentence(mid(4)), f[3].begin);
    EXPECT_EQ(map.nextSentence(mid(2)), f[3].begin);  // across the chapter boundary
    EXPECT_FALSE(map.nextSentence(mid(6)));
    // Fragments 5 and 6 are sentences of one paragraph.
    EXPECT_EQ(map.nextParagraph(mid(4)), f[5].begin);
    EXPECT_FALSE(map.nextParagraph(mid(5)));
    EXPECT_EQ(map.previousParagraph(f[6].begin + 0.1), f[5].begin);
    EXPECT_EQ(map.previousParagraph(f[5].begin + 0.1), f[4].begin);
    EXPECT_EQ(map.previousParagraph(f[4].begin + 1.5), f[4].begin);  // well into it: its start
}

TEST_F(ReaderModel, DaisyPhrasesHighlightExactlyTheirSentence)
{
    auto book = open("daisy3FullText");
    ASSERT_TRUE(book);
    const NarrationMap map = NarrationMap::build(*book);
    const auto& phrases = s_books["daisy3FullText"]["phrases"];
    ASSERT_EQ(map.fragments().size(), phrases.size());
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        EXPECT_EQ(textOf(*book, map.fragments()[i]), phrases[i]["text"].get<std::string>()) << i;
        EXPECT_NEAR(map.fragments()[i].begin, phrases[i]["begin"].get<double>(), 0.01) << i;
    }
    // Both sentences are in one paragraph: the second starts inside it.
    EXPECT_EQ(map.fragments()[1].block, map.fragments()[2].block);
    EXPECT_GT(map.fragments()[2].textBegin, 0u);
}

TEST(ReaderModelCorpus, FullTextDaisyBooksOpenInTheReaderWithTheirNarrationMapped)
{
    const fs::path corpus = fs::path(TINGDU_CORPUS_DIR) / "daisy/pipeline1";
    if (!fs::exists(corpus))
        GTEST_SKIP() << "the shared corpus is not at " << corpus;
    for (const char* name : {"d202/great_painters", "d202/dontworrybehappy", "z3986-2005/great_painters",
                             "z3986-2005/06-speechgen.opf"}) {
        auto book = media::openPublication((corpus / name).string());
        ASSERT_TRUE(book) << name;
        const auto placement = client::placeFor(**book);
        EXPECT_EQ(placement.place, BookPlace::Reader) << name;
        EXPECT_TRUE(placement.narration) << name;
        const NarrationMap map = NarrationMap::build(**book);
        const auto* phrases = media::phraseContent(**book);
        ASSERT_TRUE(phrases) << name;
        std::size_t withText = 0;
        for (const auto& p : phrases->phrases())
            withText += !p.textRef.empty() && p.end > p.begin;
        // Nearly every narrated phrase finds its text (a few point at elements without text).
        EXPECT_GE(map.fragments().size() * 10, withText * 9) << name << ": " << map.fragments().size() << " of " << withText;
        double last = -1;
        for (const auto& f : map.fragments()) {
            EXPECT_GE(f.begin, last) << name;
            last = f.begin;
            auto doc = (*book)->text()->document(f.document);
            ASSERT_TRUE(doc) << name;
            ASSERT_LT(f.block, doc->blocks.size()) << name;
            EXPECT_LE(f.textEnd, doc->blocks[f.block].text.size()) << name << " " << f.blockId;
        }
    }
}

TEST(ReaderModelCorpus, WhatTheBookSkipsByDefaultIsLeftOutOfTheNarrationAndItsTimeline)
{
    const fs::path corpus = fs::path(TINGDU_CORPUS_DIR) / "daisy/pipeline1/z3986-2005";
    if (!fs::exists(corpus))
        GTEST_SKIP() << "the shared corpus is not at " << corpus;
    for (const char* name : {"great_painters", "06-speechgen.opf"}) {
        auto book = media::openPublication((corpus / name).string());
        ASSERT_TRUE(book) << name;
        const auto* phrases = media::phraseContent(**book);
        ASSERT_TRUE(phrases) << name;
        const media::Skippable skipped = phrases->defaultSkipped();
        ASSERT_TRUE(media::any(skipped)) << name << ": its customTests with defaultState=\"false\"";
        double leftOut = 0;
        for (const auto& p : phrases->phrases())
            if (media::any(p.skippable & skipped))
                leftOut += p.end - p.begin;
        ASSERT_GT(leftOut, 0.0) << name;

        const NarrationMap all = NarrationMap::build(**book);
        const NarrationMap map = NarrationMap::build(**book, skipped);
        EXPECT_LT(map.fragments().size(), all.fragments().size()) << name;
        auto full = media::makeAudioTimeline(**book);
        ASSERT_TRUE(full) << name;
        const media::AudioTimeline played = NarrationMap::withoutSkipped(*full, **book, skipped);
        EXPECT_NEAR(played.duration(), full->duration() - leftOut, 0.05) << name;
        // The times agree with media's own navigator over the same skipped kinds.
        media::TimelineNavigator navigator(**book);
        navigator.setSkipped(skipped, 0);
        EXPECT_NEAR(navigator.duration(), played.duration(), 0.05) << name;
        for (const auto& f : map.fragments()) {
            EXPECT_FALSE(media::any(phrases->phrases()[f.phrase].skippable & skipped)) << name << " " << f.blockId;
            EXPECT_NEAR(f.begin, navigator.fromFullTime(phrases->phrases()[f.phrase].begin), 0.01) << name << " " << f.blockId;
            EXPECT_LE(f.end, played.duration() + 0.05) << name;
        }
        // Nothing skipped: the full timeline, unchanged.
        EXPECT_EQ(NarrationMap::withoutSkipped(*full, **book, media::Skippable::None).clips.size(), full->clips.size());
    }
}

TEST(ReaderModelCorpus, AnNccOnlyDaisyBookOpensInThePlayer)
{
    const fs::path book = fs::path(TINGDU_CORPUS_DIR) / "daisy/pipeline1/d202/dontworrybehappy-nccOnly";
    if (!fs::exists(book))
        GTEST_SKIP() << "the shared corpus is not at " << book;
    auto opened = media::openPublication(book.string());
    ASSERT_TRUE(opened) << opened.error().describe();
    EXPECT_EQ((*opened)->metadata().multimediaType, "audioNcc");
    const auto placement = client::placeFor(**opened);
    EXPECT_EQ(placement.place, BookPlace::Player);
    EXPECT_FALSE(placement.narration);
}

} // namespace
