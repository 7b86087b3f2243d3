#pragma once
// The provincial services profile (docs/catalog-profile.md): an OPDS 2 extension for what the
// standards do not cover — physical holdings, credit reading (home delivery or pickup, no deposit,
// no fees), return anywhere, and reading events. Relations and properties live under kProfileNs.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tingdu/catalog/CatalogSession.h"
#include "tingdu/catalog/Feed.h"

namespace tingdu::catalog::province {

/// The profile's namespace; relations are kProfileNs + "rel/<name>".
inline constexpr const char* kProfileNs = "https://tingdu.zj/opds/";
inline constexpr const char* kRelHoldings = "https://tingdu.zj/opds/rel/holdings";
inline constexpr const char* kRelDelivery = "https://tingdu.zj/opds/rel/delivery";
inline constexpr const char* kRelReturnLocations = "https://tingdu.zj/opds/rel/return-locations";
inline constexpr const char* kRelEvents = "https://tingdu.zj/opds/rel/events";
inline constexpr const char* kMediaType = "application/vnd.tingdu.province+json";

struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

/// Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km).
double distanceKm(GeoPoint a, GeoPoint b);

/// One physical copy somewhere in the province.
struct Holding {
    std::string libraryId;
    std::string library;
    std::string branch;
    std::string callNumber;
    std::string format;  ///< "print", "large-print", "braille", "daisy-cd", "audio-cd"
    std::string status;  ///< "available", "on-loan", "in-transit", "reference-only"
    std::string due;     ///< when on loan, ISO 8601
};

struct Facilities {
    bool stepFree = false;
    bool braille = false;
    bool audioHall = false;
    bool staffHelp = false;
};

struct LibraryLocation {
    std::string id;
    std::string name;
    std::string address;
    std::string phone;
    std::string openingHours;  ///< one human line, e.g. "Tue–Sun 09:00–17:00"
    GeoPoint location;
    Facilities facilities;
    double distanceKm = -1;    ///< from the reader, when a location was given
    bool hasLocation = false;  ///< "geo" was given with a valid latitude and longitude
};

/// A credit-reading request: delivered home or held for pickup at a chosen library.
struct DeliveryRequest {
    enum class Mode { Home, Pickup };
    Mode mode = Mode::Home;
    std::string pickupLibraryId;  ///< Pickup only
    std::string address;          ///< Home only
    std::string phone;            ///< for the courier / the library to call
    std::string format;           ///< which holding format is wanted, e.g. "braille"
};

struct DeliveryStatus {
    std::string id;
    std::string state;  ///< "requested", "preparing", "dispatched", "ready-for-pickup", "delivered", "cancelled"
    std::string mode;   ///< "home" or "pickup"
    std::string pickupLibrary;
    std::string updated;
    std::string statusUrl;  ///< poll this to follow it
    std::string message;    ///< the library's note, if any
};

struct ReadingEvent {
    std::string id;
    std::string title;
    std::string start;  ///< ISO 8601
    std::string end;
    std::string library;
    std::string address;
    GeoPoint location;
    std::vector<std::string> accessibility;  ///< e.g. "step-free", "audio-description", "sign-language"
    std::string signUp;                      ///< URL, phone or instructions
    double distanceKm = -1;
    bool hasLocation = false;  ///< "geo" was given with a valid latitude and longitude
};

// The profile's documents, bytes → model, with no network (the client calls below use them).
// url is where the document came from: relative URLs resolve against it, errors name it.
// Items that lack what the profile requires are skipped; a body that is not the document is an error.
Result<std::vector<Holding>> parseHoldings(std::string_view body, const std::string& url);
/// In the server's order; see sortByDistance().
Result<std::vector<LibraryLocation>> parseReturnLocations(std::string_view body, const std::string& url);
Result<DeliveryStatus> parseDeliveryStatus(std::string_view body, const std::string& url);
/// In the server's order; see sortByDistance().
Result<std::vector<ReadingEvent>> parseReadingEvents(std::string_view body, const std::string& url);

/// Sets distanceKm from near and sorts nearest first (stable); places without a location keep
/// distanceKm -1 and go last, in their order.
void sortByDistance(std::vector<LibraryLocation>& libraries, GeoPoint near);
void sortByDistance(std::vector<ReadingEvent>& events, GeoPoint near);

class ProvincialClient {
public:
    explicit ProvincialClient(CatalogSession& session);

    /// The holdings behind an entry's holdings link (NotFound-free: an entry without one is InvalidArgument).
    Result<std::vector<Holding>> holdings(const Entry& entry, CancelToken* cancel = nullptr);
    /// Libraries where a loan can be returned, nearest first when near is given.
    Result<std::vector<LibraryLocation>> returnLocations(const std::string& url, std::optional<GeoPoint> near,
                                                         CancelToken* cancel = nullptr);
    /// Requests credit reading for an entry (its delivery link). No deposit and no fee are involved.
    Result<DeliveryStatus> requestDelivery(const Entry& entry, const DeliveryRequest& request,
                                           CancelToken* cancel = nullptr);
    Result<DeliveryStatus> deliveryStatus(const std::string& statusUrl, CancelToken* cancel = nullptr);
    /// Reading events, nearest first when near is given; within radiusKm when radiusKm > 0.
    Result<std::vector<ReadingEvent>> events(const std::string& url, std::optional<GeoPoint> near,
                                             double radiusKm = 0, CancelToken* cancel = nullptr);

private:
    Result<std::string> getJson(const std::string& url, CancelToken* cancel);
    CatalogSession& m_session;
};

}  // namespace tingdu::catalog::province
