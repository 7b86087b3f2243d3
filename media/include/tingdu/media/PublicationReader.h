#pragma once
// The registry of format readers: one class per format, chosen by sniffing.
#include <memory>
#include <string>

#include "tingdu/media/Publication.h"

namespace tingdu::media {

/// Opens PATH with the reader for its sniffed format. Errors: those of detectFormat(),
/// then the reader's own (Corrupt, DrmProtected, TooLarge, UnsafeContent, Unsupported).
Result<std::unique_ptr<Publication>> openPublication(const std::string& path);

}  // namespace tingdu::media
