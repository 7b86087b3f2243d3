#pragma once
// SMIL lets a clip run to the end of its audio file (no clipEnd); the timeline needs that end
// as a number. Shared by DAISY books and EPUB media overlays.
#include <optional>
#include <string>

namespace tingdu::media::smil {

/// The length in seconds of the local audio file PATH, from its container; nullopt when it
/// cannot be read or states no duration.
std::optional<double> clipSourceLength(const std::string& path);

}  // namespace tingdu::media::smil
