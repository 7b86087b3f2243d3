// Client side of the provincial profile (see docs/catalog-profile.md for the JSON shapes).
#include <algorithm>
#include <cmath>

#include "tingdu/catalog/Provincial.h"
#include "util/Json.h"

namespace tingdu::catalog::province {

namespace {

GeoPoint geo(const json::ObjectPtr& o)
{
    auto g = json::object(o, "geo");
    return {json::number(g, "latitude"), json::number(g, "longitude")};
}

DeliveryStatus toStatus(const json::ObjectPtr& o, const std::string& base)
{
    DeliveryStatus s;
    s.id = json::string(o, "id");
    s.state = json::string(o, "state");
    s.mode = json::string(o, "mode");
    s.pickupLibrary = json::string(o, "pickupLibrary");
    s.updated = json::string(o, "updated");
    s.message = json::string(o, "message");
    if (std::string href = json::string(o, "statusUrl"); !href.empty()) s.statusUrl = resolveUrl(base, href);
    return s;
}

template <typename T>
void sortByDistance(std::vector<T>& items, std::optional<GeoPoint> near)
{
    if (!near) return;
    for (auto& i : items) i.distanceKm = distanceKm(*near, i.location);
    std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.distanceKm < b.distanceKm; });
}

Result<json::ArrayPtr> listIn(const std::string& body, const std::string& key, const std::string& url)
{
    auto root = json::parseObject(body, url);
    if (!root) return root.error();
    auto a = json::array(*root, key);
    if (!a) return makeError(ErrorCode::MalformedBody, "The answer has no “" + key + "” list.", url);
    return a;
}

}  // namespace

double distanceKm(GeoPoint a, GeoPoint b)
{
    constexpr double kRadiusKm = 6371.0088;
    constexpr double kDeg = 3.14159265358979323846 / 180.0;
    const double dLat = (b.latitude - a.latitude) * kDeg;
    const double dLon = (b.longitude - a.longitude) * kDeg;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.latitude * kDeg) * std::cos(b.latitude * kDeg) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

ProvincialClient::ProvincialClient(CatalogSession& session) : m_session(session) {}

Result<std::string> ProvincialClient::getJson(const std::string& url, CancelToken* cancel)
{
    HttpRequest req;
    req.url = url;
    req.headers.emplace_back("Accept", std::string(kMediaType) + ", application/json;q=0.9");
    auto r = m_session.send(req, cancel);
    if (!r) return r.error();
    return r->body;
}

Result<std::vector<Holding>> ProvincialClient::holdings(const Entry& entry, CancelToken* cancel)
{
    const Link* link = entry.findLink(kRelHoldings);
    if (!link) return makeError(ErrorCode::InvalidArgument, "The catalog lists no library copies for this book.", entry.title);
    auto body = getJson(link->href, cancel);
    if (!body) return body.error();
    auto list = listIn(*body, "holdings", link->href);
    if (!list) return list.error();
    std::vector<Holding> out;
    for (unsigned i = 0; i < (*list)->size(); ++i) {
        auto o = json::objectAt(*list, i);
        if (!o) continue;
        out.push_back({json::string(o, "libraryId"), json::string(o, "library"), json::string(o, "branch"),
                       json::string(o, "callNumber"), json::string(o, "format"), json::string(o, "status"),
                       json::string(o, "due")});
    }
    return out;
}

Result<std::vector<LibraryLocation>> ProvincialClient::returnLocations(const std::string& url, std::optional<GeoPoint> near,
                                                                       CancelToken* cancel)
{
    auto body = getJson(url, cancel);
    if (!body) return body.error();
    auto list = listIn(*body, "libraries", url);
    if (!list) return list.error();
    std::vector<LibraryLocation> out;
    for (unsigned i = 0; i < (*list)->size(); ++i) {
        auto o = json::objectAt(*list, i);
        if (!o) continue;
        LibraryLocation l;
        l.id = json::string(o, "id");
        l.name = json::string(o, "name");
        l.address = json::string(o, "address");
        l.phone = json::string(o, "telephone");
        l.openingHours = json::string(o, "openingHours");
        l.location = geo(o);
        const auto f = json::strings(o, "facilities");
        auto has = [&](const char* x) { return std::find(f.begin(), f.end(), x) != f.end(); };
        l.facilities = {has("step-free"), has("braille"), has("audio-hall"), has("staff-help")};
        out.push_back(std::move(l));
    }
    sortByDistance(out, near);
    return out;
}

Result<DeliveryStatus> ProvincialClient::requestDelivery(const Entry& entry, const DeliveryRequest& request,
                                                         CancelToken* cancel)
{
    const Link* link = entry.findLink(kRelDelivery);
    if (!link) return makeError(ErrorCode::InvalidArgument, "This book cannot be delivered or sent for pickup.", entry.title);
    if (request.mode == DeliveryRequest::Mode::Pickup && request.pickupLibraryId.empty())
        return makeError(ErrorCode::InvalidArgument, "Choose the library where you will pick the book up.");
    if (request.mode == DeliveryRequest::Mode::Home && request.address.empty())
        return makeError(ErrorCode::InvalidArgument, "Give the address the book should be delivered to.");
    HttpRequest req;
    req.method = "POST";
    req.url = link->href;
    req.contentType = kMediaType;
    req.body = "{\"publication\":" + json::quote(entry.id) + ",\"mode\":" +
               json::quote(request.mode == DeliveryRequest::Mode::Home ? "home" : "pickup") +
               ",\"pickupLibrary\":" + json::quote(request.pickupLibraryId) + ",\"address\":" + json::quote(request.address) +
               ",\"telephone\":" + json::quote(request.phone) + ",\"format\":" + json::quote(request.format) + "}";
    auto r = m_session.send(req, cancel);
    if (!r) return r.error();
    auto root = json::parseObject(r->body, r->url);
    if (!root) return root.error();
    return toStatus(*root, r->url);
}

Result<DeliveryStatus> ProvincialClient::deliveryStatus(const std::string& statusUrl, CancelToken* cancel)
{
    auto body = getJson(statusUrl, cancel);
    if (!body) return body.error();
    auto root = json::parseObject(*body, statusUrl);
    if (!root) return root.error();
    return toStatus(*root, statusUrl);
}

Result<std::vector<ReadingEvent>> ProvincialClient::events(const std::string& url, std::optional<GeoPoint> near,
                                                          double radiusKm, CancelToken* cancel)
{
    auto body = getJson(url, cancel);
    if (!body) return body.error();
    auto list = listIn(*body, "events", url);
    if (!list) return list.error();
    std::vector<ReadingEvent> out;
    for (unsigned i = 0; i < (*list)->size(); ++i) {
        auto o = json::objectAt(*list, i);
        if (!o) continue;
        ReadingEvent e;
        e.id = json::string(o, "id");
        e.title = json::string(o, "title");
        e.start = json::string(o, "start");
        e.end = json::string(o, "end");
        e.library = json::string(o, "library");
        e.address = json::string(o, "address");
        e.location = geo(o);
        e.accessibility = json::strings(o, "accessibility");
        e.signUp = json::string(o, "signUp");
        out.push_back(std::move(e));
    }
    sortByDistance(out, near);
    if (near && radiusKm > 0)
        out.erase(std::remove_if(out.begin(), out.end(), [&](const ReadingEvent& e) { return e.distanceKm > radiusKm; }),
                  out.end());
    return out;
}

}  // namespace tingdu::catalog::province
