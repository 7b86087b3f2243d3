#include "Mp4Index.h"

#include <algorithm>
#include <climits>
#include <fstream>
#include <functional>
#include <optional>

namespace tingdu::media::audio {

namespace {

constexpr std::uint64_t kMaxMoovBytes = 64u << 20;  // 20 hours of AAC need 6 MB
// Real files have a handful of top-level boxes (ftyp, free, mdat, moov); a file of millions of
// tiny ones would take minutes to walk, so past this many FFmpeg's own path decides.
constexpr int kMaxTopLevelBoxes = 1024;
// Decode times stay far from int64's end, so sums, seeks and the priming never overflow.
constexpr std::uint64_t kMaxDts = std::uint64_t{1} << 62;

std::uint32_t u32(const std::string& b, std::size_t at)
{
    return (std::uint32_t(std::uint8_t(b[at])) << 24) | (std::uint32_t(std::uint8_t(b[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(b[at + 2])) << 8) | std::uint32_t(std::uint8_t(b[at + 3]));
}

std::uint64_t u64(const std::string& b, std::size_t at)
{
    return (std::uint64_t(u32(b, at)) << 32) | u32(b, at + 4);
}

struct Box {
    std::string type;
    std::size_t start = 0;  // of the header, in the buffer
    std::size_t body = 0;
    std::size_t end = 0;
};

// The child boxes of [begin, end); nullopt when a size does not fit (a broken file).
std::optional<std::vector<Box>> children(const std::string& b, std::size_t begin, std::size_t end)
{
    std::vector<Box> list;
    while (begin + 8 <= end) {
        std::uint64_t size = u32(b, begin);
        std::size_t header = 8;
        if (size == 1) {
            if (begin + 16 > end)
                return std::nullopt;
            size = u64(b, begin + 8);
            header = 16;
        } else if (size == 0) {
            size = end - begin;
        }
        if (size < header || size > end - begin)
            return std::nullopt;
        list.push_back({b.substr(begin + 4, 4), begin, begin + header, begin + static_cast<std::size_t>(size)});
        begin += static_cast<std::size_t>(size);
    }
    return list;
}

const Box* find(const std::vector<Box>& boxes, const char* type)
{
    for (const auto& box : boxes)
        if (box.type == type)
            return &box;
    return nullptr;
}

bool repeated(const std::vector<Box>& boxes, const char* type)
{
    return std::count_if(boxes.begin(), boxes.end(), [&](const Box& box) { return box.type == type; }) > 1;
}

std::size_t bodySize(const Box& box)
{
    return box.end - box.body;
}

// The top-level moov, read whole; nullopt for fragmented files or when there is none.
std::optional<std::pair<std::string, std::uint64_t>> readMoov(std::ifstream& in, std::uint64_t fileSize)
{
    std::uint64_t at = 0;
    std::optional<std::pair<std::string, std::uint64_t>> moov;
    for (int boxes = 0; at + 8 <= fileSize; ++boxes) {
        if (boxes == kMaxTopLevelBoxes)
            return std::nullopt;
        std::string header(16, '\0');
        in.seekg(static_cast<std::streamoff>(at));
        in.read(header.data(), 16);
        if (in.gcount() < 8)
            return std::nullopt;
        in.clear();
        std::uint64_t size = u32(header, 0);
        if (size == 1)
            size = u64(header, 8);
        else if (size == 0)
            size = fileSize - at;
        const std::string type = header.substr(4, 4);
        if (size < 8 || size > fileSize - at || type == "moof")  // broken, or fragmented
            return std::nullopt;
        if (type == "moov") {
            if (moov || size > kMaxMoovBytes)
                return std::nullopt;
            std::string body(static_cast<std::size_t>(size), '\0');
            in.seekg(static_cast<std::streamoff>(at));
            in.read(body.data(), static_cast<std::streamsize>(size));
            if (static_cast<std::uint64_t>(in.gcount()) != size)
                return std::nullopt;
            moov.emplace(std::move(body), at);
        }
        at += size;
    }
    return moov;
}

}  // namespace

std::unique_ptr<Mp4Index> Mp4Index::load(const std::string& path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        return nullptr;
    const auto fileSize = static_cast<std::uint64_t>(in.tellg());
    auto moov = readMoov(in, fileSize);
    if (!moov)
        return nullptr;
    const std::string& b = moov->first;
    const auto top = children(b, 8, b.size());
    if (!top)
        return nullptr;
    std::unique_ptr<Mp4Index> index(new Mp4Index);
    int trak = -1;
    const Box* audioStbl = nullptr;
    std::optional<Box> audioMdia;  // a copy: the list it was found in ends with its loop pass
    const Box* audioTrak = nullptr;
    for (const auto& box : *top) {
        if (box.type != "trak")
            continue;
        ++trak;
        const auto inTrak = children(b, box.body, box.end);
        const Box* mdia = inTrak ? find(*inTrak, "mdia") : nullptr;
        const auto inMdia = mdia ? children(b, mdia->body, mdia->end) : std::nullopt;
        const Box* hdlr = inMdia ? find(*inMdia, "hdlr") : nullptr;
        if (!hdlr || hdlr->end - hdlr->body < 12 || b.compare(hdlr->body + 8, 4, "soun") != 0)
            continue;
        if (audioTrak)  // several audio tracks: FFmpeg chooses among them
            return nullptr;
        audioTrak = &box;
        audioMdia = *mdia;
        index->m_stream = trak;
    }
    if (!audioTrak)
        return nullptr;
    const auto inMdia = children(b, audioMdia->body, audioMdia->end);
    const Box* mdhd = find(*inMdia, "mdhd");
    const Box* minf = find(*inMdia, "minf");
    const auto inMinf = minf ? children(b, minf->body, minf->end) : std::nullopt;
    audioStbl = inMinf ? find(*inMinf, "stbl") : nullptr;
    if (!mdhd || !audioStbl || mdhd->end - mdhd->body < 24)
        return nullptr;
    index->m_timescale = u32(b, mdhd->body + (b[mdhd->body] == 1 ? 20 : 12));
    if (index->m_timescale == 0 || index->m_timescale > INT_MAX)  // FFmpeg's AVRational is int
        return nullptr;

    // Edit list: one edit (or an empty one, then one) whose start is the encoder's priming.
    const auto inTrak = children(b, audioTrak->body, audioTrak->end);
    if (const Box* edts = find(*inTrak, "edts")) {
        const auto inEdts = children(b, edts->body, edts->end);
        const Box* elst = inEdts ? find(*inEdts, "elst") : nullptr;
        if (elst) {
            if (bodySize(*elst) < 8)
                return nullptr;
            const bool v1 = b[elst->body] == 1;
            const std::size_t entry = v1 ? 20 : 12;
            const std::uint32_t count = u32(b, elst->body + 4);
            std::int64_t start = -1;
            for (std::uint32_t i = 0; i < count && start < 0; ++i) {
                const std::size_t at = elst->body + 8 + i * entry;
                if (at + entry > elst->end)
                    return nullptr;
                start = v1 ? static_cast<std::int64_t>(u64(b, at + 8)) : static_cast<std::int32_t>(u32(b, at + 4));
                if (start >= 0 && i + 1 != count)  // more edits than a start offset: FFmpeg's job
                    return nullptr;
            }
            index->m_mediaStart = std::max<std::int64_t>(0, start);
        }
    }

    const auto stbl = children(b, audioStbl->body, audioStbl->end);
    if (!stbl || find(*stbl, "stz2") || find(*stbl, "ctts"))
        return nullptr;
    // Two of a table: FFmpeg would read the one left unhidden.
    for (const char* type : {"stsd", "stts", "stsc", "stsz", "stco", "co64"})
        if (repeated(*stbl, type))
            return nullptr;
    const Box* stsd = find(*stbl, "stsd");
    const Box* stts = find(*stbl, "stts");
    const Box* stsc = find(*stbl, "stsc");
    const Box* stsz = find(*stbl, "stsz");
    const Box* stco = find(*stbl, "stco");
    const Box* co64 = find(*stbl, "co64");
    const Box* offsets = stco ? stco : co64;
    if (!stsd || !stts || !stsc || !stsz || !offsets || (stco && co64))
        return nullptr;
    // Each table's header (version, flags, count) fits in its box before it is read, and then
    // its COUNT entries of EACH bytes: a count never allocates more than the box holds.
    const auto fits = [&](const Box* box, std::size_t header, std::uint64_t count, std::size_t each) {
        return bodySize(*box) >= header && (bodySize(*box) - header) / each >= count;
    };
    if (!fits(stsd, 8, 0, 1) || !fits(stsz, 12, 0, 1) || !fits(offsets, 8, 0, 1) || !fits(stsc, 8, 0, 1) ||
        !fits(stts, 8, 0, 1) || u32(b, stsd->body + 4) != 1)
        return nullptr;

    // stsz: sizes (or one fixed size).
    index->m_fixedSize = u32(b, stsz->body + 4);
    index->m_count = u32(b, stsz->body + 8);
    if (index->m_count == 0 || (!index->m_fixedSize && !fits(stsz, 12, index->m_count, 4)))
        return nullptr;
    if (!index->m_fixedSize) {
        index->m_sizes.resize(index->m_count);
        for (std::size_t i = 0; i < index->m_count; ++i)
            index->m_sizes[i] = u32(b, stsz->body + 12 + 4 * i);
    }
    // stco/co64: chunk offsets.
    const std::uint32_t chunks = u32(b, offsets->body + 4);
    if (chunks == 0 || !fits(offsets, 8, chunks, co64 ? 8 : 4))
        return nullptr;
    index->m_chunkOffsets.resize(chunks);
    for (std::size_t i = 0; i < chunks; ++i)
        index->m_chunkOffsets[i] = co64 ? u64(b, offsets->body + 8 + 8 * i) : u32(b, offsets->body + 8 + 4 * i);
    // stsc: runs of chunks with the same number of samples.
    const std::uint32_t runs = u32(b, stsc->body + 4);
    if (runs == 0 || !fits(stsc, 8, runs, 12))
        return nullptr;
    std::uint64_t sample = 0;
    for (std::uint32_t r = 0; r < runs; ++r) {
        const std::size_t at = stsc->body + 8 + 12 * r;
        const std::uint64_t first = u32(b, at);
        const std::uint64_t last = r + 1 < runs ? u32(b, at + 12) : chunks + 1;
        const std::uint32_t perChunk = u32(b, at + 4);
        if (first < 1 || last <= first || last > chunks + 1 || index->m_chunkFirstSample.size() != first - 1)
            return nullptr;
        for (std::uint64_t c = first; c < last; ++c) {
            index->m_chunkFirstSample.push_back(static_cast<std::uint32_t>(std::min<std::uint64_t>(sample, index->m_count)));
            sample += perChunk;
        }
    }
    if (sample < index->m_count)
        return nullptr;
    index->m_chunkFirstSample.push_back(static_cast<std::uint32_t>(index->m_count));
    // stts: runs of samples with the same duration.
    const std::uint32_t timeRuns = u32(b, stts->body + 4);
    if (timeRuns == 0 || !fits(stts, 8, timeRuns, 8))
        return nullptr;
    std::uint64_t counted = 0;
    std::uint64_t dts = 0;
    for (std::uint32_t r = 0; r < timeRuns && counted < index->m_count; ++r) {
        const std::uint32_t n = u32(b, stts->body + 8 + 8 * r);
        const std::uint32_t delta = u32(b, stts->body + 12 + 8 * r);
        if (n == 0)
            continue;
        index->m_runFirstSample.push_back(static_cast<std::uint32_t>(counted));
        index->m_runDelta.push_back(delta);
        index->m_runFirstDts.push_back(static_cast<std::int64_t>(dts));
        // Only the samples stsz has count: a last run may claim more.
        const std::uint64_t used = std::min<std::uint64_t>(n, index->m_count - counted);
        if (used * delta > kMaxDts - dts)
            return nullptr;
        counted += used;
        dts += used * delta;
    }
    // An edit starting after the last sample leaves nothing to play: FFmpeg's job to say so.
    if (counted < index->m_count || static_cast<std::uint64_t>(index->m_mediaStart) > dts)
        return nullptr;
    index->m_runFirstSample.push_back(static_cast<std::uint32_t>(index->m_count));
    for (const Box* hidden : {stts, stsc, stsz, offsets})
        index->m_hidden.push_back(moov->second + hidden->start + 4);
    index->seek(0);
    return index;
}

void Mp4Index::seek(std::int64_t dts)
{
    // The stts run holding dts, then the sample inside it.
    const auto run = std::upper_bound(m_runFirstDts.begin(), m_runFirstDts.end(), dts);
    m_run = run == m_runFirstDts.begin() ? 0 : static_cast<std::size_t>(run - m_runFirstDts.begin() - 1);
    const std::int64_t within = std::max<std::int64_t>(0, dts - m_runFirstDts[m_run]);
    const std::uint64_t runLength = m_runFirstSample[m_run + 1] - m_runFirstSample[m_run];
    const std::uint64_t step = m_runDelta[m_run] ? static_cast<std::uint64_t>(within) / m_runDelta[m_run] : 0;
    const std::uint64_t inRun = std::min<std::uint64_t>(step, runLength - 1);
    m_sample = m_runFirstSample[m_run] + inRun;
    m_dts = m_runFirstDts[m_run] + static_cast<std::int64_t>(inRun * m_runDelta[m_run]);
    // Its chunk, and its byte offset after the chunk's earlier samples.
    const auto chunk = std::upper_bound(m_chunkFirstSample.begin(), m_chunkFirstSample.end() - 1,
                                        static_cast<std::uint32_t>(m_sample));
    m_chunk = static_cast<std::size_t>(chunk - m_chunkFirstSample.begin() - 1);
    m_offset = m_chunkOffsets[m_chunk];
    if (m_fixedSize)  // a chunk may claim billions of samples of one size
        m_offset += (m_sample - m_chunkFirstSample[m_chunk]) * std::uint64_t{m_fixedSize};
    else
        for (std::size_t s = m_chunkFirstSample[m_chunk]; s < m_sample; ++s)
            m_offset += sizeOf(s);
}

bool Mp4Index::next(Sample& out)
{
    if (m_sample >= m_count)
        return false;
    while (m_sample >= m_chunkFirstSample[m_chunk + 1]) {  // past this chunk (empty chunks too)
        ++m_chunk;
        m_offset = m_chunkOffsets[m_chunk];
    }
    while (m_sample >= m_runFirstSample[m_run + 1])
        ++m_run;
    out = Sample{m_offset, sizeOf(m_sample), m_dts, m_runDelta[m_run]};
    m_offset += out.size;
    m_dts += m_runDelta[m_run];
    ++m_sample;
    return true;
}

}  // namespace tingdu::media::audio
