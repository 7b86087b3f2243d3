// The shelf database on disk: migrations, items, loans, positions, bookmarks, feed cache,
// reopening, a newer schema refused, and a process killed (-9) mid-write leaves it intact.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "tingdu/catalog/ShelfDatabase.h"

using namespace tingdu::catalog;
namespace fs = std::filesystem;

namespace {
struct TempDb {
    fs::path dir = fs::temp_directory_path() / ("tingdu-shelf-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    TempDb() { fs::create_directories(dir); }
    ~TempDb() { fs::remove_all(dir); }
    std::string path() const { return (dir / "shelf.db").string(); }
};
}  // namespace

TEST(ShelfDatabase, MigratesAndKeepsEverythingAcrossReopen)
{
    TempDb t;
    std::int64_t bookmarkId = 0;
    {
        auto db = ShelfDatabase::open(t.path());
        ASSERT_TRUE(db.ok()) << db.error().describe();
        EXPECT_EQ(*(*db)->schemaVersion(), ShelfDatabase::currentSchemaVersion());
        ASSERT_TRUE((*db)->putItem({"urn:1", "白鲸", "Melville", "/books/1.epub", "https://lib/1", "application/epub+zip", 1234, "ab", ""}).ok());
        ASSERT_TRUE((*db)->putItem({"urn:2", "Two", "B", "/books/2.epub", "", "application/epub+zip", 5, "", "2020-01-01T00:00:00Z"}).ok());
        ASSERT_TRUE((*db)->savePosition({"urn:1", R"({"href":"ch3.xhtml","progression":0.4})", 0.25, ""}).ok());
        ASSERT_TRUE((*db)->savePosition({"urn:1", R"({"href":"ch4.xhtml"})", 0.5, ""}).ok());  // replaces
        auto id = (*db)->addBookmark({0, "urn:1", "loc-a", "Chapter 4", "", ""});
        ASSERT_TRUE(id.ok());
        bookmarkId = *id;
        ASSERT_TRUE((*db)->addBookmark({0, "urn:1", "loc-b", "Chapter 9", "a note", ""}).ok());
        ASSERT_TRUE((*db)->setBookmarkNote(bookmarkId, "remember this").ok());
        ASSERT_TRUE((*db)->cacheFeed({"https://lib/feed", std::string("<feed>\0binary-safe</feed>", 25), "application/atom+xml", "\"e1\"", "", ""}).ok());
    }
    auto db = ShelfDatabase::open(t.path());
    ASSERT_TRUE(db.ok()) << db.error().describe();
    auto items = (*db)->items();
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 2u);
    EXPECT_EQ((*items)[0].title, "白鲸");  // most recent first
    EXPECT_EQ((*items)[1].addedAt, "2020-01-01T00:00:00Z");
    EXPECT_EQ((*(*db)->item("urn:2"))->size, 5);
    EXPECT_FALSE((*(*db)->item("urn:404")).has_value());
    auto pos = (*db)->position("urn:1");
    ASSERT_TRUE(pos.ok() && pos->has_value());
    EXPECT_DOUBLE_EQ((*pos)->progression, 0.5);
    EXPECT_FALSE((*pos)->updatedAt.empty());
    auto marks = (*db)->bookmarks("urn:1");
    ASSERT_TRUE(marks.ok());
    ASSERT_EQ(marks->size(), 2u);
    EXPECT_EQ((*marks)[0].note, "remember this");
    ASSERT_TRUE((*db)->removeBookmark(bookmarkId).ok());
    EXPECT_EQ((*db)->bookmarks("urn:1")->size(), 1u);
    auto cached = (*db)->cachedFeed("https://lib/feed");
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->body.size(), 25u);
    EXPECT_EQ((*cached)->etag, "\"e1\"");
    ASSERT_TRUE((*db)->removeItem("urn:2").ok());
    EXPECT_EQ((*db)->items()->size(), 1u);
}

