#pragma once
// The local shelf: books on this computer, loans, reading positions, bookmarks and a cache of
// browsed feeds (for offline browsing). SQLite in WAL mode, each change one short transaction,
// so a crash or kill -9 never leaves it corrupt. Thread-safe (one connection behind a mutex).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tingdu/catalog/Result.h"

namespace tingdu::catalog {

struct ShelfItem {
    std::string publicationId;  ///< the catalog's id (or a local one for side-loaded files)
    std::string title;
    std::string author;
    std::string path;       ///< the local file
    std::string sourceUrl;  ///< where it was downloaded from
    std::string mediaType;
    std::int64_t size = 0;
    std::string sha256;     ///< hex, empty when unknown
    std::string addedAt;    ///< ISO 8601 UTC, set by the database when empty
};

struct LoanRecord {
    std::string libraryId;
    std::string publicationId;
    std::string title;
    std::string state;       ///< "loaned", "reserved", "ready"
    std::string since;
    std::string until;       ///< due date / hold expiry
    int holdPosition = -1;
    std::string revokeUrl;   ///< return / cancel hold
    std::string fulfilUrl;   ///< download or stream
    std::string entryUrl;    ///< the entry to re-fetch (borrow again = renew)
};

struct ReadingPosition {
    std::string publicationId;
    std::string locator;       ///< opaque to the shelf (JSON locator from the reader)
    double progression = 0;    ///< 0..1 through the whole publication
    std::string updatedAt;     ///< set by the database
};

struct Bookmark {
    std::int64_t id = 0;  ///< assigned by addBookmark
    std::string publicationId;
    std::string locator;
    std::string label;
    std::string note;
    std::string createdAt;
};

struct CachedFeed {
    std::string url;
    std::string body;
    std::string contentType;
    std::string etag;
    std::string lastModified;
    std::string fetchedAt;  ///< set by the database
};

class ShelfDatabase {
public:
    /// Opens (creating and migrating as needed) the database at path; ":memory:" for a scratch one.
    static Result<std::unique_ptr<ShelfDatabase>> open(const std::string& path);
    ~ShelfDatabase();
    ShelfDatabase(const ShelfDatabase&) = delete;
    ShelfDatabase& operator=(const ShelfDatabase&) = delete;

    /// The schema version this build writes (migrations run up to it on open).
    static int currentSchemaVersion();
    Result<int> schemaVersion();

    Result<void> putItem(const ShelfItem& item);  ///< insert or replace by publicationId
    Result<std::optional<ShelfItem>> item(const std::string& publicationId);
    Result<std::vector<ShelfItem>> items();       ///< most recently added first
    Result<void> removeItem(const std::string& publicationId);

    /// Replaces every loan of one library with the loans feed's view (the source of truth).
    Result<void> replaceLoans(const std::string& libraryId, const std::vector<LoanRecord>& loans);
    Result<std::vector<LoanRecord>> loans();  ///< soonest due first

    Result<void> savePosition(const ReadingPosition& position);
    Result<std::optional<ReadingPosition>> position(const std::string& publicationId);

    Result<std::int64_t> addBookmark(const Bookmark& bookmark);
    Result<void> setBookmarkNote(std::int64_t id, const std::string& note);
    Result<void> removeBookmark(std::int64_t id);
    Result<std::vector<Bookmark>> bookmarks(const std::string& publicationId);

    Result<void> cacheFeed(const CachedFeed& feed);
    Result<std::optional<CachedFeed>> cachedFeed(const std::string& url);

private:
    struct Impl;
    explicit ShelfDatabase(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace tingdu::catalog
