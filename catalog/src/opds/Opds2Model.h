#pragma once
// OPDS 2.0 JSON objects → the Feed model (links, publications); used by the streaming parser.
#include "tingdu/catalog/Feed.h"
#include "util/JsonTree.h"

namespace tingdu::catalog::opds2 {

Link toLink(const jt::Node* o, const std::string& baseUrl);
std::vector<Link> toLinks(const jt::Node* a, const std::string& baseUrl);
Entry toEntry(const jt::Node* publication, const std::string& baseUrl);
Availability::State availabilityState(const std::string& state);

}  // namespace tingdu::catalog::opds2
