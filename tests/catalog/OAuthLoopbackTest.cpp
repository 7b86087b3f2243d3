// OAuth implicit sign-in's loopback receiver, driven the way a browser would: load the callback
// page, then forward the fragment to /token (plain HTTP on 127.0.0.1 only).
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/URI.h>
#include <gtest/gtest.h>

#include <sstream>
#include <thread>

#include "tingdu/catalog/OAuthLoopback.h"

using namespace tingdu::catalog;

namespace {
std::pair<int, std::string> browserGet(const std::string& url)
{
    Poco::URI uri(url);
    Poco::Net::HTTPClientSession s(uri.getHost(), uri.getPort());
    Poco::Net::HTTPRequest req("GET", uri.getPathEtc());
    s.sendRequest(req);
    Poco::Net::HTTPResponse resp;
    std::ostringstream body;
    body << s.receiveResponse(resp).rdbuf();
    return {static_cast<int>(resp.getStatus()), body.str()};
}
}  // namespace

TEST(OAuthLoopback, ReceivesTheTokenFromTheBrowser)
{
    auto loop = OAuthLoopback::start();
    ASSERT_TRUE(loop.ok()) << loop.error().describe();
    const std::string redirect = (*loop)->redirectUri();
    EXPECT_EQ(redirect.rfind("http://127.0.0.1:", 0), 0u);
    std::thread browser([redirect] {
        auto page = browserGet(redirect);
        EXPECT_EQ(page.first, 200);
        EXPECT_NE(page.second.find("location.hash"), std::string::npos);
        const std::string base = redirect.substr(0, redirect.find("/callback"));
        EXPECT_EQ(browserGet(base + "/token?access_token=tok%2B1&token_type=bearer&state=xyz").first, 200);
    });
    auto creds = (*loop)->wait("xyz", std::chrono::seconds(10));
    browser.join();
    ASSERT_TRUE(creds.ok()) << creds.error().describe();
    EXPECT_EQ(creds->bearerToken, "tok+1");
}

TEST(OAuthLoopback, WrongStateTimeoutAndCancel)
{
    auto loop = OAuthLoopback::start();
    ASSERT_TRUE(loop.ok());
    const std::string base = (*loop)->redirectUri().substr(0, (*loop)->redirectUri().find("/callback"));
    std::thread forged([base] { browserGet(base + "/token?access_token=evil&state=other"); });
    forged.join();
    auto wrong = (*loop)->wait("xyz", std::chrono::seconds(5));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Unauthorized);
    auto late = (*loop)->wait("xyz", std::chrono::milliseconds(200));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::Timeout);
    CancelToken token;
    token.cancel();
    EXPECT_EQ((*loop)->wait("xyz", std::chrono::seconds(5), &token).error().code, ErrorCode::Cancelled);
}
