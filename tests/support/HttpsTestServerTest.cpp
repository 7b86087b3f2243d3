// The test server itself must be right before anything is tested against it: a client that
// trusts the test CA accepts the valid certificate and refuses the three bad ones.
#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "HttpsTestServer.h"

using namespace Poco::Net;
using tingdu::testing::HttpsTestServer;

namespace {

std::string get(const HttpsTestServer& server, const std::string& path, const std::string& range = {})
{
    static const bool init = [] {
        SSLManager::InvalidCertificateHandlerPtr reject(new RejectCertificateHandler(false));
        Context::Ptr ctx = new Context(Context::TLS_CLIENT_USE, "", "", HttpsTestServer::caFile(),
                                       Context::VERIFY_STRICT, 9, false);
        SSLManager::instance().initializeClient(nullptr, reject, ctx);
        return true;
    }();
    (void)init;
    std::unique_ptr<HTTPClientSession> session;
    if (server.url().rfind("https", 0) == 0)
        session = std::make_unique<HTTPSClientSession>("localhost", static_cast<Poco::UInt16>(server.port()));
    else
        session = std::make_unique<HTTPClientSession>("localhost", static_cast<Poco::UInt16>(server.port()));
    HTTPRequest request(HTTPRequest::HTTP_GET, path, HTTPMessage::HTTP_1_1);
    if (!range.empty())
        request.set("Range", range);
    session->sendRequest(request);
    HTTPResponse response;
    std::istream& in = session->receiveResponse(response);
    std::ostringstream body;
    Poco::StreamCopier::copyStream(in, body);
    return std::to_string(response.getStatus()) + ":" + body.str();
}

void hello(HTTPServerRequest&, HTTPServerResponse& response)
{
    tingdu::testing::serveText(response, 200, "text/plain", "hello");
}

}  // namespace

TEST(HttpsTestServer, ValidCertificateIsAccepted)
{
    HttpsTestServer server(hello);
    EXPECT_EQ(get(server, "/"), "200:hello");
}

TEST(HttpsTestServer, BadCertificatesAreRefused)
{
    for (auto cert : {HttpsTestServer::Certificate::WrongHost, HttpsTestServer::Certificate::Expired,
                      HttpsTestServer::Certificate::SelfSigned}) {
        HttpsTestServer server(hello, cert);
        EXPECT_ANY_THROW(get(server, "/")) << "certificate kind " << static_cast<int>(cert);
    }
}

TEST(HttpsTestServer, PlainHttpAndRanges)
{
    const std::string file = testing::TempDir() + "/range-" + std::to_string(::getpid()) + ".bin";
    std::ofstream(file) << "0123456789";
    HttpsTestServer server([&](HTTPServerRequest& rq, HTTPServerResponse& rs) {
        tingdu::testing::serveFile(rq, rs, file);
    }, HttpsTestServer::Certificate::PlainHttp);
    EXPECT_EQ(server.url("/x").rfind("http://localhost:", 0), 0u);
    EXPECT_EQ(get(server, "/"), "200:0123456789");
    EXPECT_EQ(get(server, "/", "bytes=3-5"), "206:345");
    EXPECT_EQ(get(server, "/", "bytes=7-"), "206:789");
}
