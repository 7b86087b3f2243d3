// Format sniffing: the content decides, names only break ties; every refusal says why.
#include "tingdu/media/Format.h"

#include "TestFiles.h"

using namespace tingdu::media;
using namespace tingdu::media::test;

namespace {

Format sniffOk(const std::filesystem::path& p)
{
    auto f = detectFormat(p.string());
    EXPECT_TRUE(f.ok()) << p << ": " << (f.ok() ? "" : f.error().describe());
    return f.ok() ? *f : Format::AudioFile;
}

ErrorCode sniffError(const std::filesystem::path& p)
{
    auto f = detectFormat(p.string());
    EXPECT_FALSE(f.ok()) << p << " was recognised as " << (f.ok() ? formatName(*f) : "");
    return f.ok() ? ErrorCode::Internal : f.error().code;
}

}  // namespace

TEST(Format, EpubZipAndUnpackedFolder)
{
    const auto dir = freshDir("fmt-epub");
    writeZip(dir / "book.epub", {{"mimetype", "application/epub+zip"},
                                 {"META-INF/container.xml", "<container/>"}});
    EXPECT_EQ(sniffOk(dir / "book.epub"), Format::Epub);
    // The name does not matter: content decides.
    std::filesystem::copy_file(dir / "book.epub", dir / "renamed.zip");
    EXPECT_EQ(sniffOk(dir / "renamed.zip"), Format::Epub);
    writeFile(dir / "unpacked/mimetype", "application/epub+zip");
    writeFile(dir / "unpacked/META-INF/container.xml", "<container/>");
    EXPECT_EQ(sniffOk(dir / "unpacked"), Format::Epub);
}

TEST(Format, DaisyFoldersZipsAndFiles)
{
    const auto dir = freshDir("fmt-daisy");
    writeFile(dir / "d202/NCC.HTML", "<html/>");
    writeFile(dir / "d202/a.smil", "<smil/>");
    EXPECT_EQ(sniffOk(dir / "d202"), Format::Daisy202);
    EXPECT_EQ(sniffOk(dir / "d202/NCC.HTML"), Format::Daisy202);
    writeFile(dir / "d3/book.opf", "<package><x-metadata><meta name=\"dtb:multimediaType\" content=\"audioFullText\"/></x-metadata></package>");
    writeFile(dir / "d3/book.ncx", "<ncx/>");
    EXPECT_EQ(sniffOk(dir / "d3"), Format::Daisy3);
    writeZip(dir / "d3.zip", {{"book/book.opf", "<package/>"}, {"book/navigation.ncx", "<ncx/>"}});
    EXPECT_EQ(sniffOk(dir / "d3.zip"), Format::Daisy3);
    writeZip(dir / "d2.zip", {{"book/ncc.html", "<html/>"}});
    EXPECT_EQ(sniffOk(dir / "d2.zip"), Format::Daisy202);
}

TEST(Format, AudioByContentNotByName)
{
    const auto dir = freshDir("fmt-audio");
    ffmpeg("-f lavfi -i sine=frequency=440:duration=1 -c:a libmp3lame -b:a 64k " + (dir / "tone.mp3").string());
    ffmpeg("-f lavfi -i sine=frequency=440:duration=1 -c:a aac " + (dir / "tone.m4b").string());
    ffmpeg("-f lavfi -i sine=frequency=440:duration=1 -c:a flac " + (dir / "tone.flac").string());
    ffmpeg("-f lavfi -i sine=frequency=440:duration=1 -c:a libvorbis " + (dir / "tone.ogg").string());
    for (const char* name : {"tone.mp3", "tone.m4b", "tone.flac", "tone.ogg"})
        EXPECT_EQ(sniffOk(dir / name), Format::AudioFile) << name;
    // A lying extension: an MP3 called .txt is still audio; text called .mp3 is refused as corrupt.
    std::filesystem::copy_file(dir / "tone.mp3", dir / "lying.txt");
    EXPECT_EQ(sniffOk(dir / "lying.txt"), Format::AudioFile);
    writeFile(dir / "fake.mp3", "this is not audio at all");
    EXPECT_EQ(sniffError(dir / "fake.mp3"), ErrorCode::Corrupt);
    // A folder of tracks.
    std::filesystem::create_directories(dir / "tracks");
    std::filesystem::copy_file(dir / "tone.mp3", dir / "tracks/01.mp3");
    EXPECT_EQ(sniffOk(dir / "tracks"), Format::AudioFolder);
    // A folder wrapping folders of tracks (multi-disc rips) is one audiobook too.
    std::filesystem::create_directories(dir / "discs/CD1");
    std::filesystem::copy_file(dir / "tone.mp3", dir / "discs/CD1/01.mp3");
    writeFile(dir / "discs/Thumbs.db", "x");
    EXPECT_EQ(sniffOk(dir / "discs"), Format::AudioFolder);
}

