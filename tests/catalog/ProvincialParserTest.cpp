// The provincial profile's documents parsed from bytes (no network): the examples of
// docs/catalog-profile.md, required members, unknown members, bad coordinates and bad bodies.
#include "tingdu/catalog/Provincial.h"

#include <gtest/gtest.h>

using namespace tingdu::catalog;
using namespace tingdu::catalog::province;

namespace {
const std::string kUrl = "https://province.example/opds/works/7/holdings";
const GeoPoint kWestLake{30.2460, 120.1480};
} // namespace

TEST(ProvincialParser, HoldingsAsTheProfileShowsThem)
{
    auto h = parseHoldings(R"({"holdings": [
      {"libraryId": "zhejiang", "library": "Zhejiang Library", "branch": "Braille and audio room",
       "callNumber": "I247.5/1234", "format": "braille", "status": "available", "shelf": "ignored"},
      {"libraryId": "hangzhou", "library": "Hangzhou Library", "branch": "Main",
       "callNumber": "I247.5/1234", "format": "large-print", "status": "on-loan", "due": "2026-12-20"},
      {"library": "No id", "format": "print", "status": "available"},
      {"libraryId": "ningbo", "library": "Ningbo Library", "status": "available"},
      "not an object", 42]})",
                           kUrl);
    ASSERT_TRUE(h.ok()) << h.error().describe();
    ASSERT_EQ(h->size(), 2u); // the two without an id or a format are skipped, as are non-objects
    EXPECT_EQ((*h)[0].libraryId, "zhejiang");
    EXPECT_EQ((*h)[0].branch, "Braille and audio room");
    EXPECT_EQ((*h)[0].callNumber, "I247.5/1234");
    EXPECT_EQ((*h)[0].format, "braille");
    EXPECT_TRUE((*h)[0].due.empty());
    EXPECT_EQ((*h)[1].status, "on-loan");
    EXPECT_EQ((*h)[1].due, "2026-12-20");

    auto empty = parseHoldings(R"({"holdings": []})", kUrl);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->empty());
}

TEST(ProvincialParser, BodiesThatAreNotTheDocumentAreDistinctErrors)
{
    auto notJson = parseHoldings("<html>502 Bad Gateway</html>", kUrl);
    ASSERT_FALSE(notJson.ok());
    EXPECT_EQ(notJson.error().code, ErrorCode::MalformedBody);
    EXPECT_NE(notJson.error().message.find("not valid JSON"), std::string::npos) << notJson.error().message;
    EXPECT_EQ(notJson.error().subject, kUrl);

    auto noList = parseReturnLocations(R"({"holdings": []})", kUrl);
    ASSERT_FALSE(noList.ok());
    EXPECT_NE(noList.error().message.find("“libraries”"), std::string::npos) << noList.error().message;

    auto listIsObject = parseReadingEvents(R"({"events": {"id": "e1"}})", kUrl);
    ASSERT_FALSE(listIsObject.ok());
    EXPECT_NE(listIsObject.error().message.find("“events”"), std::string::npos);

    EXPECT_EQ(parseHoldings("[1, 2]", kUrl).error().code, ErrorCode::MalformedBody);
    EXPECT_EQ(parseHoldings("", kUrl).error().code, ErrorCode::MalformedBody);
    EXPECT_EQ(parseDeliveryStatus(R"({"id": "42"})", kUrl).error().code, ErrorCode::MalformedBody);
    EXPECT_EQ(parseDeliveryStatus(R"({"holdings": [)", kUrl).error().code, ErrorCode::MalformedBody);
}

