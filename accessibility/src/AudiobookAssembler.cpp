// The final audiobook: chapter pieces stream-copied (no re-encode) behind one header that
// carries the chapter marks, the tags and the cover.
#include <unistd.h>

#include <cstdio>
#include <utility>

#include "AudioEncoder.h"

namespace tingdu::accessibility {

using media::ErrorCode;
using media::makeError;

namespace {

struct Piece {
    InputPtr input;
    int audioStream = -1;
    std::int64_t samples = 0;  // in the stream's time base (1/sample rate)
};

media::Result<Piece> openPiece(const std::string& path)
{
    AVFormatContext* raw = nullptr;
    if (int rc = avformat_open_input(&raw, path.c_str(), nullptr, nullptr); rc < 0)
        return makeError(ErrorCode::Corrupt, "cannot read a finished chapter: " + avErrorText(rc), path);
    Piece p;
    p.input.reset(raw);
    if (avformat_find_stream_info(raw, nullptr) < 0)
        return makeError(ErrorCode::Corrupt, "a finished chapter has no readable audio", path);
    p.audioStream = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (p.audioStream < 0)
        return makeError(ErrorCode::Corrupt, "a finished chapter has no audio stream", path);
    return p;
}

// Sums packet durations: exact, and cheap (demuxing only).
media::Result<std::int64_t> countSamples(Piece& p, AVRational timeBase)
{
    PacketPtr packet(av_packet_alloc());
    std::int64_t total = 0;
    const AVRational inBase = p.input->streams[p.audioStream]->time_base;
    while (av_read_frame(p.input.get(), packet.get()) >= 0) {
        if (packet->stream_index == p.audioStream)
            total += av_rescale_q(packet->duration, inBase, timeBase);
        av_packet_unref(packet.get());
    }
    if (av_seek_frame(p.input.get(), p.audioStream, 0, AVSEEK_FLAG_BACKWARD) < 0)
        avformat_seek_file(p.input.get(), -1, INT64_MIN, 0, INT64_MAX, 0);
    return total;
}

AVCodecID coverCodec(const std::string& bytes)
{
    if (bytes.size() > 3 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xD8)
        return AV_CODEC_ID_MJPEG;
    if (bytes.size() > 8 && bytes.compare(1, 3, "PNG") == 0)
        return AV_CODEC_ID_PNG;
    return AV_CODEC_ID_NONE;
}

// Muxers want the picture's size: read it from the PNG IHDR or the JPEG SOF segment.
std::pair<int, int> imageSize(const std::string& b, AVCodecID codec)
{
    const auto byte = [&](std::size_t i) { return i < b.size() ? static_cast<unsigned char>(b[i]) : 0u; };
    const auto be16 = [&](std::size_t i) { return static_cast<int>(byte(i) << 8 | byte(i + 1)); };
    if (codec == AV_CODEC_ID_PNG)
        return {be16(18), be16(22)};  // IHDR width/height (low 16 bits suffice)
    for (std::size_t i = 2; i + 9 < b.size();) {
        if (byte(i) != 0xFF)
            return {0, 0};
        const unsigned marker = byte(i + 1);
        if (marker >= 0xC0 && marker <= 0xC3)
            return {be16(i + 7), be16(i + 5)};
        i += 2 + static_cast<std::size_t>(be16(i + 2));
    }
    return {0, 0};
}

}  // namespace

media::Result<std::vector<double>> assembleAudiobook(const std::vector<std::string>& pieces,
                                                     const std::vector<std::string>& titles, const BookTags& tags,
                                                     AudioContainer container, const std::string& output)
{
    quietFfmpeg();
    if (pieces.empty())
        return makeError(ErrorCode::Empty, "the book has no chapters to export", output);
    std::vector<Piece> inputs;
    for (const auto& path : pieces) {
        auto p = openPiece(path);
        if (!p)
            return p.error();
        inputs.push_back(std::move(*p));
    }
    const AVCodecParameters* first = inputs[0].input->streams[inputs[0].audioStream]->codecpar;
    const AVRational timeBase{1, first->sample_rate};
    for (auto& p : inputs) {
        auto n = countSamples(p, timeBase);
        if (!n)
            return n.error();
        p.samples = *n;
    }

    const std::string part = output + ".part-" + std::to_string(::getpid());
    struct RemoveOnFailure {
        const std::string& path;
        bool keep = false;
        ~RemoveOnFailure()
        {
            if (!keep)
                std::remove(path.c_str());
        }
    } cleanup{part};

    AVFormatContext* raw = nullptr;
    const char* muxer = container == AudioContainer::M4b ? "ipod" : "mp3";
    if (avformat_alloc_output_context2(&raw, nullptr, muxer, part.c_str()) < 0 || !raw)
        return makeError(ErrorCode::Internal, "FFmpeg lacks the muxer", output);
    OutputPtr out(raw);
    AVStream* audio = avformat_new_stream(out.get(), nullptr);
    avcodec_parameters_copy(audio->codecpar, first);
    audio->codecpar->codec_tag = 0;
    audio->time_base = timeBase;

    AVStream* cover = nullptr;
    const AVCodecID coverId = coverCodec(tags.cover);
    const auto [coverWidth, coverHeight] = imageSize(tags.cover, coverId);
    if (coverId != AV_CODEC_ID_NONE && coverWidth > 0 && coverHeight > 0) {
        const AVCodecID id = coverId;
        cover = avformat_new_stream(out.get(), nullptr);
        cover->codecpar->codec_type = AVMEDIA_TYPE_VIDEO;
        cover->codecpar->codec_id = id;
        cover->disposition = AV_DISPOSITION_ATTACHED_PIC;
        cover->codecpar->width = coverWidth;
        cover->codecpar->height = coverHeight;
        cover->time_base = AVRational{1, 90000};
    }
    av_dict_set(&out->metadata, "title", tags.title.c_str(), 0);
    av_dict_set(&out->metadata, "album", tags.title.c_str(), 0);
    av_dict_set(&out->metadata, "artist", tags.author.c_str(), 0);
    av_dict_set(&out->metadata, "album_artist", tags.author.c_str(), 0);
    av_dict_set(&out->metadata, "genre", "Audiobook", 0);
    if (!tags.language.empty())
        av_dict_set(&audio->metadata, "language", tags.language.c_str(), 0);

    // Chapters are needed before the header: the MP3 muxer writes ID3 CHAP frames there, and
    // the MP4 muxer reserves its chapter track there.
    std::vector<double> durations;
    out->chapters = static_cast<AVChapter**>(av_calloc(inputs.size(), sizeof(AVChapter*)));
    if (!out->chapters)
        return makeError(ErrorCode::Internal, "out of memory", output);
    std::int64_t start = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        auto* chapter = static_cast<AVChapter*>(av_mallocz(sizeof(AVChapter)));
        if (!chapter)
            return makeError(ErrorCode::Internal, "out of memory", output);
        out->chapters[out->nb_chapters++] = chapter;  // owned by the context from here on
        chapter->id = static_cast<std::int64_t>(i + 1);
        chapter->time_base = timeBase;
        chapter->start = start;
        chapter->end = start + inputs[i].samples;
        const std::string title = i < titles.size() && !titles[i].empty() ? titles[i] : "Chapter " + std::to_string(i + 1);
        av_dict_set(&chapter->metadata, "title", title.c_str(), 0);
        durations.push_back(static_cast<double>(inputs[i].samples) / first->sample_rate);
        start = chapter->end;
    }

