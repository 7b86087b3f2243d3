#include "EpubEncryption.h"

#include "EpubPaths.h"
#include "core/Xml.h"

#include <array>
#include <cctype>
#include <cstdint>

namespace tingdu::media::epub {

namespace {

const char* const kIdpfObfuscation = "http://www.idpf.org/2008/embedding";
const char* const kAdobeObfuscation = "http://ns.adobe.com/pdf/enc#RC";

// SHA-1 (FIPS 180-4), only to derive the IDPF obfuscation key; media links no crypto library.
std::array<unsigned char, 20> sha1(const std::string& message)
{
    std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::string data = message;
    const std::uint64_t bitLength = static_cast<std::uint64_t>(message.size()) * 8;
    data += static_cast<char>(0x80);
    while (data.size() % 64 != 56)
        data += '\0';
    for (int i = 7; i >= 0; --i)
        data += static_cast<char>((bitLength >> (i * 8)) & 0xff);
    auto rotl = [](std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    for (std::size_t chunk = 0; chunk < data.size(); chunk += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i) {
            const auto* p =
                reinterpret_cast<const unsigned char*>(data.data() + chunk + static_cast<std::size_t>(i) * 4);
            w[i] =
                (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
        }
        for (int i = 16; i < 80; ++i)
            w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = t;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
    }
    std::array<unsigned char, 20> out{};
    for (int i = 0; i < 20; ++i)
        out[i] = static_cast<unsigned char>(h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

// The scheme named in words, from the files DRM systems leave next to encryption.xml and
// from the algorithms and key references they use.
std::string drmScheme(const EpubSource& source, const std::string& encryptionXml,
                      const std::string& algorithm)
{
    if (source.exists("META-INF/license.lcpl") || encryptionXml.find("license.lcpl") != std::string::npos)
        return "Readium LCP";
    if (encryptionXml.find("http://ns.adobe.com/adept") != std::string::npos ||
        (source.exists("META-INF/rights.xml") && !source.exists("META-INF/sinf.xml")))
        return "Adobe ADEPT";
    if (source.exists("META-INF/sinf.xml") || algorithm.find("itunes.apple.com") != std::string::npos)
        return "Apple FairPlay";
    if (encryptionXml.find("kobo") != std::string::npos)
        return "Kobo DRM";
    return "an unknown encryption scheme (" +
           (algorithm.empty() ? std::string("no algorithm named") : algorithm) + ")";
}

} // namespace

Result<Encryption> readEncryption(const EpubSource& source)
{
    Encryption encryption;
    if (!source.exists("META-INF/encryption.xml"))
        return encryption;
    auto bytes = source.read("META-INF/encryption.xml", 8u << 20);
    if (!bytes)
        return bytes.error();
    auto doc = xml::parseXml(*bytes, "META-INF/encryption.xml");
    if (!doc)
        return doc.error();
    for (const xmlNode* data : xml::descendants(xml::root(*doc), "EncryptedData")) {
        std::string algorithm;
        for (const xmlNode* method : xml::children(data, "EncryptionMethod"))
            algorithm = xml::attribute(method, "Algorithm");
        std::string uri;
        for (const xmlNode* reference : xml::descendants(data, "CipherReference"))
            uri = percentDecode(xml::attribute(reference, "URI"));
        if (algorithm == kIdpfObfuscation || algorithm == kAdobeObfuscation) {
            if (!uri.empty())
                encryption.obfuscated[uri] =
                    algorithm == kIdpfObfuscation ? Obfuscation::Idpf : Obfuscation::Adobe;
            continue;
        }
        return makeError(ErrorCode::DrmProtected,
                         "this book is protected by " + drmScheme(source, *bytes, algorithm) +
                             " and cannot be opened here",
                         source.path());
    }
    return encryption;
}

void deobfuscate(std::string& data, Obfuscation algorithm, const std::string& uniqueIdentifier)
{
    if (algorithm == Obfuscation::Idpf) {
        std::string id;
        for (char c : uniqueIdentifier)
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                id += c;
        const auto key = sha1(id);
        for (std::size_t i = 0; i < data.size() && i < 1040; ++i)
            data[i] = static_cast<char>(data[i] ^ key[i % key.size()]);
        return;
    }
    // Adobe: the 16 bytes of the book's UUID ("urn:uuid:0123abcd-..."), XORed over 1024 bytes.
    std::string hex;
    std::string id = uniqueIdentifier;
    if (const auto colon = id.rfind(':'); colon != std::string::npos)
        id = id.substr(colon + 1);
    for (char c : id)
        if (std::isxdigit(static_cast<unsigned char>(c)))
            hex += c;
    if (hex.size() != 32)
        return;
    unsigned char key[16];
    for (int i = 0; i < 16; ++i)
        key[i] = static_cast<unsigned char>(
            std::stoi(hex.substr(static_cast<std::size_t>(i) * 2, 2), nullptr, 16));
    for (std::size_t i = 0; i < data.size() && i < 1024; ++i)
        data[i] = static_cast<char>(data[i] ^ key[i % 16]);
}

} // namespace tingdu::media::epub
