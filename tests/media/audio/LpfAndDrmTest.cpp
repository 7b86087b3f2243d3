// W3C LPF audiobooks whose table of contents is an HTML nav (rel "contents"), and Readium
// LCP-protected audiobooks, which are refused as DRM in words a listener can act on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "AudioFixtures.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu::media;
using namespace tingdu::testing;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

constexpr const char* kTocHtml = R"(<!DOCTYPE html>
<html lang="en"><head><title>Contents</title></head>
<body>
  <nav role="doc-pagelist"><ol><li><a href="../audio/one.mp3#t=1">Page 1</a></li></ol></nav>
  <nav role="doc-toc"><h1>Contents</h1>
    <ol>
      <li><a href="../audio/one.mp3">Part One</a>
        <ol><li><a href="../audio/one.mp3#t=0:02">A Scene</a></li></ol>
      </li>
      <li><a href="../audio/two.mp3#t=npt:1.5"> Part
          Two </a></li>
    </ol>
  </nav>
</body></html>)";

// A W3C audiobook: tracks in audio/, the HTML TOC in nav/, no JSON "toc".
class Lpf : public ::testing::Test {
protected:
    void SetUp() override
    {
        fs::create_directories(book("audio"));
        ASSERT_TRUE(makeTone(book("audio/one.mp3"), 440, 4));
        ASSERT_TRUE(makeTone(book("audio/two.mp3"), 660, 3));
        write(book("nav/toc.html"), kTocHtml);
    }
    std::string book(const std::string& name) const { return (fs::path(m_dir.file("book")) / name).string(); }
    void writeManifest(const std::string& tocPlacement)
    {
        const std::string toc = R"({"url": "nav/toc.html", "rel": "contents", "encodingFormat": "text/html"})";
        const bool inOrder = tocPlacement == "readingOrder";
        write(book("publication.json"),
              std::string(R"({"@context": ["https://schema.org", "https://www.w3.org/ns/pub-context"],
                "conformsTo": "https://www.w3.org/TR/audiobooks/", "type": "Audiobook", "name": "LPF Book",
                "readingOrder": [)") +
                  (inOrder ? toc + ", " : "") +
                  R"({"url": "audio/one.mp3", "encodingFormat": "audio/mpeg", "duration": "PT4S"},
                    {"url": "audio/two.mp3", "encodingFormat": "audio/mpeg", "duration": "PT3S"}],
                "resources": [)" +
                  (inOrder ? "" : toc) + "]}");
    }
    static void expectHtmlToc(const Publication& p)
    {
        ASSERT_EQ(p.readingOrder().size(), 2u) << "the TOC document is no track";
        const auto& toc = p.toc();
        ASSERT_EQ(toc.size(), 3u) << "the page list nav is not the TOC";
        EXPECT_EQ(toc[0].title, "Part One");
        EXPECT_EQ(toc[0].level, 1);
        EXPECT_NEAR(toc[0].timeSeconds, 0, 1e-6);
        EXPECT_EQ(toc[1].title, "A Scene");
        EXPECT_EQ(toc[1].level, 2);
        EXPECT_NEAR(toc[1].timeSeconds, 2, 1e-6);
        EXPECT_EQ(toc[2].title, "Part Two");
        EXPECT_EQ(toc[2].level, 1);
        EXPECT_NEAR(toc[2].timeSeconds, 4 + 1.5, 1e-6);
        EXPECT_NEAR(p.metadata().durationSeconds, 7, 0.01);
    }

    TempDir m_dir;
};

TEST_F(Lpf, HtmlTocInResourcesOfAnUnpackedBook)
{
    writeManifest("resources");
    auto p = openPublication(book(""));
    ASSERT_TRUE(p) << p.error().describe();
    EXPECT_EQ((*p)->metadata().title, "LPF Book");
    expectHtmlToc(**p);
}

TEST_F(Lpf, HtmlTocInTheReadingOrderOfAZippedLpf)
{
    writeManifest("readingOrder");
    const std::string lpf = m_dir.file("book.lpf");
    ASSERT_TRUE(run("cd \"" + book("") + "\" && zip -q -r \"" + lpf + "\" publication.json audio nav"));
    auto p = openPublication(lpf);
    ASSERT_TRUE(p) << p.error().describe();
    EXPECT_EQ((*p)->format(), Format::AudiobookPackage);
    expectHtmlToc(**p);
    auto timeline = makeAudioTimeline(**p);
    ASSERT_TRUE(timeline) << timeline.error().describe();
    ASSERT_EQ(timeline->chapters.size(), 3u);
    EXPECT_NEAR(timeline->chapters[2].start, 5.5, 1e-6);
}

