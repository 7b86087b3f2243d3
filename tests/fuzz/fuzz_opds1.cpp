// OPDS 1.2 (Atom) feeds from untrusted servers.
#include "tingdu/catalog/FeedParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    (void)tingdu::catalog::parseFeed(body, "application/atom+xml;profile=opds-catalog", "https://example.org/opds/");
    (void)tingdu::catalog::parseOpenSearchTemplate(body, "https://example.org/");
    return 0;
}
