#pragma once
// A Publication over a BlockBook, with a TOC and an optional cover: what the exporter needs,
// built in test code from blocks.
#include "BlockBook.h"

namespace tingdu::testing {

class BlockPublication final : public media::Publication {
public:
    media::Format format() const override { return media::Format::Epub; }
    const media::Metadata& metadata() const override { return meta; }
    const std::vector<media::ReadingOrderItem>& readingOrder() const override { return order; }
    const std::vector<media::NavPoint>& toc() const override { return nav; }
    const std::vector<media::NavPoint>& pageList() const override { return pages; }
    const media::TextContent* text() const override { return &book; }
    media::Result<std::string> readResource(const std::string& href) const override
    {
        if (href == meta.coverHref && !cover.empty())
            return cover;
        return media::makeError(media::ErrorCode::NotFound, "no such resource", href);
    }

    media::Metadata meta;
    std::vector<media::ReadingOrderItem> order;
    std::vector<media::NavPoint> nav;
    std::vector<media::NavPoint> pages;
    BlockBook book;
    std::string cover;
};

}  // namespace tingdu::testing
