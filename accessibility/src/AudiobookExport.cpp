// The export's conductor: checks the output first, plans chapters, runs one worker process
// per chapter (up to one per core), keeps finished pieces for a resumed run, then assembles.
#include "tingdu/accessibility/AudiobookExport.h"

#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <thread>

#include "AudioEncoder.h"
#include "tingdu/media/PublicationReader.h"

extern char** environ;  // NOLINT: POSIX

namespace tingdu::accessibility {

using media::ErrorCode;
using media::makeError;
namespace fs = std::filesystem;

namespace {

// Fails before hours of synthesis, not after, when the audiobook cannot be written.
media::Result<void> checkOutputWritable(const std::string& output)
{
    const fs::path path(output);
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return makeError(ErrorCode::InvalidArgument, "the output is a folder, not a file name", output);
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        return makeError(ErrorCode::NotFound, "the folder for the audiobook does not exist", dir.string());
    if (::access(dir.c_str(), W_OK) != 0)
        return makeError(ErrorCode::PermissionDenied, "the folder for the audiobook is not writable", dir.string());
    return {};
}

// The work folder's name: the same book with the same settings resumes; anything else starts over.
std::string workKey(const ExportRequest& r, AudioContainer container)
{
    struct stat st {};
    ::stat(r.bookPath.c_str(), &st);
    std::string voicesKey;  // empty without per-language choices, so earlier work folders still resume
    for (const auto& [language, voice] : r.settings.voiceByLanguage)
        if (!voice.empty())
            voicesKey += language + '=' + voice + '\n';
    std::error_code ec;
    const std::string identity = fs::absolute(r.bookPath, ec).string() + '\n' + std::to_string(st.st_size) + '\n' +
                                 std::to_string(st.st_mtime) + '\n' + r.settings.voice + '\n' + voicesKey +
                                 std::to_string(r.settings.rateWpm) + '\n' +
                                 std::to_string(r.settings.paragraphPauseMs) + '\n' +
                                 (container == AudioContainer::M4b ? "aac" : "mp3") + "\nv2";
    // FNV-1a: stable across runs and builds (std::hash is not guaranteed to be).
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : identity)
        h = (h ^ c) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

media::Result<pid_t> spawnWorker(const std::vector<std::string>& command)
{
    std::vector<char*> argv;
    for (const auto& a : command)
        argv.push_back(const_cast<char*>(a.c_str()));  // NOLINT: posix_spawn's signature
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (int rc = ::posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ); rc != 0)
        return makeError(ErrorCode::Internal, std::string("cannot start a speech worker: ") + std::strerror(rc), argv[0]);
    return pid;
}

bool sameFilesystem(const fs::path& a, const fs::path& b)
{
    struct stat sa {};
    struct stat sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev;
}

// After a failure: partial pieces are gone already (each writer removes its own). A full disk
// gets back the space the work folder took; elsewhere finished chapters stay for a resumed run.
// Folders left empty are removed, the work root too when this export created it.
void cleanUpAfterFailure(const fs::path& workDir, bool freeSpace, bool createdRoot)
{
    std::error_code ec;
    if (freeSpace)
        fs::remove_all(workDir, ec);
    for (const auto& entry : fs::directory_iterator(workDir, ec))
        if (entry.path().filename().string().find(".part-") != std::string::npos)
            fs::remove(entry.path(), ec);  // a worker killed before it could clean up
    fs::remove(workDir, ec);  // only if empty
    if (createdRoot)
        fs::remove(workDir.parent_path(), ec);
}

media::Result<BookTags> bookTags(const media::Publication& publication)
{
    BookTags tags;
    const media::Metadata& m = publication.metadata();
    tags.title = m.title;
    for (const auto& a : m.authors)
        tags.author += (tags.author.empty() ? "" : ", ") + a.name;
    tags.language = m.languages.empty() ? std::string() : m.languages.front();
    if (!m.coverHref.empty())
        if (auto cover = publication.readResource(m.coverHref))
            tags.cover = std::move(*cover);
    return tags;
}

}  // namespace

int workerExitStatus(const media::Error& error)
{
    return isDiskFull(error) ? kWorkerExitDiskFull : 1;
}