TEST(Format, ManifestsPackagesAndPlaylists)
{
    const auto dir = freshDir("fmt-manifest");
    writeFile(dir / "book.json", R"({"@context":"https://readium.org/webpub-manifest/context.jsonld",
        "metadata":{"title":"T"},"readingOrder":[{"href":"a.mp3","type":"audio/mpeg"}]})");
    EXPECT_EQ(sniffOk(dir / "book.json"), Format::AudiobookManifest);
    writeFile(dir / "other.json", R"({"not":"a manifest"})");
    EXPECT_EQ(sniffError(dir / "other.json"), ErrorCode::Unsupported);
    writeZip(dir / "book.zab", {{"manifest.json", "{\"readingOrder\":[]}"}, {"a.mp3", "ID3"}});
    EXPECT_EQ(sniffOk(dir / "book.zab"), Format::AudiobookPackage);
    // Older Readium manifests say "spine"; a .zab may hold only its tracks.
    writeFile(dir / "old.json", R"({"metadata":{"title":"T"},"spine":[{"href":"a.mp3"}]})");
    EXPECT_EQ(sniffOk(dir / "old.json"), Format::AudiobookManifest);
    writeZip(dir / "tracks.zab", {{"Book/01.mp3", "ID3"}, {"Book/02.mp3", "ID3"}});
    EXPECT_EQ(sniffOk(dir / "tracks.zab"), Format::AudiobookPackage);
    writeFile(dir / "list.m3u8", "#EXTM3U\n#EXTINF:1,One\n01.mp3\n");
    EXPECT_EQ(sniffOk(dir / "list.m3u8"), Format::Playlist);
}

TEST(Format, BadInputGivesItsOwnError)
{
    const auto dir = freshDir("fmt-bad");
    EXPECT_EQ(sniffError(dir / "missing.epub"), ErrorCode::NotFound);
    writeFile(dir / "zero.epub", "");
    EXPECT_EQ(sniffError(dir / "zero.epub"), ErrorCode::Empty);
    std::filesystem::create_directories(dir / "empty");
    EXPECT_EQ(sniffError(dir / "empty"), ErrorCode::Empty);
    writeFile(dir / "junk/a.bin", std::string("\x01\x02\x03\x04junk", 8));
    writeFile(dir / "junk/b.txt", "hello");
    EXPECT_EQ(sniffError(dir / "junk"), ErrorCode::Unsupported);
    writeZip(dir / "photos.zip", {{"a.jpg", "xx"}});
    EXPECT_EQ(sniffError(dir / "photos.zip"), ErrorCode::Unsupported);
    writeFile(dir / "truncated.zip", std::string("PK\x03\x04\x14\x00garbage", 14));
    EXPECT_EQ(sniffError(dir / "truncated.zip"), ErrorCode::Corrupt);
    // Every error names its subject, so a person knows which file it is about.
    auto e = detectFormat((dir / "zero.epub").string());
    ASSERT_FALSE(e.ok());
    EXPECT_NE(e.error().describe().find("zero.epub"), std::string::npos);
}
