// ShelfDatabase: loans, reading positions, bookmarks and the feed cache (one short statement or
// transaction each, so an interrupted process leaves either the old or the new state).
#include <Poco/Data/Statement.h>
#include <Poco/Data/Transaction.h>

#include "shelf/ShelfImpl.h"

using namespace Poco::Data::Keywords;

namespace tingdu::catalog {

using shelf::dbError;
using shelf::kNow;

Result<void> ShelfDatabase::replaceLoans(const std::string& libraryId, const std::vector<LoanRecord>& loans)
{
    std::lock_guard lock(m_impl->mutex);
    auto& s = m_impl->session;
    try {
        Poco::Data::Transaction t(s);
        std::string lib = libraryId;
        s << "DELETE FROM loans WHERE library_id = ?", use(lib), now;
        for (LoanRecord l : loans) {
            l.libraryId = libraryId;
            s << "INSERT OR REPLACE INTO loans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", use(l.libraryId),
                use(l.publicationId), use(l.title), use(l.state), use(l.since), use(l.until), use(l.holdPosition),
                use(l.revokeUrl), use(l.fulfilUrl), use(l.entryUrl), now;
        }
        t.commit();
        return {};
    } catch (const Poco::Exception& e) {
        return dbError(e, "save the loans");
    }
}

Result<std::vector<LoanRecord>> ShelfDatabase::loans()
{
    std::lock_guard lock(m_impl->mutex);
    try {
        std::vector<LoanRecord> out;
        LoanRecord l;
        Poco::Data::Statement select(m_impl->session);
        select << "SELECT library_id, publication_id, title, state, since, until, hold_position, revoke_url, "
                  "fulfil_url, entry_url FROM loans ORDER BY until = '', until, title",
            into(l.libraryId), into(l.publicationId), into(l.title), into(l.state), into(l.since), into(l.until),
            into(l.holdPosition), into(l.revokeUrl), into(l.fulfilUrl), into(l.entryUrl), range(0, 1);
        while (!select.done())
            if (select.execute() > 0) out.push_back(l);
        return out;
    } catch (const Poco::Exception& e) {
        return dbError(e, "read the loans");
    }
}

Result<void> ShelfDatabase::savePosition(const ReadingPosition& position)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        ReadingPosition p = position;
        m_impl->session << "INSERT OR REPLACE INTO positions VALUES (?, ?, ?, " + std::string(kNow) + ")",
            use(p.publicationId), use(p.locator), use(p.progression), now;
        return {};
    } catch (const Poco::Exception& e) {
        return dbError(e, "save the reading position");
    }
}

Result<std::optional<ReadingPosition>> ShelfDatabase::position(const std::string& publicationId)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        std::string id = publicationId;
        ReadingPosition p;
        Poco::Data::Statement select(m_impl->session);
        select << "SELECT publication_id, locator, progression, updated_at FROM positions WHERE publication_id = ?",
            use(id), into(p.publicationId), into(p.locator), into(p.progression), into(p.updatedAt);
        if (select.execute() == 0) return std::optional<ReadingPosition>();
        return std::optional<ReadingPosition>(p);
    } catch (const Poco::Exception& e) {
        return dbError(e, "read the reading position");
    }
}

Result<std::int64_t> ShelfDatabase::addBookmark(const Bookmark& bookmark)
{
    std::lock_guard lock(m_impl->mutex);
    auto& s = m_impl->session;
    try {
        Bookmark b = bookmark;
        Poco::Data::Transaction t(s);
        s << "INSERT INTO bookmarks (publication_id, locator, label, note, created_at) VALUES (?, ?, ?, ?, " +
                 std::string(kNow) + ")",
            use(b.publicationId), use(b.locator), use(b.label), use(b.note), now;
        Poco::Int64 id = 0;
        s << "SELECT last_insert_rowid()", into(id), now;
        t.commit();
        return static_cast<std::int64_t>(id);
    } catch (const Poco::Exception& e) {
        return dbError(e, "save the bookmark");
    }
}

Result<void> ShelfDatabase::setBookmarkNote(std::int64_t id, const std::string& note)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        std::string n = note;
        Poco::Int64 i = id;
        m_impl->session << "UPDATE bookmarks SET note = ? WHERE id = ?", use(n), use(i), now;
        return {};
    } catch (const Poco::Exception& e) {
        return dbError(e, "save the note");
    }
}

Result<void> ShelfDatabase::removeBookmark(std::int64_t id)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        Poco::Int64 i = id;
        m_impl->session << "DELETE FROM bookmarks WHERE id = ?", use(i), now;
        return {};
    } catch (const Poco::Exception& e) {
        return dbError(e, "remove the bookmark");
    }
}

Result<std::vector<Bookmark>> ShelfDatabase::bookmarks(const std::string& publicationId)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        std::string id = publicationId;
        std::vector<Bookmark> out;
        Bookmark b;
        Poco::Int64 rowId = 0;
        Poco::Data::Statement select(m_impl->session);
        select << "SELECT id, publication_id, locator, label, note, created_at FROM bookmarks "
                  "WHERE publication_id = ? ORDER BY id",
            use(id), into(rowId), into(b.publicationId), into(b.locator), into(b.label), into(b.note),
            into(b.createdAt), range(0, 1);
        while (!select.done())
            if (select.execute() > 0) {
                b.id = rowId;
                out.push_back(b);
            }
        return out;
    } catch (const Poco::Exception& e) {
        return dbError(e, "read the bookmarks");
    }
}

Result<void> ShelfDatabase::cacheFeed(const CachedFeed& feed)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        CachedFeed f = feed;
        Poco::Data::BLOB body(reinterpret_cast<const unsigned char*>(f.body.data()), f.body.size());
        m_impl->session << "INSERT OR REPLACE INTO feed_cache VALUES (?, ?, ?, ?, ?, " + std::string(kNow) + ")",
            use(f.url), use(body), use(f.contentType), use(f.etag), use(f.lastModified), now;
        return {};
    } catch (const Poco::Exception& e) {
        return dbError(e, "cache the feed");
    }
}

Result<std::optional<CachedFeed>> ShelfDatabase::cachedFeed(const std::string& url)
{
    std::lock_guard lock(m_impl->mutex);
    try {
        std::string u = url;
        CachedFeed f;
        Poco::Data::BLOB body;
        Poco::Data::Statement select(m_impl->session);
        select << "SELECT url, body, content_type, etag, last_modified, fetched_at FROM feed_cache WHERE url = ?",
            use(u), into(f.url), into(body), into(f.contentType), into(f.etag), into(f.lastModified), into(f.fetchedAt);
        if (select.execute() == 0) return std::optional<CachedFeed>();
        f.body.assign(reinterpret_cast<const char*>(body.rawContent()), body.size());
        return std::optional<CachedFeed>(std::move(f));
    } catch (const Poco::Exception& e) {
        return dbError(e, "read the feed cache");
    }
}

}  // namespace tingdu::catalog
