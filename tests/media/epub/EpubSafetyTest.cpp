// Hostile books: each attack gives its own error, quickly, with bounded memory, and no crash.
#include "EpubFixture.h"
#include "tingdu/media/PublicationReader.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <openssl/sha.h>
#include <sys/resource.h>

using namespace tingdu;
using namespace tingdu::test;
using media::ErrorCode;

namespace {

EpubFixture validBook()
{
    EpubFixture book = baseEpub();
    book.add(
        "OEBPS/content.opf",
        opf("3.0",
            R"(<dc:identifier id="uid">urn:uuid:0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9</dc:identifier><dc:title>T</dc:title>)",
            {{"c", "c.xhtml", "application/xhtml+xml", "", ""}}, {"c"}));
    book.add("OEBPS/c.xhtml", xhtml("<p>Fine.</p>"));
    return book;
}

// Opens BOOK written to a zip and returns the error; fails the test when it opens, or is slow.
media::Error openError(const EpubFixture& book)
{
    TempDir dir;
    book.writeZip(dir.file("hostile.epub"));
    const auto start = std::chrono::steady_clock::now();
    auto p = media::openPublication(dir.file("hostile.epub"));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
    EXPECT_FALSE(p) << "a hostile book opened";
    return p ? media::Error{} : p.error();
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

const std::string kEncryptionHead =
    R"(<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">)";

std::string encryptedData(const std::string& algorithm, const std::string& uri,
                          const std::string& keyInfo = {})
{
    return "<enc:EncryptedData><enc:EncryptionMethod Algorithm=\"" + algorithm + "\"/>" + keyInfo +
           "<enc:CipherData><enc:CipherReference URI=\"" + uri + "\"/></enc:CipherData></enc:EncryptedData>";
}

} // namespace

TEST(EpubSafety, ZipBombIsTooLarge)
{
    EpubFixture book = validBook();
    book.add("OEBPS/c.xhtml", std::string(64u << 20, ' ')); // 64 MiB of spaces deflate ~1000:1
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::TooLarge) << error.describe();
    EXPECT_NE(error.message.find("compressed"), std::string::npos) << error.message;
    EXPECT_LT(peakRssMiB(), 400); // the writer itself held 64 MiB; the reader never inflated it
}

TEST(EpubSafety, ParentPathInArchiveIsUnsafe)
{
    EpubFixture book = validBook();
    book.add("../../evil.txt", "x");
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::UnsafeContent);
    EXPECT_NE(error.message.find("../../evil.txt"), std::string::npos) << error.message;
}

TEST(EpubSafety, AbsolutePathInArchiveIsUnsafe)
{
    EpubFixture book = validBook();
    book.add("/etc/evil.txt", "x");
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::UnsafeContent);
    EXPECT_NE(error.message.find("/etc/evil.txt"), std::string::npos) << error.message;
}

TEST(EpubSafety, PackageOutsideTheBookIsUnsafe)
{
    EpubFixture book = validBook();
    book.add(
        "META-INF/container.xml",
        R"(<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="../content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>)");
    EXPECT_EQ(openError(book).code, ErrorCode::UnsafeContent);
}

TEST(EpubSafety, ManifestHrefsClimbingOutOfTheBookAreDropped)
{
    EpubFixture book = validBook();
    book.add("OEBPS/content.opf", opf("3.0", "<dc:title>T</dc:title>",
                                      {{"c", "c.xhtml", "application/xhtml+xml", "", ""},
                                       {"evil", "../../../etc/passwd", "application/xhtml+xml", "", ""},
                                       {"abs", "/etc/passwd", "application/xhtml+xml", "", ""}},
                                      {"c", "evil", "abs"}));
    TempDir dir;
    book.writeFolder(dir.file("book"));
    auto p = media::openPublication(dir.file("book"));
    ASSERT_TRUE(p) << p.error().describe();
    ASSERT_EQ((*p)->readingOrder().size(), 1u);
    EXPECT_EQ((*p)->readingOrder()[0].href, "OEBPS/c.xhtml");
    ASSERT_EQ((*p)->warnings().size(), 4u); // two unusable hrefs, two spine entries without an item
    EXPECT_NE((*p)->warnings()[0].find("evil"), std::string::npos);
}

