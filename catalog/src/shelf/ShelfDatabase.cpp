// ShelfDatabase over Poco::Data::SQLite: WAL, busy timeout, versioned migrations, short transactions.
#include "shelf/ShelfImpl.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Transaction.h>
#include <Poco/Exception.h>

#include <filesystem>
#include <mutex>

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace tingdu::catalog {

namespace {

// Each step takes the schema from version i to i+1; never edit a shipped step, add a new one.
const char* const kMigrations[] = {
    // 1: the first shelf
    "CREATE TABLE items (publication_id TEXT PRIMARY KEY, title TEXT NOT NULL, author TEXT NOT NULL,"
    " path TEXT NOT NULL, source_url TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL, added_at TEXT NOT NULL);"
    "CREATE TABLE loans (library_id TEXT NOT NULL, publication_id TEXT NOT NULL, title TEXT NOT NULL,"
    " state TEXT NOT NULL, since TEXT NOT NULL, until TEXT NOT NULL, hold_position INTEGER NOT NULL,"
    " revoke_url TEXT NOT NULL, fulfil_url TEXT NOT NULL, entry_url TEXT NOT NULL,"
    " PRIMARY KEY (library_id, publication_id));"
    "CREATE TABLE positions (publication_id TEXT PRIMARY KEY, locator TEXT NOT NULL,"
    " progression REAL NOT NULL, updated_at TEXT NOT NULL);"
    "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY AUTOINCREMENT, publication_id TEXT NOT NULL,"
    " locator TEXT NOT NULL, label TEXT NOT NULL, note TEXT NOT NULL, created_at TEXT NOT NULL);"
    "CREATE INDEX bookmarks_by_publication ON bookmarks(publication_id);",
    // 2: the offline feed cache
    "CREATE TABLE feed_cache (url TEXT PRIMARY KEY, body BLOB NOT NULL, content_type TEXT NOT NULL,"
    " etag TEXT NOT NULL, last_modified TEXT NOT NULL, fetched_at TEXT NOT NULL);",
};
constexpr int kVersion = static_cast<int>(std::size(kMigrations));

using shelf::dbError;
using shelf::kNow;

}  // namespace

ShelfDatabase::ShelfDatabase(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ShelfDatabase::~ShelfDatabase() = default;

int ShelfDatabase::currentSchemaVersion() { return kVersion; }

Result<std::unique_ptr<ShelfDatabase>> ShelfDatabase::open(const std::string& path)
{
    static std::once_flag registered;
    std::call_once(registered, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    if (path != ":memory:") {
        const std::filesystem::path parent = std::filesystem::path(path).parent_path();
        std::error_code ec;
        if (!parent.empty() && !std::filesystem::is_directory(parent, ec))
            return makeError(ErrorCode::Io, "The folder for the local shelf does not exist.", parent.string());
    }
    try {
        auto impl = std::make_unique<Impl>(path);
        Session& s = impl->session;
        s << "PRAGMA busy_timeout = 5000", now;  // another process (app and CLI) may hold the lock briefly
        std::string mode;
        s << "PRAGMA journal_mode = WAL", into(mode), now;
        s << "PRAGMA synchronous = NORMAL", now;  // with WAL: durable across crashes, only a power cut may lose the last commit
        s << "PRAGMA foreign_keys = ON", now;
        int version = 0;
        s << "PRAGMA user_version", into(version), now;
        if (version > kVersion)
            return makeError(ErrorCode::Database,
                             "The local shelf was written by a newer Tingdu (schema " + std::to_string(version) +
                                 "); update Tingdu to open it.",
                             path);
        for (int v = version; v < kVersion; ++v) {
            Poco::Data::Transaction t(s);
            std::string script = kMigrations[v];
            std::size_t start = 0;
            while (start < script.size()) {
                auto end = script.find(';', start);
                if (end == std::string::npos) end = script.size();
                std::string stmt = script.substr(start, end - start);
                if (stmt.find_first_not_of(" \n") != std::string::npos) s << stmt, now;
                start = end + 1;
            }
            s << "PRAGMA user_version = " + std::to_string(v + 1), now;
            t.commit();
        }
        return std::unique_ptr<ShelfDatabase>(new ShelfDatabase(std::move(impl)));
    } catch (const Poco::Exception& e) {
        Error err = dbError(e, "be opened");
        err.subject = path;
        return err;
    }
}

Result<int> ShelfDatabase::schemaVersion()
{
    std::lock_guard lock(m_impl->mutex);
    try {
        int v = 0;
        m_impl->session << "PRAGMA user_version", into(v), now;
        return v;
    } catch (const Poco::Exception& e) {
        return dbError(e, "be read");
    }
}

Result<void> ShelfDatabase::putItem(const ShelfItem& item)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        ShelfItem i = item;
        m_impl->session << "INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                           "COALESCE(NULLIF(?, ''), " + std::string(kNow) + "))",
            use(i.publicationId), use(i.title), use(i.author), use(i.path), use(i.sourceUrl), use(i.mediaType),
            use(i.size), use(i.sha256), use(i.addedAt), now;
        return {};
    } catch (const Poco::Exception& e) {
        return dbError(e, "save the book");
    }
}

Result<std::vector<ShelfItem>> ShelfDatabase::items()
{
    std::lock_guard lock(m_impl->mutex);
    try {
        std::vector<ShelfItem> out;
        Poco::Data::Statement select(m_impl->session);
        ShelfItem i;
        select << "SELECT publication_id, title, author, path, source_url, media_type, size, sha256, added_at "
                  "FROM items ORDER BY added_at DESC, rowid DESC",
            into(i.publicationId), into(i.title), into(i.author), into(i.path), into(i.sourceUrl), into(i.mediaType),
            into(i.size), into(i.sha256), into(i.addedAt), range(0, 1);
        while (!select.done())
            if (select.execute() > 0) out.push_back(i);
        return out;
    } catch (const Poco::Exception& e) {
        return dbError(e, "be read");
    }
}

Result<std::optional<ShelfItem>> ShelfDatabase::item(const std::string& publicationId)
{
    auto all = items();
    if (!all) return all.error();
    for (auto& i : *all)
        if (i.publicationId == publicationId) return std::optional<ShelfItem>(std::move(i));
    return std::optional<ShelfItem>();
}

Result<void> ShelfDatabase::removeItem(const std::string& publicationId)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        std::string id = publicationId;
        m_impl->session << "DELETE FROM items WHERE publication_id = ?", use(id), now;
        return {};
    } catch (const Poco::Exception& e) {
        return dbError(e, "remove the book");
    }
}

}  // namespace tingdu::catalog
