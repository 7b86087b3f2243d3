#pragma once
// Splits an OPDS 2 feed, read in chunks, into the items of its root "publications" array (each
// handed over as its own JSON text as soon as it ends) and the rest of the feed (the "skeleton",
// with that array left empty). A JSON parser then reads each piece on its own, so memory stays
// bounded by one publication plus the feed's small rest, however long the feed is.
//
// The splitter only tracks strings, nesting and separators; it does not validate JSON. Every byte
// still reaches a validating parser: items one by one, everything else in the skeleton.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tingdu::catalog::opds2 {

class Splitter {
public:
    enum class Status { Ok, Stopped, Malformed, TooDeep, TooLarge };
    /// Receives one publication's JSON text (valid until it returns); false stops the split.
    using ItemFn = std::function<bool(std::string_view item)>;

    Splitter(ItemFn onItem, std::size_t maxItemBytes, std::size_t maxSkeletonBytes,
             std::size_t maxDepth = 200);

    /// Feeds the next chunk; false once the split has stopped (see status()).
    bool feed(std::string_view chunk);
    /// Checks that the document ended where it should; false when it did not.
    bool finish();

    Status status() const { return m_status; }
    /// Why the split stopped with Malformed, TooDeep or TooLarge, as a phrase.
    const std::string& why() const { return m_why; }
    /// The feed without its publications: `"publications":[]`. Complete after finish().
    const std::string& skeleton() const { return m_skeleton; }
    bool sawAnything() const { return m_sawAnything; }

private:
    bool fail(Status status, std::string why);
    std::size_t scanString(std::string_view chunk, std::size_t i);
    bool structural(std::string_view chunk, std::size_t i, char c);
    void beginItem(std::size_t i);
    bool endItem(std::string_view chunk, std::size_t i);

    ItemFn m_onItem;
    std::size_t m_maxItemBytes;
    std::size_t m_maxSkeletonBytes;
    std::size_t m_maxDepth;
    Status m_status = Status::Ok;
    std::string m_why;

    std::vector<char> m_open; // open brackets, innermost last
    bool m_inString = false;
    bool m_escape = false;     // a backslash ended the previous chunk
    bool m_expectKey = false;  // in the root object, where the next string is a member name
    bool m_keyCapture = false; // reading a member name of the root object
    std::string m_key;
    bool m_awaitPublications = false; // after "publications": in the root object
    bool m_inPublications = false;    // inside the root's publications array
    bool m_itemOpen = false;
    bool m_afterComma = false; // a separator was seen and no item followed yet
    bool m_bomChecked = false;
    bool m_sawAnything = false;

    std::size_t m_itemStart = 0; // in the current chunk
    std::size_t m_skelStart = 0; // in the current chunk
    bool m_skelPaused = false;   // inside the publications array
    std::string m_item;          // the part of an item that began in an earlier chunk
    std::string m_skeleton;
};

} // namespace tingdu::catalog::opds2