TEST(ProvincialParser, ReturnLocationsWithFacilitiesAndOnlyValidCoordinates)
{
    auto libs = parseReturnLocations(R"({"libraries": [
      {"id": "ningbo", "name": "Ningbo Library", "geo": {"latitude": 29.8683, "longitude": 121.5440},
       "facilities": ["braille"]},
      {"id": "nowhere", "name": "Mobile library", "geo": {"latitude": 91, "longitude": 120}},
      {"id": "hangzhou", "name": "Hangzhou Library", "address": "Hangzhou, Jiefang East Rd 58",
       "telephone": "0571-1", "openingHours": "Daily 09:00-21:00",
       "geo": {"latitude": 30.2431, "longitude": 120.2117},
       "facilities": ["step-free", "braille", "audio-hall", "staff-help", "cafe"]},
      {"id": "textgeo", "name": "Text coordinates", "geo": {"latitude": "30", "longitude": "120"}},
      {"name": "No id"}]})",
                                     kUrl);
    ASSERT_TRUE(libs.ok()) << libs.error().describe();
    ASSERT_EQ(libs->size(), 4u);
    EXPECT_EQ((*libs)[0].id, "ningbo"); // the server's order until sorted
    EXPECT_TRUE((*libs)[0].hasLocation);
    EXPECT_FALSE((*libs)[1].hasLocation); // latitude 91 is no place on Earth
    EXPECT_FALSE((*libs)[3].hasLocation); // strings are not coordinates
    const auto& hz = (*libs)[2];
    EXPECT_EQ(hz.phone, "0571-1");
    EXPECT_EQ(hz.openingHours, "Daily 09:00-21:00");
    EXPECT_TRUE(hz.facilities.stepFree && hz.facilities.braille && hz.facilities.audioHall &&
                hz.facilities.staffHelp);
    EXPECT_FALSE((*libs)[0].facilities.stepFree);

    sortByDistance(*libs, kWestLake);
    ASSERT_EQ(libs->size(), 4u);
    EXPECT_EQ((*libs)[0].id, "hangzhou");
    EXPECT_LT((*libs)[0].distanceKm, 10.0);
    EXPECT_EQ((*libs)[1].id, "ningbo");
    EXPECT_GT((*libs)[1].distanceKm, 100.0);
    EXPECT_EQ((*libs)[2].id, "nowhere"); // unlocated places last, in the server's order
    EXPECT_EQ((*libs)[2].distanceKm, -1);
    EXPECT_EQ((*libs)[3].id, "textgeo");
}

TEST(ProvincialParser, DeliveryStatusResolvesItsUrlAndFollowsOnlyHttp)
{
    const std::string at = "https://province.example/opds/works/7/delivery";
    auto s = parseDeliveryStatus(R"({"id": "42", "state": "requested", "mode": "home", "pickupLibrary": "",
      "updated": "2026-12-01T09:00:00Z", "statusUrl": "/delivery-status/42",
      "message": "No deposit and no fee: the library pays the courier.", "courier": {"name": "x"}})",
                                 at);
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_EQ(s->id, "42");
    EXPECT_EQ(s->state, "requested");
    EXPECT_EQ(s->mode, "home");
    EXPECT_EQ(s->updated, "2026-12-01T09:00:00Z");
    EXPECT_EQ(s->statusUrl, "https://province.example/delivery-status/42");
    EXPECT_EQ(s->message, "No deposit and no fee: the library pays the courier.");

    auto odd =
        parseDeliveryStatus(R"({"id": "43", "state": "preparing", "statusUrl": "file:///etc/passwd"})", at);
    ASSERT_TRUE(odd.ok());
    EXPECT_TRUE(odd->statusUrl.empty()); // never followed
}

TEST(ProvincialParser, ReadingEventsWithAccessibilityAndLocalizedTitles)
{
    auto events = parseReadingEvents(R"({"events": [
      {"id": "e2", "title": "Braille reading circle", "start": "2026-12-06T10:00:00+08:00",
       "end": "2026-12-06T11:30:00+08:00", "library": "Zhejiang Library", "address": "Hangzhou, Shuguang Rd 73",
       "geo": {"latitude": 30.2741, "longitude": 120.1450},
       "accessibility": ["step-free", "braille", "staff-help"], "signUp": "https://example.org/events/e2"},
      {"id": "e3", "title": {"zh": "有声书分享会", "en": "Talking books afternoon"}, "accessibility": "sign-language"},
      {"id": "e4", "start": "2026-12-07"}]})",
                                     kUrl);
    ASSERT_TRUE(events.ok()) << events.error().describe();
    ASSERT_EQ(events->size(), 2u); // e4 has no title to announce
    EXPECT_EQ((*events)[0].accessibility, (std::vector<std::string>{"step-free", "braille", "staff-help"}));
    EXPECT_EQ((*events)[0].signUp, "https://example.org/events/e2");
    EXPECT_TRUE((*events)[0].hasLocation);
    EXPECT_EQ((*events)[1].title, "Talking books afternoon");
    EXPECT_EQ((*events)[1].accessibility, (std::vector<std::string>{"sign-language"}));
    EXPECT_FALSE((*events)[1].hasLocation);

    sortByDistance(*events, kWestLake);
    EXPECT_EQ((*events)[0].id, "e2");
    EXPECT_NEAR((*events)[0].distanceKm, 3.2, 1.0);
    EXPECT_EQ((*events)[1].distanceKm, -1);
}