    if (int rc = avio_open(&out->pb, part.c_str(), AVIO_FLAG_WRITE); rc < 0)
        return ioError(rc, "cannot create the audiobook", output);
    if (int rc = avformat_write_header(out.get(), nullptr); rc < 0)
        return ioError(rc, "cannot write the audiobook header", output);

    PacketPtr packet(av_packet_alloc());
    if (cover) {
        if (av_new_packet(packet.get(), static_cast<int>(tags.cover.size())) < 0)
            return makeError(ErrorCode::Internal, "out of memory", output);
        std::copy(tags.cover.begin(), tags.cover.end(), packet->data);
        packet->stream_index = cover->index;
        packet->flags |= AV_PKT_FLAG_KEY;
        packet->pts = packet->dts = 0;
        if (int rc = av_interleaved_write_frame(out.get(), packet.get()); rc < 0)
            return ioError(rc, "cannot write the cover", output);
    }
    // Timestamps are renumbered from the running sample count, so each piece's own start
    // (encoder priming, edit lists) cannot make the chapters overlap.
    std::int64_t pts = 0;
    for (auto& p : inputs) {
        const AVRational inBase = p.input->streams[p.audioStream]->time_base;
        while (av_read_frame(p.input.get(), packet.get()) >= 0) {
            if (packet->stream_index != p.audioStream) {
                av_packet_unref(packet.get());
                continue;
            }
            const std::int64_t duration = av_rescale_q(packet->duration, inBase, timeBase);
            packet->pts = packet->dts = pts;
            packet->duration = duration;
            packet->stream_index = audio->index;
            packet->pos = -1;
            pts += duration;
            if (int rc = av_interleaved_write_frame(out.get(), packet.get()); rc < 0)
                return ioError(rc, "cannot write the audiobook", output);
        }
    }
    if (int rc = av_write_trailer(out.get()); rc < 0)
        return ioError(rc, "cannot finish the audiobook", output);
    if (int rc = avio_closep(&out->pb); rc < 0)
        return ioError(rc, "cannot finish the audiobook", output);
    if (std::rename(part.c_str(), output.c_str()) != 0)
        return makeError(ErrorCode::Io, "cannot move the audiobook into place", output);
    cleanup.keep = true;
    return durations;
}

}  // namespace tingdu::accessibility
