#pragma once
// Fuzz targets that need a file or a folder (publications are opened by path) write the input
// to a private temporary place, once per process, and reuse it.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace tingdu::fuzz {

inline const std::filesystem::path& scratchDir()
{
    static const std::filesystem::path dir = [] {
        char templ[] = "/tmp/tingdu-fuzz.XXXXXX";
        const char* made = mkdtemp(templ);
        if (!made)
            std::abort();
        return std::filesystem::path(made);
    }();
    return dir;
}

inline std::string writeInput(const std::string& relative, const std::uint8_t* data, std::size_t size)
{
    const auto path = scratchDir() / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                  static_cast<std::streamsize>(size));
    return path.string();
}

}  // namespace tingdu::fuzz
