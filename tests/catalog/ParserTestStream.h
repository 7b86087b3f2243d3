#pragma once
// A feed made on the fly as the parser reads it: head, N generated entries, tail. Lets a test
// stream tens of megabytes through a parser without ever holding them, and measure its memory.
#include <fstream>
#include <functional>
#include <streambuf>
#include <string>

namespace tingdu::testing {

class GeneratedFeed : public std::streambuf {
public:
    GeneratedFeed(std::string head, std::function<std::string(int)> entry, int count, std::string tail)
        : m_head(std::move(head)), m_entry(std::move(entry)), m_count(count), m_tail(std::move(tail))
    {
    }
    std::size_t produced() const { return m_produced; }

protected:
    int_type underflow() override
    {
        if (m_next > m_count + 1) return traits_type::eof();
        m_chunk = m_next == 0 ? m_head : m_next <= m_count ? m_entry(m_next - 1) : m_tail;
        ++m_next;
        m_produced += m_chunk.size();
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + m_chunk.size());
        return traits_type::to_int_type(m_chunk[0]);
    }

private:
    std::string m_head;
    std::function<std::string(int)> m_entry;
    int m_count;
    std::string m_tail;
    int m_next = 0;
    std::string m_chunk;
    std::size_t m_produced = 0;
};

/// A /proc/self/status figure in kB (VmRSS, VmHWM), -1 when unreadable.
inline long statusKb(const std::string& field)
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
    return -1;
}

/// True in an AddressSanitizer build (TINGDU_SANITIZE): its quarantine keeps freed blocks
/// resident, so a peak RSS there says nothing about what the code under test holds.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitized = true;
#else
inline constexpr bool kAddressSanitized = false;
#endif
#else
inline constexpr bool kAddressSanitized = false;
#endif
inline constexpr const char* kNoRssBoundUnderAsan =
    "peak RSS is not measurable under AddressSanitizer (its quarantine keeps freed memory resident); "
    "the normal build enforces this bound";

/// Resets VmHWM to the current RSS (Linux ≥ 4.0), so a test measures its own peak.
inline bool resetPeakRss()
{
    std::ofstream clear("/proc/self/clear_refs");
    return static_cast<bool>(clear << "5" << std::flush);
}

}  // namespace tingdu::testing
