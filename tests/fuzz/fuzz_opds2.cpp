// OPDS 2.0 (JSON) feeds from untrusted servers.
#include "tingdu/catalog/FeedParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    (void)tingdu::catalog::parseFeed(body, "application/opds+json", "https://example.org/opds/");
    return 0;
}
