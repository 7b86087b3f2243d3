#pragma once
// E-book → audiobook: one chapter mark per TOC entry (or per reading-order document when the
// TOC is empty), chapters synthesised in parallel worker PROCESSES (eSpeak NG is one global
// state per process, so threads cannot share it), encoded with FFmpeg, resumable, atomic.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tingdu/media/Publication.h"
#include "tingdu/media/Result.h"

namespace tingdu::accessibility {

enum class AudioContainer { M4b, Mp3 };

/// M4B for ".m4b"/".m4a"/".mp4", MP3 for ".mp3"; Unsupported otherwise.
media::Result<AudioContainer> containerForPath(const std::string& path);

struct ExportSettings {
    std::string voice;            ///< "" = chosen by the book's language
    /// Speech language → voice, as ReadAloudSettings::voiceByLanguage.
    std::map<std::string, std::string> voiceByLanguage;
    int rateWpm = 175;
    int paragraphPauseMs = 300;
};

/// One chapter of the audiobook: blocks [start, end) over the book's text documents.
struct ChapterPlan {
    std::string title;
    std::size_t startDocument = 0;
    std::size_t startBlock = 0;
    std::size_t endDocument = 0;   ///< exclusive end position
    std::size_t endBlock = 0;
    std::size_t textBytes = 0;     ///< how much there is to say: schedules long chapters first
};

/// The chapters of PUBLICATION (must have text()). Every TOC entry becomes one chapter, in
/// TOC order; the first also takes whatever precedes it (cover, title page).
media::Result<std::vector<ChapterPlan>> planChapters(const media::Publication& publication);

/// The worker's job: speaks CHAPTER into an encoded piece at PIECEPATH (atomically written).
/// Creates this process's SpeechEngine, so call it in a process that has none.
media::Result<void> synthesizeChapter(const media::Publication& publication, const ChapterPlan& chapter,
                                      const ExportSettings& settings, AudioContainer container,
                                      const std::string& piecePath);

/// A worker's exit status when its chapter could not be written because the disk is full;
/// any other non-zero status is a general failure.
inline constexpr int kWorkerExitDiskFull = 3;

/// The exit status a worker ends with after synthesizeChapter() failed with ERROR.
int workerExitStatus(const media::Error& error);

struct ExportRequest {
    std::string bookPath;
    std::string outputPath;
    ExportSettings settings;
    /// Where finished chapter pieces are kept between runs; a subfolder keyed by the book
    /// (path, size, mtime) and the settings is used inside it.
    std::string workRoot;
    /// argv prefix that runs a worker: the exporter appends
    /// BOOK CHAPTER-INDEX PIECE-PATH --rate R [--voice V] [--voice-for LANGUAGE=V]...
    /// (tingdu-cli passes itself.)
    std::vector<std::string> workerCommand;
    int jobs = 0;  ///< parallel workers; 0 = one per core
};

struct ExportProgress {
    std::size_t chaptersDone = 0;
    std::size_t chaptersTotal = 0;
    std::size_t chaptersReused = 0;  ///< finished by an earlier, interrupted run
    std::string chapterTitle;        ///< the chapter just finished ("" for the start/final report)
    bool assembling = false;
};

struct ExportSummary {
    std::size_t chapters = 0;
    std::size_t reused = 0;
    double durationSeconds = 0;
    std::string workDir;
};

/// Runs the whole export. PROGRESS is called on the calling thread. Errors: those of opening
/// the book; PermissionDenied/NotFound/Io for the output (checked before any synthesis);
/// Io "the disk is full" when a chapter or the audiobook could not be written for lack of
/// space; Internal when a worker fails otherwise. On failure no file exists at outputPath and
/// no partial file anywhere; finished chapters stay in the work folder for a resumed run,
/// unless they are on the disk that is full (then they are removed to give the space back).
media::Result<ExportSummary> exportAudiobook(const ExportRequest& request,
                                            const std::function<void(const ExportProgress&)>& progress = {});

}  // namespace tingdu::accessibility
