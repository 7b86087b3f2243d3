// The zip layer refuses hostile archives before anything reads them.
#include "core/ZipArchive.h"

#include "TestFiles.h"

using namespace tingdu::media;
using namespace tingdu::media::test;

TEST(ZipArchive, ReadsEntriesExactlyAndCaseInsensitively)
{
    const auto dir = freshDir("zip-ok");
    writeZip(dir / "a.zip", {{"Dir/File.TXT", "hello"}, {"b", std::string(100000, 'x')}});
    auto zip = ZipArchive::open((dir / "a.zip").string());
    ASSERT_TRUE(zip.ok()) << zip.error().describe();
    EXPECT_EQ((*zip)->entries().size(), 2u);
    auto text = (*zip)->read("dir/file.txt");
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(*text, "hello");
    EXPECT_EQ((*zip)->read("b")->size(), 100000u);
    EXPECT_EQ((*zip)->read("missing").error().code, ErrorCode::NotFound);
}

TEST(ZipArchive, RefusesPathTraversalAndAbsolutePaths)
{
    const auto dir = freshDir("zip-unsafe");
    for (const char* name : {"../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/x.txt", "..\\evil"}) {
        writeZip(dir / "u.zip", {{"ok.txt", "x"}, {name, "x"}});
        auto zip = ZipArchive::open((dir / "u.zip").string());
        ASSERT_FALSE(zip.ok()) << name;
        EXPECT_EQ(zip.error().code, ErrorCode::UnsafeContent) << name;
    }
    EXPECT_TRUE(isSafeArchivePath("OEBPS/..chapter.xhtml"));
}

TEST(ZipArchive, RefusesBombsBySizeAndRatio)
{
    const auto dir = freshDir("zip-bomb");
    // 64 MiB of zeros compresses ~1000:1: over the ratio cap.
    writeZip(dir / "bomb.zip", {{"zeros", std::string(64u << 20, '\0')}});
    auto zip = ZipArchive::open((dir / "bomb.zip").string());
    ASSERT_FALSE(zip.ok());
    EXPECT_EQ(zip.error().code, ErrorCode::TooLarge);
    // Under a small total cap, a modest archive is too large as well.
    writeZip(dir / "big.zip", {{"a", std::string(3u << 20, 'a')}, {"b", std::string(3u << 20, 'b')}});
    ZipLimits small;
    small.maxTotalSize = 4u << 20;
    small.maxRatio = 1u << 20;
    auto big = ZipArchive::open((dir / "big.zip").string(), small);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, ErrorCode::TooLarge);
    // A read cap smaller than the entry refuses to inflate it.
    auto ok = ZipArchive::open((dir / "big.zip").string(), ZipLimits{100, 1u << 30, 1u << 30, 1u << 20});
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ((*ok)->read("a", 1024).error().code, ErrorCode::TooLarge);
}

TEST(ZipArchive, NotAZip)
{
    const auto dir = freshDir("zip-not");
    writeFile(dir / "x.zip", "definitely not a zip file, just text");
    auto zip = ZipArchive::open((dir / "x.zip").string());
    ASSERT_FALSE(zip.ok());
    EXPECT_EQ(zip.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(ZipArchive::open((dir / "none.zip").string()).error().code, ErrorCode::NotFound);
}
