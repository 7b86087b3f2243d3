// Real books: the shared corpus (Readium test files, DAISY accessibility tests) and the guide
// book the build makes. Skipped with a message when they are absent.
#include "tingdu/media/Navigation.h"
#include "tingdu/media/PublicationReader.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <set>

using namespace tingdu;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpusBooks(const std::string& folder)
{
    std::vector<fs::path> out;
    const fs::path dir = fs::path(TINGDU_CORPUS_DIR) / "epub" / folder;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".epub")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

bool hasFeature(const media::Publication& p, const std::string& feature)
{
    const auto& f = p.metadata().accessibility.features;
    return std::find(f.begin(), f.end(), feature) != f.end();
}

} // namespace

TEST(EpubInterop, EveryCorpusBookOpensWithTitleReadingOrderAndText)
{
    auto books = corpusBooks("readium-test-files");
    const auto daisy = corpusBooks("daisy-accessibility-tests");
    books.insert(books.end(), daisy.begin(), daisy.end());
    if (books.empty())
        GTEST_SKIP() << "no corpus at " << TINGDU_CORPUS_DIR << "/epub";
    for (const auto& path : books) {
        SCOPED_TRACE(path.filename().string());
        auto p = media::openPublication(path.string());
        ASSERT_TRUE(p) << p.error().describe();
        EXPECT_FALSE((*p)->metadata().title.empty());
        ASSERT_FALSE((*p)->readingOrder().empty());
        const media::TextContent* text = (*p)->text();
        ASSERT_NE(text, nullptr);
        std::size_t blocks = 0;
        for (std::size_t i = 0; i < text->documentCount(); ++i) {
            auto doc = text->document(i);
            // A spine item whose file is missing is that book's own fault, and said at opening.
            if (!doc) {
                EXPECT_EQ(doc.error().code, media::ErrorCode::NotFound) << doc.error().describe();
                EXPECT_FALSE((*p)->warnings().empty());
                continue;
            }
            blocks += doc->blocks.size();
        }
        EXPECT_GT(blocks, 0u);
        // Every navigation target lands in the reading order, unless the book said at opening
        // that its files are missing (test 230 ships a navigation document of another book).
        media::PositionMap positions(**p);
        for (const auto& entry : (*p)->toc()) {
            if (entry.href.empty())
                continue;
            auto located = positions.locate(entry.href);
            if ((*p)->warnings().empty()) {
                EXPECT_TRUE(located) << entry.href;
            } else if (!located) {
                EXPECT_EQ(located.error().code, media::ErrorCode::NotFound) << entry.href;
            }
        }
    }
}

TEST(EpubInterop, DaisyTestBooksExposePagesHeadingsAndAltText)
{
    const auto books = corpusBooks("daisy-accessibility-tests");
    if (books.empty())
        GTEST_SKIP() << "no DAISY accessibility test books at " << TINGDU_CORPUS_DIR;
    std::size_t withPages = 0;
    std::size_t withAltText = 0;
    for (const auto& path : books) {
        SCOPED_TRACE(path.filename().string());
        auto p = media::openPublication(path.string());
        ASSERT_TRUE(p) << p.error().describe();
        const media::TextContent* text = (*p)->text();
        std::size_t headings = 0;
        std::size_t images = 0;
        std::size_t described = 0;
        std::map<std::string, std::string> pageBlocks; // "href#id" -> label
        for (std::size_t i = 0; i < text->documentCount(); ++i) {
            auto doc = text->document(i);
            ASSERT_TRUE(doc) << doc.error().describe();
            for (const auto& b : doc->blocks) {
                headings += b.kind == media::BlockKind::Heading;
                if (b.kind == media::BlockKind::Image) {
                    ++images;
                    described += !b.text.empty();
                }
                if (b.kind == media::BlockKind::PageBreak)
                    pageBlocks[doc->href + "#" + b.id] = b.label;
            }
        }
        // Every book declares structuralNavigation: it has headings, at least one per TOC document.
        EXPECT_TRUE(hasFeature(**p, "structuralNavigation"));
        EXPECT_GE(headings, 5u);
        // The page list (from the navigation document) and the page breaks (from the content)
        // are read by different code: they must agree entry for entry.
        for (const auto& page : (*p)->pageList()) {
            ASSERT_TRUE(pageBlocks.count(page.href)) << page.href;
            EXPECT_EQ(pageBlocks[page.href], page.title);
        }
        withPages += !(*p)->pageList().empty();
        if (hasFeature(**p, "alternativeText")) {
            EXPECT_GT(images, 0u);
            EXPECT_EQ(described, images) << "an image declared described has no alt text";
            ++withAltText;
        }
    }
    EXPECT_GE(withPages, 4u);   // the Basic Functionality books in both languages
    EXPECT_GE(withAltText, 3u); // the extended-description books and Non-Visual Reading 2.0
}

TEST(EpubInterop, ObfuscatedFontsOfTheEpub3TestSuiteMatchTheirPlainCopies)
{
    const fs::path book =
        fs::path(TINGDU_CORPUS_DIR) / "epub/readium-test-files/test-suite_epub30-test-0103.epub";
    if (!fs::exists(book))
        GTEST_SKIP() << "no " << book;
    auto p = media::openPublication(book.string());
    ASSERT_TRUE(p) << p.error().describe();
    for (const char* ext : {"otf", "ttf", "woff"}) {
        auto obfuscated = (*p)->readResource(std::string("EPUB/fonts/OldStandard-Regular.obf.") + ext);
        auto plain = (*p)->readResource(std::string("EPUB/fonts/OldStandard-Regular.") + ext);
        ASSERT_TRUE(obfuscated && plain) << ext;
        EXPECT_TRUE(*obfuscated == *plain) << ext << " differs after de-obfuscation";
    }
}

#ifdef TINGDU_GUIDE_DIR
TEST(EpubInterop, GuideBook)
{
    const std::string path = std::string(TINGDU_GUIDE_DIR) + "/tingdu-guide-en.epub";
    if (!fs::exists(path))
        GTEST_SKIP() << "the guide book is not built: " << path;
    auto p = media::openPublication(path);
    ASSERT_TRUE(p) << p.error().describe();
    EXPECT_EQ((*p)->readingOrder().size(), 4u);
    int maxLevel = 0;
    for (const auto& entry : (*p)->toc())
        maxLevel = std::max(maxLevel, entry.level);
    EXPECT_EQ(maxLevel, 3);
    ASSERT_EQ((*p)->pageList().size(), 4u);
    std::vector<std::string> alts;
    std::vector<std::string> pages;
    for (std::size_t i = 0; i < (*p)->text()->documentCount(); ++i) {
        auto doc = (*p)->text()->document(i);
        ASSERT_TRUE(doc);
        for (const auto& b : doc->blocks) {
            if (b.kind == media::BlockKind::Image)
                alts.push_back(b.text);
            if (b.kind == media::BlockKind::PageBreak)
                pages.push_back(b.label);
        }
    }
    ASSERT_EQ(alts.size(), 3u);
    for (const auto& alt : alts)
        EXPECT_FALSE(alt.empty());
    EXPECT_EQ(pages, (std::vector<std::string>{"1", "2", "3", "4"}));
    media::PositionMap positions(**p);
    auto page3 = positions.locatePage("3");
    ASSERT_TRUE(page3);
    EXPECT_EQ(positions.pageLabelAt(*page3), "3");
    EXPECT_GT(page3->progression, 0.0);
    EXPECT_LT(page3->progression, 1.0);
}
#endif
