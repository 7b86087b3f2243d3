#pragma once
// Fixtures made at test time with the ffmpeg CLI, and the measurements the tests assert on
// (WAV reading, frequency by zero crossings, click onsets).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tingdu::testing {

/// A temporary folder removed at destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::filesystem::path path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

/// Runs a shell command; true on exit status 0. Output is discarded.
bool run(const std::string& command);
/// Runs a command and returns its standard output.
std::string capture(const std::string& command);
/// ffmpeg -y -hide_banner -loglevel error ARGS; fails the calling test (ADD_FAILURE) when it fails.
bool ffmpeg(const std::string& args);

/// A sine tone of `hz` for `seconds`, encoded by the extension of `path` (extra codec args allowed).
bool makeTone(const std::string& path, double hz, double seconds, const std::string& codecArgs = "");
/// A file with chapters: ffmetadata written from `starts` (seconds) and `total`.
bool makeChaptered(const std::string& path, const std::vector<double>& starts, double total,
                   const std::string& codecArgs = "");
/// Left: a 2 ms click at every whole second; right: a 440 Hz tone whose amplitude is t/total.
bool makeClickTrack(const std::string& path, double total, const std::string& codecArgs = "");

struct Pcm {
    int sampleRate = 0;
    int channels = 0;
    std::vector<std::int16_t> samples;  ///< interleaved
    std::size_t frames() const { return channels ? samples.size() / static_cast<std::size_t>(channels) : 0; }
    double seconds() const { return sampleRate ? static_cast<double>(frames()) / sampleRate : 0; }
};

/// Reads a canonical 16-bit PCM WAV (what makeWavFileSink writes).
Pcm readWav(const std::string& path);
/// Frequency of channel `channel` over frames [from, to) by counting zero crossings.
double zeroCrossingHz(const Pcm& pcm, std::size_t from, std::size_t to, int channel = 0);
/// First frame at or after `from` whose |sample| on `channel` exceeds `threshold`; npos if none.
std::size_t firstAbove(const Pcm& pcm, std::size_t from, int channel, int threshold);
/// RMS of channel `channel` over [from, to), full scale = 1.
double rms(const Pcm& pcm, std::size_t from, std::size_t to, int channel);

/// The corpus folder (TINGDU_CORPUS_DIR), or empty when absent.
std::string corpusDir();

}  // namespace tingdu::testing
