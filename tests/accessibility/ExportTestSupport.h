#pragma once
// Helpers for the export tests: a temporary folder, running a command, reading ffprobe.
#include <array>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace tingdu::testing {

struct TempDir {
    std::filesystem::path path;
    TempDir()
    {
        std::string templ = (std::filesystem::temp_directory_path() / "tingdu-speech-XXXXXX").string();
        path = ::mkdtemp(templ.data());
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

struct CommandResult {
    int exitCode = -1;
    std::string output;  // stdout and stderr together
};

inline CommandResult runCommand(const std::string& command)
{
    CommandResult r;
    std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return r;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe))
        r.output += buffer.data();
    const int status = ::pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline std::string quoted(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

struct ProbedChapter {
    double start = 0;
    double end = 0;
    std::string title;
};

/// The chapters ffprobe sees in PATH.
inline std::vector<ProbedChapter> probeChapters(const std::string& path)
{
    const auto r = runCommand("ffprobe -v error -show_entries chapter=start_time,end_time:chapter_tags=title -of csv=p=0 " +
                              quoted(path));
    std::vector<ProbedChapter> out;
    std::istringstream lines(r.output);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream fields(line);
        ProbedChapter c;
        std::string start, end;
        std::getline(fields, start, ',');
        std::getline(fields, end, ',');
        std::getline(fields, c.title);
        if (start.empty() || end.empty())
            continue;
        c.start = std::stod(start);
        c.end = std::stod(end);
        out.push_back(c);
    }
    return out;
}

/// ffprobe's value for ENTRY (e.g. "format=duration", "format_tags=title") of PATH.
inline std::string probe(const std::string& path, const std::string& entry)
{
    auto r = runCommand("ffprobe -v error -show_entries " + entry + " -of default=nw=1:nk=1 " + quoted(path));
    while (!r.output.empty() && (r.output.back() == '\n' || r.output.back() == '\r'))
        r.output.pop_back();
    return r.output;
}

}  // namespace tingdu::testing