TEST(ShelfDatabase, LoansAreReplacedPerLibrary)
{
    auto db = ShelfDatabase::open(":memory:");
    ASSERT_TRUE(db.ok());
    LoanRecord a{"", "urn:a", "A", "loaned", "", "2030-01-02", -1, "", "", ""};
    LoanRecord b{"", "urn:b", "B", "loaned", "", "2030-01-01", -1, "", "", ""};
    LoanRecord h{"", "urn:h", "H", "reserved", "", "", 3, "", "", ""};
    ASSERT_TRUE((*db)->replaceLoans("lib1", {a, h}).ok());
    ASSERT_TRUE((*db)->replaceLoans("lib2", {b}).ok());
    auto loans = (*db)->loans();
    ASSERT_EQ(loans->size(), 3u);
    EXPECT_EQ((*loans)[0].publicationId, "urn:b");  // soonest due first
    EXPECT_EQ((*loans)[2].holdPosition, 3);         // undated holds last
    ASSERT_TRUE((*db)->replaceLoans("lib1", {}).ok());
    EXPECT_EQ((*db)->loans()->size(), 1u);
}

TEST(ShelfDatabase, RefusesANewerSchemaAndAnUnwritablePlace)
{
    TempDb t;
    {
        auto db = ShelfDatabase::open(t.path());
        ASSERT_TRUE(db.ok());
    }
    ASSERT_EQ(std::system(("sqlite3 " + t.path() + " 'PRAGMA user_version = 99' 2>/dev/null || python3 -c \"import sqlite3;c=sqlite3.connect('" +
                           t.path() + "');c.execute('PRAGMA user_version = 99');c.commit()\"").c_str()),
              0);
    auto newer = ShelfDatabase::open(t.path());
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, ErrorCode::Database);
    EXPECT_NE(newer.error().message.find("newer Tingdu"), std::string::npos);
    auto nowhere = ShelfDatabase::open("/nonexistent-dir/x/shelf.db");
    ASSERT_FALSE(nowhere.ok());
    EXPECT_EQ(nowhere.error().code, ErrorCode::Io);
}

TEST(ShelfDatabase, KillNineDuringWritesLeavesItConsistent)
{
    TempDb t;
    { ASSERT_TRUE(ShelfDatabase::open(t.path()).ok()); }
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {  // the writer: positions and bookmarks as fast as it can, until killed
        auto db = ShelfDatabase::open(t.path());
        for (int i = 0;; ++i) {
            (void)(*db)->savePosition({"urn:k", std::to_string(i), i / 1e6, ""});
            (void)(*db)->addBookmark({0, "urn:k", std::to_string(i), "", "", ""});
        }
    }
    {  // kill it mid-stream: once it has committed a good number of writes (however loaded the machine)
        auto watcher = ShelfDatabase::open(t.path());
        ASSERT_TRUE(watcher.ok());
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (std::chrono::steady_clock::now() < deadline) {
            auto marks = (*watcher)->bookmarks("urn:k");
            if (marks.ok() && marks->size() >= 50) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    auto db = ShelfDatabase::open(t.path());
    ASSERT_TRUE(db.ok()) << db.error().describe();
    auto pos = (*db)->position("urn:k");
    ASSERT_TRUE(pos.ok());
    ASSERT_TRUE(pos->has_value());
    auto marks = (*db)->bookmarks("urn:k");
    ASSERT_TRUE(marks.ok());
    ASSERT_FALSE(marks->empty());
    // Every committed bookmark is whole and in order; the position is one of the written ones.
    for (std::size_t i = 0; i < marks->size(); ++i) EXPECT_EQ((*marks)[i].locator, std::to_string(i));
    EXPECT_LE(std::stoul((*pos)->locator), marks->size());
    ASSERT_TRUE((*db)->savePosition({"urn:k", "after", 1, ""}).ok());  // still writable
}
