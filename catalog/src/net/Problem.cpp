// RFC 7807 problems → sentences; plus errorForStatus, which uses them for any refused request.
#include "tingdu/catalog/Problem.h"

#include <utility>

#include "tingdu/catalog/HttpsClient.h"
#include "util/Json.h"

namespace tingdu::catalog {

namespace {

// Known problem types (Library Simplified / Palace) by their last path segment.
const std::pair<const char*, const char*> kSentences[] = {
    {"loan-limit-reached", "You have reached your loan limit: return a book before borrowing another."},
    {"hold-limit-reached", "You have reached your hold limit: cancel a hold before placing another."},
    {"patron-not-eligible", "Your library card is not eligible to borrow this book."},
    {"not-eligible", "Your library card is not eligible to borrow this book."},
    {"cannot-renew-loan", "This loan cannot be renewed (someone may be waiting for it, or it was renewed too often)."},
    {"cannot-release-hold", "This hold cannot be cancelled."},
    {"no-available-license", "No copy is free right now: you can place a hold instead."},
    {"no-licenses", "The library no longer has copies of this book."},
    {"already-checked-out", "You already have this book on loan."},
    {"already-on-hold", "You already have a hold on this book."},
    {"expired-credentials", "Your library card has expired: please contact your library."},
    {"outstanding-fines", "Your account is blocked by your library; please contact them."},
    {"invalid-credentials", "The library card number or PIN is not correct."},
    {"delivery-not-available", "Home delivery is not available for this book or address."},
    {"library-not-found", "That library is not part of the provincial network."},
};

}  // namespace

Result<ProblemDocument> parseProblem(std::string_view body)
{
    auto root = json::parseObject(std::string(body), {});
    if (!root) return root.error();
    ProblemDocument p;
    p.type = json::string(*root, "type");
    p.title = json::string(*root, "title");
    p.detail = json::string(*root, "detail");
    p.status = json::integer(*root, "status", 0);
    if (p.type.empty() && p.title.empty())
        return makeError(ErrorCode::MalformedBody, "The problem document has neither a type nor a title.");
    return p;
}

std::string problemSentence(const ProblemDocument& problem)
{
    const auto slash = problem.type.find_last_of('/');
    const std::string key = slash == std::string::npos ? problem.type : problem.type.substr(slash + 1);
    for (const auto& [k, sentence] : kSentences)
        if (key == k) return sentence;
    if (!problem.detail.empty()) return problem.detail;
    if (!problem.title.empty()) return problem.title;
    return "The library refused the request.";
}

Error problemError(const ProblemDocument& problem, const std::string& subject)
{
    Error e = makeError(ErrorCode::Problem, problemSentence(problem), subject);
    e.problemType = problem.type;
    e.httpStatus = problem.status;
    return e;
}

Error errorForStatus(const HttpResponse& r)
{
    if (r.contentType().find("problem+json") != std::string::npos) {
        if (auto p = parseProblem(r.body)) {
            Error e = problemError(*p, r.url);
            e.httpStatus = r.status;
            // 401 stays Unauthorized (it means "sign in"), with the problem's sentence.
            if (r.status == 401) e.code = ErrorCode::Unauthorized;
            return e;
        }
    }
    Error e;
    e.subject = r.url;
    e.httpStatus = r.status;
    if (r.status == 401) {
        e.code = ErrorCode::Unauthorized;
        e.message = "The library needs you to sign in (or did not accept your card number and PIN).";
    } else if (r.status == 403) {
        e.code = ErrorCode::Forbidden;
        e.message = "The library does not allow this account to do that.";
    } else if (r.status == 404) {
        e.code = ErrorCode::NotFound;
        e.message = "The library has no such page or book (it may have been removed).";
    } else if (r.status >= 500) {
        e.code = ErrorCode::Server;
        e.message = "The library's server had a problem (error " + std::to_string(r.status) + "); try again later.";
    } else if (r.status == 304) {
        e.code = ErrorCode::HttpStatus;
        e.message = "The server answered “not modified” to a request that was not conditional.";
    } else {
        e.code = ErrorCode::HttpStatus;
        e.message = "The server answered with unexpected status " + std::to_string(r.status) + " " + r.reason + ".";
    }
    return e;
}

}  // namespace tingdu::catalog
