// kill -9 at random moments while positions, bookmarks, loans and downloads are being saved:
// the database is never corrupt, no acknowledged position is lost, and no half-written book is
// ever on the shelf (only complete files, or ".part" files the downloader resumes or removes).
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "HttpsTestServer.h"
#include "tingdu/catalog/Downloader.h"
#include "tingdu/catalog/ShelfDatabase.h"

namespace fs = std::filesystem;
namespace catalog = tingdu::catalog;
namespace support = tingdu::testing;

namespace {

struct Child {
    pid_t pid = -1;
    int out = -1;
};

Child spawn(const std::vector<std::string>& args)
{
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    Child c;
    c.pid = fork();
    if (c.pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(fds[1]);
    c.out = fds[0];
    return c;
}

long lastAck(int fd)
{
    std::string all;
    char buf[4096];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        all.append(buf, static_cast<std::size_t>(n));
    close(fd);
    const auto pos = all.rfind("ack ");
    if (pos == std::string::npos)
        return 0;
    const auto end = all.find('\n', pos);
    if (end == std::string::npos) {  // killed mid-line: that save was not acknowledged in full
        const auto prev = all.rfind("ack ", pos == 0 ? 0 : pos - 1);
        return prev == std::string::npos || prev == pos ? 0 : std::stol(all.substr(prev + 4));
    }
    return std::stol(all.substr(pos + 4, end - pos - 4));
}

/// Milliseconds from starting the writer ARGS to its first acknowledged save. The kills are spread
/// over that much longer, so that a slow start (~0.4 s in the ASan+UBSan build, against a 5-400 ms
/// window) still leaves most of them landing in saves and downloads rather than in the start-up.
int writerStartupMs(const std::vector<std::string>& args)
{
    const auto began = std::chrono::steady_clock::now();
    Child c = spawn(args);
    std::string seen;
    char buf[256];
    pollfd ready{c.out, POLLIN, 0};
    while (seen.find('\n') == std::string::npos && poll(&ready, 1, 10000) > 0) {
        const ssize_t n = read(c.out, buf, sizeof buf);
        if (n <= 0)
            break;
        seen.append(buf, static_cast<std::size_t>(n));
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began);
    kill(c.pid, SIGKILL);
    waitpid(c.pid, nullptr, 0);
    close(c.out);
    return static_cast<int>(ms.count());
}

std::string integrity(const std::string& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return "cannot open";
    std::string result;
    sqlite3_exec(db, "PRAGMA integrity_check", [](void* r, int, char** v, char**) {
        *static_cast<std::string*>(r) += v[0] ? v[0] : "";
        return 0;
    }, &result, nullptr);
    sqlite3_close(db);
    return result;
}

}  // namespace

TEST(CrashSafety, KillNineNeverCorruptsOrLosesWhatWasSaved)
{
    const fs::path dir = fs::path(::testing::TempDir()) / ("tingdu-crash-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "shelf");
    const fs::path book = dir / "served.epub";
    {
        std::ofstream out(book, std::ios::binary);
        std::mt19937 rng(7);
        for (int i = 0; i < (2 << 20) / 4; ++i) {
            const std::uint32_t v = rng();
            out.write(reinterpret_cast<const char*>(&v), 4);
        }
    }
    const auto sha = catalog::sha256File(book.string());
    ASSERT_TRUE(sha.ok());
    support::ServeOptions slow;
    slow.bytesPerSecond = 8u << 20;  // a download takes ~250 ms: kills land in the middle of them
    support::HttpsTestServer server([&](Poco::Net::HTTPServerRequest& rq, Poco::Net::HTTPServerResponse& rs) {
        support::serveFile(rq, rs, book.string(), slow);
    });

    const std::string dbPath = (dir / "shelf.db").string();
    std::mt19937 rng(std::random_device{}());
    // A scratch database: the trials' own starts from an empty one.
    fs::create_directories(dir / "startup-shelf");
    const int startupMs = writerStartupMs({CRASH_WRITER, (dir / "startup.db").string(), (dir / "startup-shelf").string(),
                                           server.url("/book.epub"), support::HttpsTestServer::caFile(), *sha});
    std::uniform_int_distribution<int> delay(5, 400 + startupMs);
    const int trials = 40;
    long acknowledged = 0;
    for (int t = 0; t < trials; ++t) {
        Child c = spawn({CRASH_WRITER, dbPath, (dir / "shelf").string(), server.url("/book.epub"),
                         support::HttpsTestServer::caFile(), *sha});
        std::this_thread::sleep_for(std::chrono::milliseconds(delay(rng)));
        kill(c.pid, SIGKILL);
        int status = 0;
        waitpid(c.pid, &status, 0);
        acknowledged = std::max(acknowledged, lastAck(c.out));

        ASSERT_EQ(integrity(dbPath), "ok") << "trial " << t;
        auto db = catalog::ShelfDatabase::open(dbPath);
        ASSERT_TRUE(db.ok()) << "trial " << t << ": " << db.error().message;
        auto position = (*db)->position("book");
        ASSERT_TRUE(position.ok());
        const long saved = *position && !(*position)->locator.empty() ? std::stol((*position)->locator) : 0;
        EXPECT_GE(saved, acknowledged) << "trial " << t << ": an acknowledged position was lost";
        for (const auto& f : fs::directory_iterator(dir / "shelf")) {
            if (f.path().extension() == ".part")
                continue;
            EXPECT_EQ(fs::file_size(f.path()), fs::file_size(book)) << f.path() << " is half-written";
            EXPECT_EQ(*catalog::sha256File(f.path().string()), *sha) << f.path();
        }
    }
    EXPECT_GT(acknowledged, trials) << "the writer barely ran; the test proved little";
    std::printf("crash-safety: %d kill -9 trials (writer start-up %d ms), %ld acknowledged saves, no corruption, "
                "nothing lost\n", trials, startupMs, acknowledged);
    if (!HasFailure())
        fs::remove_all(dir);  // kept when a trial failed, for a look at what the writer left
}
