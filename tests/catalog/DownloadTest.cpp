// Downloads over real HTTPS: progress, checksum, resume with Range after a drop, cancel, and a
// full disk (RLIMIT_FSIZE) — the destination is either absent or complete, never half-written.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <fstream>

#include "HttpsTestServer.h"
#include "tingdu/catalog/Downloader.h"

using namespace tingdu::catalog;
using tingdu::testing::HttpsTestServer;
namespace fs = std::filesystem;

namespace {

struct Dir {
    fs::path path = fs::temp_directory_path() / ("tingdu-dl-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    Dir() { fs::create_directories(path); }
    ~Dir() { fs::remove_all(path); }
};

std::string makeBook(const fs::path& p, std::size_t size)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 7919) % 251);
    std::ofstream(p, std::ios::binary) << bytes;
    return bytes;
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

HttpsClient& client()
{
    static HttpsClient c([] {
        HttpsOptions o;
        o.caFile = HttpsTestServer::caFile();
        return o;
    }());
    return c;
}

}  // namespace

TEST(Download, CompletesWithProgressAndChecksumAndNoPartLeft)
{
    Dir d;
    const std::string bytes = makeBook(d.path / "src.epub", 300000);
    auto expected = sha256File((d.path / "src.epub").string());
    ASSERT_TRUE(expected.ok());
    HttpsTestServer server([&](auto& req, auto& resp) { tingdu::testing::serveFile(req, resp, (d.path / "src.epub").string()); });
    std::uint64_t last = 0, total = 0;
    int calls = 0;
    const std::string dest = (d.path / "book.epub").string();
    DownloadOptions o;
    o.expectedSize = bytes.size();
    o.sha256 = *expected;
    auto r = download(client(), server.url("/book.epub"), dest, o, [&](std::uint64_t got, std::uint64_t all) {
        EXPECT_GE(got, last);
        last = got;
        total = all;
        ++calls;
    });
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->size, bytes.size());
    EXPECT_EQ(r->sha256, *expected);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(last, bytes.size());
    EXPECT_EQ(total, bytes.size());
    EXPECT_EQ(slurp(dest), bytes);
    EXPECT_FALSE(fs::exists(dest + ".part"));
}

TEST(Download, ResumesWithRangeAfterADroppedConnection)
{
    Dir d;
    const std::string bytes = makeBook(d.path / "src.epub", 400000);
    std::atomic<int> requests{0};
    std::string range;
    HttpsTestServer server([&](auto& req, auto& resp) {
        tingdu::testing::ServeOptions so;
        if (requests++ == 0) so.dropAfterBytes = 150000;
        else range = req.get("Range", "");
        tingdu::testing::serveFile(req, resp, (d.path / "src.epub").string(), so);
    });
    const std::string dest = (d.path / "book.epub").string();
    auto first = download(client(), server.url("/b"), dest);
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().code, ErrorCode::ConnectionLost) << first.error().describe();
    EXPECT_FALSE(fs::exists(dest));
    ASSERT_TRUE(fs::exists(dest + ".part"));
    const auto partial = fs::file_size(dest + ".part");
    EXPECT_GT(partial, 0u);
    EXPECT_LT(partial, bytes.size());

    auto second = download(client(), server.url("/b"), dest);
    ASSERT_TRUE(second.ok()) << second.error().describe();
    EXPECT_TRUE(second->resumed);
    EXPECT_EQ(range, "bytes=" + std::to_string(partial) + "-");
    EXPECT_EQ(slurp(dest), bytes);
}

TEST(Download, ChecksumOrSizeMismatchLeavesNothing)
{
    Dir d;
    makeBook(d.path / "src.epub", 50000);
    HttpsTestServer server([&](auto& req, auto& resp) { tingdu::testing::serveFile(req, resp, (d.path / "src.epub").string()); });
    const std::string dest = (d.path / "book.epub").string();
    DownloadOptions bad;
    bad.sha256 = std::string(64, '0');
    auto r = download(client(), server.url("/b"), dest, bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Checksum);
    DownloadOptions wrongSize;
    wrongSize.expectedSize = 49999;
    auto s = download(client(), server.url("/b"), dest, wrongSize);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Checksum);
    EXPECT_FALSE(fs::exists(dest));
    EXPECT_FALSE(fs::exists(dest + ".part"));
}

TEST(Download, CancelLeavesNoBookOnTheShelf)
{
    Dir d;
    makeBook(d.path / "src.epub", 2000000);
    HttpsTestServer server([&](auto& req, auto& resp) {
        tingdu::testing::ServeOptions so;
        so.bytesPerSecond = 400000;
        tingdu::testing::serveFile(req, resp, (d.path / "src.epub").string(), so);
    });
    CancelToken token;
    const std::string dest = (d.path / "book.epub").string();
    auto r = download(client(), server.url("/b"), dest, {}, [&](std::uint64_t got, std::uint64_t) {
        if (got > 100000) token.cancel();
    }, &token);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(fs::exists(dest));
}

TEST(Download, FullDiskLeavesNothingHalfWritten)
{
    Dir d;
    makeBook(d.path / "src.epub", 600000);
    HttpsTestServer server([&](auto& req, auto& resp) { tingdu::testing::serveFile(req, resp, (d.path / "src.epub").string()); });
    const std::string dest = (d.path / "book.epub").string();
    // Simulate a full disk: files may not grow past 100 kB (writes then fail with EFBIG).
    struct rlimit old {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    auto previous = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 100000;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    auto r = download(client(), server.url("/b"), dest);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Io);
    EXPECT_EQ(r.error().message, "The disk is full: the book could not be saved.");
    EXPECT_FALSE(fs::exists(dest));
    EXPECT_FALSE(fs::exists(dest + ".part"));
}