media::Result<ExportSummary> exportAudiobook(const ExportRequest& request,
                                            const std::function<void(const ExportProgress&)>& progress)
{
    auto container = containerForPath(request.outputPath);
    if (!container)
        return container.error();
    if (auto r = checkOutputWritable(request.outputPath); !r)
        return r.error();
    if (request.workerCommand.empty())
        return makeError(ErrorCode::InvalidArgument, "no worker command to synthesise chapters with");
    auto publication = media::openPublication(request.bookPath);
    if (!publication)
        return publication.error();
    auto plan = planChapters(**publication);
    if (!plan)
        return plan.error();

    ExportSummary summary;
    summary.chapters = plan->size();
    const fs::path workDir = fs::path(request.workRoot) / workKey(request, *container);
    summary.workDir = workDir.string();
    std::error_code ec;
    const bool createdRoot = !fs::exists(request.workRoot, ec);
    fs::create_directories(workDir, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create the work folder: " + ec.message(), workDir.string());
    for (const auto& entry : fs::directory_iterator(workDir, ec))
        if (entry.path().filename().string().find(".part-") != std::string::npos)
            fs::remove(entry.path(), ec);  // left by a run that was killed

    const std::string ext = *container == AudioContainer::M4b ? ".m4a" : ".mp3";
    std::vector<std::string> pieces;
    std::vector<std::string> titles;
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < plan->size(); ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "chapter-%04zu", i);
        pieces.push_back((workDir / (name + ext)).string());
        titles.push_back((*plan)[i].title);
        if (fs::exists(pieces.back(), ec))
            ++summary.reused;
        else
            todo.push_back(i);
    }
    // Longest first, so the last worker to finish is not stuck with the biggest chapter.
    std::stable_sort(todo.begin(), todo.end(), [&](std::size_t a, std::size_t b) {
        return (*plan)[a].textBytes > (*plan)[b].textBytes;
    });
    ExportProgress state{summary.reused, plan->size(), summary.reused, {}, false};
    if (progress)
        progress(state);

    const int jobs = request.jobs > 0 ? request.jobs : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    std::map<pid_t, std::size_t> running;
    std::optional<media::Error> failure;
    bool diskFull = false;
    std::size_t next = 0;
    while ((next < todo.size() && !failure) || !running.empty()) {
        while (!failure && next < todo.size() && static_cast<int>(running.size()) < jobs) {
            const std::size_t i = todo[next++];
            std::vector<std::string> command = request.workerCommand;
            command.insert(command.end(), {request.bookPath, std::to_string(i), pieces[i], "--rate",
                                           std::to_string(request.settings.rateWpm)});
            if (!request.settings.voice.empty())
                command.insert(command.end(), {"--voice", request.settings.voice});
            for (const auto& [language, voice] : request.settings.voiceByLanguage)
                if (!voice.empty())
                    command.insert(command.end(), {"--voice-for", language + '=' + voice});
            auto pid = spawnWorker(command);
            if (!pid)
                failure = pid.error();
            else
                running.emplace(*pid, i);
        }
        if (running.empty())
            break;
        int status = 0;
        const pid_t done = ::waitpid(-1, &status, 0);
        if (done < 0 && errno == EINTR)
            continue;
        auto it = running.find(done);
        if (done < 0 || it == running.end()) {
            if (done < 0)
                break;
            continue;  // not one of ours
        }
        const std::size_t chapter = it->second;
        running.erase(it);
        if (WIFEXITED(status) && WEXITSTATUS(status) == kWorkerExitDiskFull) {
            diskFull = true;
            failure = makeError(ErrorCode::Io, std::string("cannot write the spoken chapters") + kDiskFull,
                                workDir.string());
            continue;
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(pieces[chapter], ec)) {
            if (!failure)
                failure = makeError(ErrorCode::Internal,
                                    "speaking chapter " + std::to_string(chapter + 1) + " failed", titles[chapter]);
            continue;
        }
        ++state.chaptersDone;
        state.chapterTitle = titles[chapter];
        if (progress)
            progress(state);
    }
    if (failure) {
        cleanUpAfterFailure(workDir, diskFull, createdRoot);
        return *failure;
    }

    auto tags = bookTags(**publication);
    if (!tags)
        return tags.error();
    state.assembling = true;
    state.chapterTitle.clear();
    if (progress)
        progress(state);
    auto durations = assembleAudiobook(pieces, titles, *tags, *container, request.outputPath);
    if (!durations) {
        const fs::path outputDir = fs::absolute(request.outputPath, ec).parent_path();
        cleanUpAfterFailure(workDir, isDiskFull(durations.error()) && sameFilesystem(workDir, outputDir),
                            createdRoot);
        return durations.error();
    }
    for (double d : *durations)
        summary.durationSeconds += d;
    fs::remove_all(workDir, ec);  // done: the pieces are in the audiobook now
    return summary;
}

}  // namespace tingdu::accessibility
