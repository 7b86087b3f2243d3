// The provincial profile end to end: holdings, return anywhere sorted by distance, credit reading
// (home delivery and pickup, followed through its states), reading events near the reader.
#include <gtest/gtest.h>

#include "CatalogTestServer.h"
#include "tingdu/catalog/Lending.h"
#include "tingdu/catalog/Provincial.h"

using namespace tingdu::catalog;
using namespace tingdu::catalog::province;
using tingdu::testing::CatalogTestServer;

namespace {

const GeoPoint kWestLake{30.2460, 120.1480};

struct Province {
    CatalogTestServer server;
    HttpsClient client{[] {
        HttpsOptions o;
        o.caFile = CatalogTestServer::caFile();
        return o;
    }()};
    MemoryCredentialStore credentials;
    CatalogSession session{client, &credentials, nullptr};
    ProvincialClient province{session};
    LendingClient lending{session};
    Province() { credentials.setDefault({CatalogTestServer::kCard, CatalogTestServer::kPin, {}, {}}); }
};

}  // namespace

TEST(Provincial, HaversineMatchesKnownDistances)
{
    // Hangzhou → Ningbo is about 145 km as the crow flies; a point to itself is 0.
    EXPECT_NEAR(distanceKm({30.2741, 120.1551}, {29.8683, 121.5440}), 141.0, 6.0);
    EXPECT_DOUBLE_EQ(distanceKm(kWestLake, kWestLake), 0.0);
    // One degree of latitude is ~111.2 km everywhere.
    EXPECT_NEAR(distanceKm({0, 0}, {1, 0}), 111.19, 0.05);
}

TEST(Provincial, HoldingsAcrossLibraries)
{
    Province p;
    auto entry = p.lending.entry(p.server.url("/opds1/book/book-4"));
    ASSERT_TRUE(entry.ok());
    auto holdings = p.province.holdings(*entry);
    ASSERT_TRUE(holdings.ok()) << holdings.error().describe();
    ASSERT_EQ(holdings->size(), 3u);
    EXPECT_EQ((*holdings)[0].format, "braille");
    EXPECT_EQ((*holdings)[0].callNumber, "I247.5/book-4");
    EXPECT_EQ((*holdings)[1].status, "on-loan");
    EXPECT_EQ((*holdings)[1].due, "2026-12-20");
    EXPECT_EQ((*holdings)[2].format, "daisy-cd");
}

TEST(Provincial, ReturnAnywhereNearestFirstWithFacilities)
{
    Province p;
    auto libs = p.province.returnLocations(p.server.url("/libraries"), kWestLake);
    ASSERT_TRUE(libs.ok()) << libs.error().describe();
    ASSERT_EQ(libs->size(), 4u);
    EXPECT_EQ((*libs)[0].id, "zhejiang");
    EXPECT_EQ((*libs)[1].id, "hangzhou");
    EXPECT_EQ((*libs)[2].id, "ningbo");
    EXPECT_EQ((*libs)[3].id, "wenzhou");
    for (std::size_t i = 1; i < libs->size(); ++i) EXPECT_LE((*libs)[i - 1].distanceKm, (*libs)[i].distanceKm);
    EXPECT_LT((*libs)[0].distanceKm, 5.0);
    EXPECT_TRUE((*libs)[1].facilities.staffHelp);
    EXPECT_TRUE((*libs)[1].facilities.braille);
    EXPECT_FALSE((*libs)[0].facilities.staffHelp);
    EXPECT_EQ((*libs)[1].openingHours, "Daily 09:00-21:00");
    auto unsorted = p.province.returnLocations(p.server.url("/libraries"), std::nullopt);
    ASSERT_TRUE(unsorted.ok());
    EXPECT_EQ((*unsorted)[0].id, "wenzhou");  // the server's order when no location is given
    EXPECT_LT((*unsorted)[0].distanceKm, 0);
}

TEST(Provincial, CreditReadingHomeDeliveryIsFollowedToTheDoor)
{
    Province p;
    auto entry = p.lending.entry(p.server.url("/opds1/book/book-2"));
    ASSERT_TRUE(entry.ok());
    DeliveryRequest home;
    home.mode = DeliveryRequest::Mode::Home;
    home.address = "Hangzhou, Xihu District, Lane 5";
    auto status = p.province.requestDelivery(*entry, home);
    ASSERT_TRUE(status.ok()) << status.error().describe();
    EXPECT_EQ(status->state, "requested");
    EXPECT_EQ(status->mode, "home");
    EXPECT_NE(status->message.find("No deposit"), std::string::npos);
    std::vector<std::string> states;
    for (int i = 0; i < 3; ++i) {
        auto s = p.province.deliveryStatus(status->statusUrl);
        ASSERT_TRUE(s.ok()) << s.error().describe();
        states.push_back(s->state);
    }
    EXPECT_EQ(states, (std::vector<std::string>{"preparing", "dispatched", "delivered"}));
}

TEST(Provincial, CreditReadingPickupAtAChosenLibrary)
{
    Province p;
    auto entry = p.lending.entry(p.server.url("/opds1/book/book-1"));
    ASSERT_TRUE(entry.ok());
    DeliveryRequest pickup;
    pickup.mode = DeliveryRequest::Mode::Pickup;
    EXPECT_EQ(p.province.requestDelivery(*entry, pickup).error().code, ErrorCode::InvalidArgument);
    pickup.pickupLibraryId = "atlantis";
    auto unknown = p.province.requestDelivery(*entry, pickup);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, "That library is not part of the provincial network.");
    pickup.pickupLibraryId = "hangzhou";
    auto status = p.province.requestDelivery(*entry, pickup);
    ASSERT_TRUE(status.ok()) << status.error().describe();
    EXPECT_EQ(status->pickupLibrary, "hangzhou");
    ASSERT_TRUE(p.province.deliveryStatus(status->statusUrl).ok());
    EXPECT_EQ(p.province.deliveryStatus(status->statusUrl)->state, "ready-for-pickup");
}

TEST(Provincial, ReadingEventsNearTheReader)
{
    Province p;
    auto events = p.province.events(p.server.url("/events"), kWestLake, 50);
    ASSERT_TRUE(events.ok()) << events.error().describe();
    ASSERT_EQ(events->size(), 1u);  // Ningbo is ~140 km away, outside 50 km
    EXPECT_EQ((*events)[0].title, "Braille reading circle");
    EXPECT_EQ((*events)[0].signUp, "https://example.org/events/e2");
    EXPECT_EQ((*events)[0].accessibility, (std::vector<std::string>{"step-free", "braille", "staff-help"}));
    auto all = p.province.events(p.server.url("/events"), kWestLake, 0);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[1].library, "Ningbo Library");
}
