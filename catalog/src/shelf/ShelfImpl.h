#pragma once
// The shelf's connection, shared by the files that implement ShelfDatabase.
#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include <mutex>

#include "tingdu/catalog/ShelfDatabase.h"

namespace tingdu::catalog {

struct ShelfDatabase::Impl {
    // Poco retries a failing open for its login time-out (60 s by default): keep that short.
    explicit Impl(const std::string& path) : session("SQLite", path, 3) {}
    std::mutex mutex;  // Poco sessions are not thread-safe
    Poco::Data::Session session;
};

namespace shelf {
constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%SZ','now')";
inline Error dbError(const Poco::Exception& e, const std::string& what)
{
    return makeError(ErrorCode::Database, "The local shelf could not " + what + ": " + e.displayText() + ".");
}
}  // namespace shelf

}  // namespace tingdu::catalog
