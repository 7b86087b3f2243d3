#pragma once
// What read-aloud says besides the book's own words ("Heading level 2", "Page 14"), and in
// which words: the caller supplies translated templates (the Qt side fills them with tr());
// the defaults are English.
#include <string>

#include "tingdu/media/Content.h"

namespace tingdu::accessibility {

/// Templates use {level}, {label}, {text}, {row}, {column} placeholders.
struct Announcements {
    bool headings = true;
    bool pageNumbers = true;
    bool imageDescriptions = true;
    bool noteReferences = true;
    bool listItems = true;
    bool tableCells = true;

    std::string heading = "Heading level {level}";
    std::string page = "Page {label}";
    std::string image = "Image";                      ///< said before the alt text
    std::string imageWithoutDescription = "Image without description";
    std::string noteReference = "Note reference";
    std::string listItem = "List item";
    std::string tableCell = "Row {row}, column {column}";
    std::string tableHeader = "Column header";
    std::string endOfBook = "End of book";
    /// BCP 47 language of the strings above: picks the voice that speaks them.
    std::string language = "en";
};

/// Replaces "{name}" in TEMPLATE with VALUE (every occurrence).
std::string fillTemplate(std::string text, const std::string& name, const std::string& value);

/// What to say before BLOCK's text, or "" (paragraphs, or the announcement is switched off).
std::string announcementFor(const media::Block& block, const Announcements& announcements);

}  // namespace tingdu::accessibility
