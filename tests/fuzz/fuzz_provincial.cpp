// The provincial profile's documents (holdings, return locations, delivery status, reading
// events) from untrusted servers, then sorted by distance as the client does.
#include "tingdu/catalog/Provincial.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    namespace p = tingdu::catalog::province;
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    const std::string url = "https://example.org/opds/works/1/holdings";
    (void)p::parseHoldings(body, url);
    (void)p::parseDeliveryStatus(body, url);
    const p::GeoPoint near{30.2460, 120.1480};
    if (auto libraries = p::parseReturnLocations(body, url); libraries.ok())
        p::sortByDistance(*libraries, near);
    if (auto events = p::parseReadingEvents(body, url); events.ok())
        p::sortByDistance(*events, near);
    return 0;
}
