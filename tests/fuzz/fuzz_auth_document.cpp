// Authentication for OPDS documents and RFC 7807 problem documents from untrusted servers.
#include "tingdu/catalog/AuthDocument.h"
#include "tingdu/catalog/Problem.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    (void)tingdu::catalog::parseAuthDocument(body, "https://example.org/auth");
    if (auto problem = tingdu::catalog::parseProblem(body); problem.ok())
        (void)tingdu::catalog::problemSentence(*problem);
    return 0;
}
