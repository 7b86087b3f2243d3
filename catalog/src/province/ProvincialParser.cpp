// The provincial profile's documents (docs/catalog-profile.md) as pure functions of their bytes:
// the client calls fetch, these parse, so the parsing can be unit-tested and fuzzed offline.
#include "tingdu/catalog/Provincial.h"
#include "util/Json.h"

#include <algorithm>
#include <cmath>

namespace tingdu::catalog::province {

namespace {

// A document's root object and the list it must carry.
Result<json::ArrayPtr> listIn(std::string_view body, const std::string& key, const std::string& url)
{
    auto root = json::parseObject(std::string(body), url);
    if (!root)
        return root.error();
    auto a = json::array(*root, key);
    if (!a)
        return makeError(ErrorCode::MalformedBody, "The answer has no “" + key + "” list.", url);
    return a;
}

// A place's "geo", when both coordinates are numbers in range (a bad one would sort as NaN).
std::optional<GeoPoint> geo(const json::ObjectPtr& o)
{
    auto g = json::object(o, "geo");
    if (!g)
        return std::nullopt;
    const double lat = json::number(g, "latitude", NAN);
    const double lon = json::number(g, "longitude", NAN);
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180)
        return std::nullopt;
    return GeoPoint{lat, lon};
}

// Only http(s) links are followed; anything else in a statusUrl is dropped, not fetched.
std::string httpUrl(const std::string& base, const std::string& href)
{
    if (href.empty())
        return {};
    const std::string resolved = resolveUrl(base, href);
    return resolved.rfind("https://", 0) == 0 || resolved.rfind("http://", 0) == 0 ? resolved : std::string();
}

template <typename Place> void sortPlaces(std::vector<Place>& places, GeoPoint near)
{
    for (auto& p : places)
        p.distanceKm = p.hasLocation ? distanceKm(near, p.location) : -1;
    std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
        if (a.hasLocation != b.hasLocation)
            return a.hasLocation; // located places first
        return a.hasLocation && a.distanceKm < b.distanceKm;
    });
}

} // namespace

double distanceKm(GeoPoint a, GeoPoint b)
{
    constexpr double kRadiusKm = 6371.0088;
    constexpr double kDeg = 3.14159265358979323846 / 180.0;
    const double dLat = (b.latitude - a.latitude) * kDeg;
    const double dLon = (b.longitude - a.longitude) * kDeg;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(a.latitude * kDeg) *
                                                                   std::cos(b.latitude * kDeg) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Result<std::vector<Holding>> parseHoldings(std::string_view body, const std::string& url)
{
    auto list = listIn(body, "holdings", url);
    if (!list)
        return list.error();
    std::vector<Holding> out;
    for (unsigned i = 0; i < (*list)->size(); ++i) {
        auto o = json::objectAt(*list, i);
        if (!o)
            continue;
        Holding h{json::string(o, "libraryId"),  json::string(o, "library"), json::string(o, "branch"),
                  json::string(o, "callNumber"), json::string(o, "format"),  json::string(o, "status"),
                  json::string(o, "due")};
        // Without a library or a format the reader cannot tell this copy from another.
        if (h.libraryId.empty() || h.library.empty() || h.format.empty())
            continue;
        out.push_back(std::move(h));
    }
    return out;
}

Result<std::vector<LibraryLocation>> parseReturnLocations(std::string_view body, const std::string& url)
{
    auto list = listIn(body, "libraries", url);
    if (!list)
        return list.error();
    std::vector<LibraryLocation> out;
    for (unsigned i = 0; i < (*list)->size(); ++i) {
        auto o = json::objectAt(*list, i);
        if (!o)
            continue;
        LibraryLocation l;
        l.id = json::string(o, "id");
        l.name = json::string(o, "name");
        if (l.id.empty() || l.name.empty())
            continue; // a returns desk must be named and choosable
        l.address = json::string(o, "address");
        l.phone = json::string(o, "telephone");
        l.openingHours = json::string(o, "openingHours");
        if (auto g = geo(o)) {
            l.location = *g;
            l.hasLocation = true;
        }
        const auto f = json::strings(o, "facilities");
        auto has = [&](const char* x) { return std::find(f.begin(), f.end(), x) != f.end(); };
        l.facilities = {has("step-free"), has("braille"), has("audio-hall"), has("staff-help")};
        out.push_back(std::move(l));
    }
    return out;
}

Result<DeliveryStatus> parseDeliveryStatus(std::string_view body, const std::string& url)
{
    auto root = json::parseObject(std::string(body), url);
    if (!root)
        return root.error();
    const auto& o = *root;
    DeliveryStatus s;
    s.id = json::string(o, "id");
    s.state = json::string(o, "state");
    if (s.id.empty() || s.state.empty())
        return makeError(ErrorCode::MalformedBody, "The delivery answer names no request or no state.", url);
    s.mode = json::string(o, "mode");
    s.pickupLibrary = json::string(o, "pickupLibrary");
    s.updated = json::string(o, "updated");
    s.message = json::string(o, "message");
    s.statusUrl = httpUrl(url, json::string(o, "statusUrl"));
    return s;
}

Result<std::vector<ReadingEvent>> parseReadingEvents(std::string_view body, const std::string& url)
{
    auto list = listIn(body, "events", url);
    if (!list)
        return list.error();
    std::vector<ReadingEvent> out;
    for (unsigned i = 0; i < (*list)->size(); ++i) {
        auto o = json::objectAt(*list, i);
        if (!o)
            continue;
        ReadingEvent e;
        e.id = json::string(o, "id");
        e.title = json::string(o, "title");
        if (e.title.empty())
            continue; // nothing to announce
        e.start = json::string(o, "start");
        e.end = json::string(o, "end");
        e.library = json::string(o, "library");
        e.address = json::string(o, "address");
        if (auto g = geo(o)) {
            e.location = *g;
            e.hasLocation = true;
        }
        e.accessibility = json::strings(o, "accessibility");
        e.signUp = json::string(o, "signUp");
        out.push_back(std::move(e));
    }
    return out;
}

void sortByDistance(std::vector<LibraryLocation>& libraries, GeoPoint near)
{
    sortPlaces(libraries, near);
}
void sortByDistance(std::vector<ReadingEvent>& events, GeoPoint near)
{
    sortPlaces(events, near);
}

} // namespace tingdu::catalog::province
