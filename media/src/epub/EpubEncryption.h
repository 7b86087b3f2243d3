#pragma once
// META-INF/encryption.xml: font obfuscation is undone here; anything else is DRM we cannot open.
#include "EpubSource.h"
#include "tingdu/media/Result.h"

#include <map>
#include <string>

namespace tingdu::media::epub {

enum class Obfuscation { Idpf, Adobe };

struct Encryption {
    std::map<std::string, Obfuscation> obfuscated; ///< resource path -> algorithm
};

/// Reads META-INF/encryption.xml when present. Errors: DrmProtected ("this book is protected by
/// Readium LCP and cannot be opened here"), and those of reading and parsing the file.
Result<Encryption> readEncryption(const EpubSource& source);

/// Undoes font obfuscation in place; UNIQUE_IDENTIFIER is the package's unique identifier.
void deobfuscate(std::string& data, Obfuscation algorithm, const std::string& uniqueIdentifier);

} // namespace tingdu::media::epub
