// Client side of the provincial profile (see docs/catalog-profile.md for the JSON shapes): fetches,
// then hands the bytes to the parsers in ProvincialParser.cpp.
#include <algorithm>

#include "tingdu/catalog/Provincial.h"
#include "util/Json.h"

namespace tingdu::catalog::province {

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
    return parseHoldings(*body, link->href);
}

Result<std::vector<LibraryLocation>> ProvincialClient::returnLocations(const std::string& url, std::optional<GeoPoint> near,
                                                                       CancelToken* cancel)
{
    auto body = getJson(url, cancel);
    if (!body) return body.error();
    auto libraries = parseReturnLocations(*body, url);
    if (libraries && near) sortByDistance(*libraries, *near);
    return libraries;
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
    return parseDeliveryStatus(r->body, r->url);
}

Result<DeliveryStatus> ProvincialClient::deliveryStatus(const std::string& statusUrl, CancelToken* cancel)
{
    auto body = getJson(statusUrl, cancel);
    if (!body) return body.error();
    return parseDeliveryStatus(*body, statusUrl);
}

Result<std::vector<ReadingEvent>> ProvincialClient::events(const std::string& url, std::optional<GeoPoint> near,
                                                          double radiusKm, CancelToken* cancel)
{
    auto body = getJson(url, cancel);
    if (!body) return body.error();
    auto events = parseReadingEvents(*body, url);
    if (!events || !near) return events;
    sortByDistance(*events, *near);
    if (radiusKm > 0)  // a place that is not known to be near is not near
        events->erase(std::remove_if(events->begin(), events->end(),
                                     [&](const ReadingEvent& e) { return !e.hasLocation || e.distanceKm > radiusKm; }),
                      events->end());
    return events;
}

}  // namespace tingdu::catalog::province
