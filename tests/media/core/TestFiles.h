#pragma once
// Small fixture makers for the media core tests: files, zips and folders written at test time.
#include <gtest/gtest.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace tingdu::media::test {

inline std::filesystem::path freshDir(const std::string& name)
{
    auto dir = std::filesystem::path(::testing::TempDir()) / ("tingdu-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline void writeFile(const std::filesystem::path& p, const std::string& bytes)
{
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

/// Writes a zip with the given (name, content) entries, in order, deflated.
inline void writeZip(const std::filesystem::path& p, const std::vector<std::pair<std::string, std::string>>& entries)
{
    int err = 0;
    zip_t* z = zip_open(p.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    ASSERT_NE(z, nullptr);
    for (const auto& [name, content] : entries) {
        zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
        ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0) << name;
    }
    ASSERT_EQ(zip_close(z), 0);
}

/// Runs the ffmpeg CLI quietly; the tests make their audio with it.
inline void ffmpeg(const std::string& args)
{
    const std::string cmd = "ffmpeg -nostdin -hide_banner -loglevel error -y " + args;
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

}  // namespace tingdu::media::test
