#pragma once
// RFC 7807 problem documents (application/problem+json), as Palace/Library Simplified send them
// when a borrow, hold or renewal is refused; turned into one plain sentence for the reader.
#include <string>
#include <string_view>

#include "tingdu/catalog/Result.h"

namespace tingdu::catalog {

struct ProblemDocument {
    std::string type;  ///< URI naming the problem, e.g. http://librarysimplified.org/terms/problem/loan-limit-reached
    std::string title;
    std::string detail;
    int status = 0;
};

/// Parses a problem document; fails when the body is not JSON or has neither type nor title.
Result<ProblemDocument> parseProblem(std::string_view body);

/// A plain sentence for known problem types (loan limit, hold limit, not eligible, cannot renew,
/// no copies, already on loan, expired card, fines...); otherwise the document's own detail/title.
std::string problemSentence(const ProblemDocument& problem);

/// An Error of code Problem carrying the type and the sentence.
Error problemError(const ProblemDocument& problem, const std::string& subject);

}  // namespace tingdu::catalog
