#include "tingdu/accessibility/Announcements.h"

namespace tingdu::accessibility {

std::string fillTemplate(std::string text, const std::string& name, const std::string& value)
{
    const std::string key = "{" + name + "}";
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
    return text;
}

std::string announcementFor(const media::Block& block, const Announcements& a)
{
    using media::BlockKind;
    switch (block.kind) {
    case BlockKind::Heading:
        return a.headings ? fillTemplate(a.heading, "level", std::to_string(block.level > 0 ? block.level : 1)) : "";
    case BlockKind::PageBreak:
        return a.pageNumbers && !block.label.empty() ? fillTemplate(a.page, "label", block.label) : "";
    case BlockKind::Image:
        if (!a.imageDescriptions)
            return "";
        return block.text.empty() ? a.imageWithoutDescription : a.image;
    case BlockKind::ListItem:
        return a.listItems ? a.listItem : "";
    case BlockKind::TableCell: {
        if (!a.tableCells)
            return "";
        if (block.header)
            return a.tableHeader;
        const auto comma = block.label.find(',');
        if (comma == std::string::npos)
            return "";
        return fillTemplate(fillTemplate(a.tableCell, "row", block.label.substr(0, comma)), "column",
                            block.label.substr(comma + 1));
    }
    default:
        return "";
    }
}

}  // namespace tingdu::accessibility