TEST(EpubSafety, SymlinkOutOfAnUnpackedBookIsRefused)
{
    TempDir dir;
    validBook().writeFolder(dir.file("book"));
    std::filesystem::create_directory(dir.file("secret"));
    std::ofstream(dir.file("secret/key.txt")) << "secret";
    std::filesystem::create_symlink(dir.file("secret/key.txt"), dir.file("book/OEBPS/leak.txt"));
    auto p = media::openPublication(dir.file("book"));
    ASSERT_TRUE(p) << p.error().describe();
    auto leaked = (*p)->readResource("OEBPS/leak.txt");
    ASSERT_FALSE(leaked);
    EXPECT_EQ(leaked.error().code, ErrorCode::UnsafeContent);
    auto climbing = (*p)->readResource("../secret/key.txt");
    ASSERT_FALSE(climbing);
    EXPECT_EQ(climbing.error().code, ErrorCode::UnsafeContent);
}

TEST(EpubSafety, ExternalEntityIsRefused)
{
    EpubFixture book = validBook();
    book.add("OEBPS/content.opf", R"(<?xml version="1.0"?>
<!DOCTYPE package [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&xxe;</dc:title></metadata>
<manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>)");
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::UnsafeContent);
    EXPECT_NE(error.message.find("entities"), std::string::npos);
}

TEST(EpubSafety, BillionLaughsIsRefused)
{
    std::string dtd = "<!DOCTYPE c [<!ENTITY l0 \"ha\">";
    for (int i = 1; i < 10; ++i) {
        dtd += "<!ENTITY l" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j)
            dtd += "&l" + std::to_string(i - 1) + ";";
        dtd += "\">";
    }
    dtd += "]>";
    EpubFixture book = validBook();
    book.add("OEBPS/c.xhtml",
             "<?xml version=\"1.0\"?>" + dtd +
                 "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&l9;</p></body></html>");
    TempDir dir;
    book.writeZip(dir.file("laughs.epub"));
    auto p = media::openPublication(dir.file("laughs.epub"));
    ASSERT_TRUE(p) << "the package itself is fine";
    const auto start = std::chrono::steady_clock::now();
    auto doc = (*p)->text()->document(0);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::UnsafeContent);
}

TEST(EpubSafety, DeepNestingNeitherCrashesNorHangs)
{
    std::string deep;
    for (int i = 0; i < 5000; ++i) // far past libxml2's depth limit of 256
        deep += "<div><span>";
    deep += "bottom";
    EpubFixture book = validBook();
    book.add("OEBPS/c.xhtml",
             "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Top.</p>" + deep + "</body></html>");
    TempDir dir;
    book.writeZip(dir.file("deep.epub"));
    auto p = media::openPublication(dir.file("deep.epub"));
    ASSERT_TRUE(p) << p.error().describe();
    const auto start = std::chrono::steady_clock::now();
    auto doc = (*p)->text()->document(0);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
    // libxml2 stops at its depth limit; what was readable before it is kept.
    ASSERT_TRUE(doc) << doc.error().describe();
    ASSERT_FALSE(doc->blocks.empty());
    EXPECT_EQ(doc->blocks.front().text, "Top.");
}

TEST(EpubSafety, UnreadablePackageIsCorrupt)
{
    EpubFixture book = validBook();
    book.add("OEBPS/content.opf", std::string("\x00\x01\x02garbage<<<", 13));
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::Corrupt) << error.describe();
}

TEST(EpubSafety, MissingContainerIsCorrupt)
{
    EpubFixture book = validBook();
    book.remove("META-INF/container.xml");
    book.add("META-INF/other.xml", "<x/>");
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_NE(error.message.find("container.xml"), std::string::npos);
}

