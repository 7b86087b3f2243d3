// The OPDS 2 splitter (see Opds2Splitter.h). Most of a feed is string content, which memchr
// skips at memory speed; only the few bytes between strings go through the switch.
#include "opds/Opds2Splitter.h"

#include <cstring>

namespace tingdu::catalog::opds2 {

namespace {
constexpr std::size_t kKeyCapture = 16; // enough to tell "publications" from any other name
}

Splitter::Splitter(ItemFn onItem, std::size_t maxItemBytes, std::size_t maxSkeletonBytes,
                   std::size_t maxDepth)
    : m_onItem(std::move(onItem)), m_maxItemBytes(maxItemBytes), m_maxSkeletonBytes(maxSkeletonBytes),
      m_maxDepth(maxDepth)
{}

bool Splitter::fail(Status status, std::string why)
{
    m_status = status;
    m_why = std::move(why);
    return false;
}

bool Splitter::feed(std::string_view chunk)
{
    if (m_status != Status::Ok)
        return false;
    std::size_t i = 0;
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (chunk.substr(0, 3) == "\xEF\xBB\xBF")
            i = 3; // a UTF-8 BOM is not JSON; some servers send one
    }
    m_skelStart = i;
    m_itemStart = 0;
    const char* p = chunk.data();
    const std::size_t n = chunk.size();
    while (i < n) {
        if (m_inString) {
            i = scanString(chunk, i);
            continue;
        }
        const char c = p[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
            continue;
        }
        m_sawAnything = true;
        if (!structural(chunk, i, c))
            return false;
        ++i;
    }
    if (m_itemOpen) {
        m_item.append(p + m_itemStart, n - m_itemStart);
        if (m_item.size() > m_maxItemBytes)
            return fail(Status::TooLarge, "one publication is too large");
    }
    if (!m_skelPaused) {
        m_skeleton.append(p + m_skelStart, n - m_skelStart);
        if (m_skeleton.size() > m_maxSkeletonBytes)
            return fail(Status::TooLarge, "the feed outside its publications is too large");
    }
    return true;
}

// Inside a string: returns the index after its closing quote, or n when the string goes on.
std::size_t Splitter::scanString(std::string_view chunk, std::size_t i)
{
    const char* p = chunk.data();
    const std::size_t n = chunk.size();
    auto capture = [&](std::size_t from, std::size_t to) {
        if (m_keyCapture && m_key.size() < kKeyCapture)
            m_key.append(p + from, std::min(to - from, kKeyCapture - m_key.size()));
    };
    const char* quote = nullptr;
    bool quoteKnown = false;
    while (i < n) {
        if (m_escape) { // the character after a backslash, whatever it is
            m_escape = false;
            capture(i, i + 1);
            ++i;
            continue;
        }
        // The closing quote is searched once and again only after an escaped quote passes it,
        // so a string full of escapes costs linear time.
        if (!quoteKnown || (quote && quote < p + i)) {
            quote = static_cast<const char*>(std::memchr(p + i, '"', n - i));
            quoteKnown = true;
        }
        const std::size_t end = quote ? static_cast<std::size_t>(quote - p) : n;
        if (const auto* bs = static_cast<const char*>(std::memchr(p + i, '\\', end - i))) {
            const std::size_t b = static_cast<std::size_t>(bs - p);
            capture(i, b + 1);
            i = b + 1;
            m_escape = true;
            continue;
        }
        capture(i, end);
        if (!quote)
            return n;
        m_inString = false;
        m_keyCapture = false;
        return end + 1;
    }
    return n;
}

void Splitter::beginItem(std::size_t i)
{
    if (m_itemOpen)
        return;
    m_itemOpen = true;
    m_itemStart = i;
    m_afterComma = false;
}

bool Splitter::endItem(std::string_view chunk, std::size_t i)
{
    std::string_view item;
    if (!m_item.empty()) {
        m_item.append(chunk.data() + m_itemStart, i - m_itemStart);
        item = m_item;
    } else {
        item = chunk.substr(m_itemStart, i - m_itemStart);
    }
    m_itemOpen = false;
    if (item.size() > m_maxItemBytes)
        return fail(Status::TooLarge, "one publication is too large");
    const bool go = m_onItem(item);
    if (m_item.capacity() > (1u << 20))
        std::string().swap(m_item); // do not keep one huge item's buffer
    m_item.clear();
    if (!go)
        m_status = Status::Stopped;
    return go;
}

bool Splitter::structural(std::string_view chunk, std::size_t i, char c)
{
    const std::size_t depth = m_open.size();
    const bool itemLevel = m_inPublications && depth == 2;
    switch (c) {
    case '"':
        if (itemLevel)
            beginItem(i);
        if (depth == 1 && m_expectKey) {
            m_keyCapture = true;
            m_key.clear();
        } else if (depth == 1) {
            m_awaitPublications = false;
        }
        m_inString = true;
        return true;
    case '{':
    case '[': {
        if (itemLevel)
            beginItem(i);
        const bool publications = depth == 1 && c == '[' && m_awaitPublications;
        if (depth == 1)
            m_awaitPublications = false;
        if (depth >= m_maxDepth)
            return fail(Status::TooDeep, "it is nested too deeply");
        m_open.push_back(c);
        if (depth == 0)
            m_expectKey = c == '{';
        if (publications) {
            m_inPublications = true;
            m_afterComma = false;
            m_skeleton.append(chunk.data() + m_skelStart, i + 1 - m_skelStart);
            m_skelPaused = true;
            if (m_skeleton.size() > m_maxSkeletonBytes)
                return fail(Status::TooLarge, "the feed outside its publications is too large");
        }
        return true;
    }
    case '}':
    case ']': {
        if (depth == 0)
            return fail(Status::Malformed, "a bracket closes that was never opened");
        if ((c == '}') != (m_open.back() == '{'))
            return fail(Status::Malformed, "its brackets do not match");
        if (itemLevel) { // the publications array ends
            if (m_itemOpen) {
                if (!endItem(chunk, i))
                    return false;
            } else if (m_afterComma) {
                return fail(Status::Malformed, "the publications list ends with a comma");
            }
            m_inPublications = false;
            m_skelPaused = false;
            m_skelStart = i;
        }
        m_open.pop_back();
        return true;
    }
    case ',':
        if (itemLevel) {
            if (!m_itemOpen)
                return fail(Status::Malformed, "the publications list has an empty item");
            if (!endItem(chunk, i))
                return false;
            m_afterComma = true;
            return true;
        }
        if (depth == 1) {
            m_expectKey = true;
            m_awaitPublications = false;
        }
        return true;
    case ':':
        if (itemLevel) {
            beginItem(i); // not JSON; the item's parser says so
            return true;
        }
        if (depth == 1 && m_expectKey) {
            m_expectKey = false;
            m_awaitPublications = m_key == "publications";
        }
        return true;
    default: // the first byte of a number, true, false or null (or of something that is not JSON)
        if (itemLevel)
            beginItem(i);
        if (depth == 1)
            m_awaitPublications = false;
        return true;
    }
}

bool Splitter::finish()
{
    if (m_status != Status::Ok)
        return false;
    if (m_inString || !m_open.empty())
        return fail(Status::Malformed, "it ends before its last value is complete");
    return true;
}

} // namespace tingdu::catalog::opds2