TEST_F(Lpf, MissingTocDocumentIsAWarningAndTracksBecomeChapters)
{
    writeManifest("resources");
    fs::remove(book("nav/toc.html"));
    auto p = openPublication(book("publication.json"));
    ASSERT_TRUE(p) << p.error().describe();
    ASSERT_EQ((*p)->toc().size(), 2u);  // one entry per track
    bool warned = false;
    for (const auto& w : (*p)->warnings())
        warned |= w.find("table of contents") != std::string::npos;
    EXPECT_TRUE(warned);
}

// Readium LCP: tracks are AES ciphertext, the license travels in META-INF/license.lcpl.
class Lcp : public ::testing::Test {
protected:
    void SetUp() override
    {
        const std::string encrypted = R"({"scheme": "http://readium.org/2014/01/lcp",
            "profile": "http://readium.org/lcp/basic-profile", "algorithm": "http://www.w3.org/2001/04/xmlenc#aes256-cbc"})";
        write(file("pkg/manifest.json"),
              std::string(R"({"@context": "https://readium.org/webpub-manifest/context.jsonld",
                "metadata": {"@type": "http://schema.org/Audiobook", "title": "Locked"},
                "readingOrder": [{"href": "audio/one.mp3", "type": "audio/mpeg", "duration": 4,
                                  "properties": {"encrypted": )") +
                  encrypted + "}}]}");
        // What an LCP track looks like to anyone without the key: noise.
        ASSERT_TRUE(run("head -c 65536 /dev/urandom > \"" + file("pkg/audio/one.mp3") + "\""));
        write(file("pkg/META-INF/license.lcpl"), kLicense);
    }
    std::string file(const std::string& name) const
    {
        const fs::path p = fs::path(m_dir.file(name));
        fs::create_directories(p.parent_path());
        return p.string();
    }
    static void expectLcpRefusal(const Result<std::unique_ptr<Publication>>& p)
    {
        ASSERT_FALSE(p) << "an LCP-protected book opened as if it could be played";
        EXPECT_EQ(p.error().code, ErrorCode::DrmProtected) << p.error().describe();
        EXPECT_NE(p.error().message.find("Readium LCP"), std::string::npos) << p.error().message;
        EXPECT_NE(p.error().message.find("library"), std::string::npos) << "says what the listener can do";
    }

    static constexpr const char* kLicense = R"({"id": "ef15e740", "issued": "2026-01-01T00:00:00Z",
        "provider": "https://library.example", "encryption": {"profile": "http://readium.org/lcp/basic-profile",
        "content_key": {"algorithm": "http://www.w3.org/2001/04/xmlenc#aes256-cbc", "encrypted_value": "AAAA"},
        "user_key": {"algorithm": "http://www.w3.org/2001/04/xmlenc#sha256", "text_hint": "your library card"}},
        "links": [{"rel": "publication", "href": "https://library.example/book.lcpa",
                   "type": "application/audiobook+lcp"}]})";
    TempDir m_dir;
};

TEST_F(Lcp, LcpaPackageWithLicenseIsDrmProtected)
{
    const std::string lcpa = m_dir.file("book.lcpa");
    ASSERT_TRUE(run("cd \"" + m_dir.file("pkg") + "\" && zip -q -r \"" + lcpa + "\" manifest.json audio META-INF"));
    expectLcpRefusal(openPublication(lcpa));
}

TEST_F(Lcp, EncryptedTracksWithoutTheLicenseAreDrmProtected)
{
    // A package whose license was kept apart (the app stores it) and an unpacked manifest.
    const std::string zab = m_dir.file("book.audiobook");
    ASSERT_TRUE(run("cd \"" + m_dir.file("pkg") + "\" && zip -q -r \"" + zab + "\" manifest.json audio"));
    expectLcpRefusal(openPublication(zab));
    expectLcpRefusal(openPublication(m_dir.file("pkg/manifest.json")));
}

TEST_F(Lcp, LicenseDocumentAloneIsDrmProtected)
{
    const std::string license = file("loan.lcpl");
    write(license, kLicense);
    auto p = openPublication(license);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, ErrorCode::DrmProtected) << p.error().describe();
    EXPECT_NE(p.error().message.find("LCP"), std::string::npos) << p.error().message;
}

}  // namespace
