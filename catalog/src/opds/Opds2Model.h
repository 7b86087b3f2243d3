#pragma once
// OPDS 2.0 JSON objects → the Feed model (links, publications); used by the streaming parser.
#include "tingdu/catalog/Feed.h"
#include "util/Json.h"

namespace tingdu::catalog::opds2 {

Link toLink(const json::ObjectPtr& o, const std::string& baseUrl);
std::vector<Link> toLinks(const json::ArrayPtr& a, const std::string& baseUrl);
Entry toEntry(const json::ObjectPtr& publication, const std::string& baseUrl);
Availability::State availabilityState(const std::string& state);

}  // namespace tingdu::catalog::opds2