TEST(EpubSafety, ReadiumLcpIsNamed)
{
    EpubFixture book = validBook();
    book.add("META-INF/license.lcpl", "{}");
    book.add(
        "META-INF/encryption.xml",
        kEncryptionHead +
            encryptedData(
                "http://www.w3.org/2001/04/xmlenc#aes256-cbc", "OEBPS/c.xhtml",
                R"(<ds:KeyInfo><ds:RetrievalMethod URI="license.lcpl#/encryption/content_key"/></ds:KeyInfo>)") +
            "</encryption>");
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::DrmProtected);
    EXPECT_EQ(error.message, "this book is protected by Readium LCP and cannot be opened here");
}

TEST(EpubSafety, AdobeAdeptIsNamed)
{
    EpubFixture book = validBook();
    book.add("META-INF/rights.xml", R"(<adept:rights xmlns:adept="http://ns.adobe.com/adept"/>)");
    book.add(
        "META-INF/encryption.xml",
        kEncryptionHead +
            encryptedData(
                "http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/c.xhtml",
                R"(<ds:KeyInfo><resource xmlns="http://ns.adobe.com/adept">abc</resource></ds:KeyInfo>)") +
            "</encryption>");
    const auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::DrmProtected);
    EXPECT_EQ(error.message, "this book is protected by Adobe ADEPT and cannot be opened here");
}

TEST(EpubSafety, AppleFairPlayAndUnknownSchemesAreNamed)
{
    EpubFixture book = validBook();
    book.add("META-INF/sinf.xml", "<fairplay:sinf xmlns:fairplay=\"http://itunes.apple.com/ns/epub\"/>");
    book.add("META-INF/encryption.xml",
             kEncryptionHead + encryptedData("http://itunes.apple.com/dataenc", "OEBPS/c.xhtml") +
                 "</encryption>");
    auto error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::DrmProtected);
    EXPECT_EQ(error.message, "this book is protected by Apple FairPlay and cannot be opened here");

    book.remove("META-INF/sinf.xml");
    book.add("META-INF/encryption.xml",
             kEncryptionHead + encryptedData("urn:example:secret", "OEBPS/c.xhtml") + "</encryption>");
    error = openError(book);
    EXPECT_EQ(error.code, ErrorCode::DrmProtected);
    EXPECT_EQ(error.message, "this book is protected by an unknown encryption scheme (urn:example:secret) "
                             "and cannot be opened here");
}

TEST(EpubSafety, ObfuscatedFontsAreRestored)
{
    const std::string uid = "urn:uuid:0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9";
    std::string font = "OTTO";
    for (int i = 0; i < 3000; ++i)
        font += static_cast<char>('a' + i % 26);

    // IDPF: SHA-1 of the identifier (computed here with OpenSSL), XORed over 1040 bytes.
    unsigned char key[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(uid.data()), uid.size(), key);
    std::string idpf = font;
    for (std::size_t i = 0; i < 1040; ++i)
        idpf[i] = static_cast<char>(idpf[i] ^ key[i % SHA_DIGEST_LENGTH]);
    // Adobe: the UUID's 16 bytes, XORed over 1024 bytes.
    const unsigned char uuid[16] = {0x0a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71,
                                    0x82, 0x93, 0xa4, 0xb5, 0xc6, 0xd7, 0xe8, 0xf9};
    std::string adobe = font;
    for (std::size_t i = 0; i < 1024; ++i)
        adobe[i] = static_cast<char>(adobe[i] ^ uuid[i % 16]);

    EpubFixture book = validBook();
    book.add("OEBPS/fonts/a.otf", idpf);
    book.add("OEBPS/fonts/b.otf", adobe);
    book.add("META-INF/encryption.xml",
             kEncryptionHead + encryptedData("http://www.idpf.org/2008/embedding", "OEBPS/fonts/a.otf") +
                 encryptedData("http://ns.adobe.com/pdf/enc#RC", "OEBPS/fonts/b.otf") + "</encryption>");
    TempDir dir;
    book.writeZip(dir.file("fonts.epub"));
    auto p = media::openPublication(dir.file("fonts.epub"));
    ASSERT_TRUE(p) << p.error().describe();
    auto a = (*p)->readResource("OEBPS/fonts/a.otf");
    auto b = (*p)->readResource("OEBPS/fonts/b.otf");
    ASSERT_TRUE(a && b);
    EXPECT_EQ(*a, font);
    EXPECT_EQ(*b, font);
}
