#pragma once
// The schema.org / EPUB Accessibility metadata worded for a person choosing a book:
// "Has a page list; has alternative text for images; no flashing hazards."
#include "tingdu/media/Publication.h"

#include <string>
#include <vector>

namespace tingdu::media {

/// One sentence about a publication's accessibility.
struct AccessibilityStatement {
    /// Stable code the UI translates by ("page-list", "alt-text", "no-flashing", "conforms", ...;
    /// unknown vocabulary gives "feature" / "hazard" with the raw value as argument).
    std::string code;
    std::string argument; ///< the variable part (standard, certifier, unknown term, summary); may be empty
    std::string text;     ///< the English sentence, capitalised, without final punctuation
};

/// Words METADATA, most useful first: how it can be read, features, hazards, conformance,
/// certifier, then the publisher's own summary. An empty metadata set gives one statement,
/// "no-metadata". Pure function; any thread.
std::vector<AccessibilityStatement> describeAccessibility(const AccessibilityMetadata& metadata);

/// The statements (the summary excepted) joined as one line: "Has a page list; has alternative
/// text for images; no flashing hazards."
std::string accessibilityLine(const std::vector<AccessibilityStatement>& statements);

} // namespace tingdu::media
