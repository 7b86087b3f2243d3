// Authentication documents and RFC 7807 problems written here (the corpus ones are in interop).
#include <gtest/gtest.h>

#include "tingdu/catalog/AuthDocument.h"
#include "tingdu/catalog/CatalogSession.h"
#include "tingdu/catalog/Problem.h"

using namespace tingdu::catalog;

TEST(AuthDocument, LabelsInputsAndPreferredMethod)
{
    auto doc = parseAuthDocument(R"({"id":"https://lib/auth","title":"Lib","authentication":[
        {"type":"http://opds-spec.org/auth/oauth/implicit","links":[{"rel":"authenticate","href":"https://lib/oauth"}]},
        {"type":"http://opds-spec.org/auth/basic","labels":{"login":"读者证号","password":"密码"},
         "inputs":{"login":{"keyboard":"Number pad","maximum_length":12,"barcode_format":"Code39"},"password":{"keyboard":"Number pad"}}},
        {"type":"https://example.org/saml"}]})",
                                 "doc");
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    ASSERT_EQ(doc->methods.size(), 3u);
    EXPECT_EQ(doc->methods[2].type, AuthType::Other);
    const AuthMethod* basic = doc->find(AuthType::Basic);
    ASSERT_NE(basic, nullptr);
    EXPECT_EQ(basic->loginLabel, "读者证号");
    EXPECT_EQ(basic->loginInput.maximumLength, 12);
    EXPECT_EQ(basic->loginInput.barcodeFormat, "Code39");
    EXPECT_EQ(basic->passwordInput.keyboard, "Number pad");
    EXPECT_EQ(doc->preferred(), basic);  // Basic before OAuth: no browser needed
    EXPECT_EQ(doc->find(AuthType::OAuthImplicit)->authenticateUrl(), "https://lib/oauth");
    EXPECT_TRUE(isAuthDocumentType("application/vnd.opds.authentication.v1.0+json; charset=utf-8"));
    EXPECT_FALSE(isAuthDocumentType("application/json"));
}

TEST(AuthDocument, DefaultsWhenLabelsAreMissing)
{
    auto doc = parseAuthDocument(R"({"id":"x","title":"T","authentication":[{"type":"http://opds-spec.org/auth/basic"}]})", "d");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->methods[0].loginLabel, "Library card");
    EXPECT_EQ(doc->methods[0].passwordLabel, "PIN");
    EXPECT_EQ(doc->methods[0].loginInput.maximumLength, -1);
}

TEST(AuthDocument, BasicAuthorizationHeader)
{
    EXPECT_EQ(basicAuthorization("Aladdin", "open sesame"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
}

TEST(Problem, KnownTypesBecomePlainSentences)
{
    struct Case {
        const char* type;
        const char* starts;
    };
    for (const Case& c : {Case{"http://librarysimplified.org/terms/problem/loan-limit-reached", "You have reached your loan limit"},
                          Case{"http://librarysimplified.org/terms/problem/hold-limit-reached", "You have reached your hold limit"},
                          Case{"http://librarysimplified.org/terms/problem/patron-not-eligible", "Your library card is not eligible"},
                          Case{"http://librarysimplified.org/terms/problem/cannot-renew-loan", "This loan cannot be renewed"}}) {
        auto p = parseProblem(std::string(R"({"type":")") + c.type + R"(","title":"x","status":403})");
        ASSERT_TRUE(p.ok());
        EXPECT_EQ(problemSentence(*p).rfind(c.starts, 0), 0u) << problemSentence(*p);
        const Error e = problemError(*p, "https://lib/borrow/1");
        EXPECT_EQ(e.code, ErrorCode::Problem);
        EXPECT_EQ(e.problemType, c.type);
    }
    auto unknown = parseProblem(R"({"type":"https://lib/problems/odd","title":"Odd","detail":"The detail says why."})");
    ASSERT_TRUE(unknown.ok());
    EXPECT_EQ(problemSentence(*unknown), "The detail says why.");
    EXPECT_FALSE(parseProblem(R"({"status":400})").ok());
    EXPECT_FALSE(parseProblem("not json").ok());
}

TEST(Problem, StatusOnlyAnswersAreWorded)
{
    HttpResponse r;
    r.url = "https://lib/x";
    r.status = 502;
    EXPECT_EQ(errorForStatus(r).code, ErrorCode::Server);
    EXPECT_NE(errorForStatus(r).message.find("502"), std::string::npos);
    r.status = 401;
    r.headers = {{"Content-Type", "application/problem+json"}};
    r.body = R"({"type":"http://librarysimplified.org/terms/problem/invalid-credentials","title":"Invalid"})";
    const Error e = errorForStatus(r);
    EXPECT_EQ(e.code, ErrorCode::Unauthorized);
    EXPECT_EQ(e.message, "The library card number or PIN is not correct.");
}
