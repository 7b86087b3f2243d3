#pragma once
// Writes a small EPUB 3 (nav + XHTML chapters) at test time with the zip CLI, so the CLI
// tests and the benchmarks read a real book through the real EPUB reader.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ExportTestSupport.h"

namespace tingdu::testing {

struct FixtureChapter {
    std::string title;
    std::vector<std::string> paragraphs;
};

inline std::string escapeXml(const std::string& s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

/// Writes DIR/NAME.epub and returns its path ("" if zip failed).
inline std::string writeEpub(const std::filesystem::path& dir, const std::string& name, const std::string& title,
                             const std::string& language, const std::vector<FixtureChapter>& chapters)
{
    namespace fs = std::filesystem;
    const fs::path root = dir / (name + ".src");
    fs::create_directories(root / "META-INF");
    fs::create_directories(root / "OEBPS");
    const auto put = [](const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; };
    put(root / "mimetype", "application/epub+zip");
    put(root / "META-INF/container.xml",
        R"(<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">)"
        R"(<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>)");
    std::string manifest, spine, nav;
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        const std::string file = "ch" + std::to_string(i + 1) + ".xhtml";
        manifest += "<item id=\"c" + std::to_string(i + 1) + "\" href=\"" + file + "\" media-type=\"application/xhtml+xml\"/>";
        spine += "<itemref idref=\"c" + std::to_string(i + 1) + "\"/>";
        nav += "<li><a href=\"" + file + "#h\">" + escapeXml(chapters[i].title) + "</a></li>";
        std::string body = "<h1 id=\"h\">" + escapeXml(chapters[i].title) + "</h1>";
        for (std::size_t p = 0; p < chapters[i].paragraphs.size(); ++p)
            body += "<p id=\"p" + std::to_string(p + 1) + "\">" + escapeXml(chapters[i].paragraphs[p]) + "</p>";
        put(root / "OEBPS" / file,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"" + language +
                "\" lang=\"" + language + "\"><head><title>" + escapeXml(chapters[i].title) + "</title></head><body>" + body +
                "</body></html>");
    }
    put(root / "OEBPS/nav.xhtml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
        "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Contents</title></head><body>"
        "<nav epub:type=\"toc\"><ol>" + nav + "</ol></nav></body></html>");
    put(root / "OEBPS/content.opf",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
        "unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<dc:identifier id=\"id\">urn:uuid:tingdu-speech-" + name + "</dc:identifier><dc:title>" + escapeXml(title) +
            "</dc:title><dc:creator>Test Author</dc:creator><dc:language>" + language +
            "</dc:language><meta property=\"dcterms:modified\">2026-01-01T00:00:00Z</meta></metadata><manifest>"
            "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>" + manifest +
            "</manifest><spine>" + spine + "</spine></package>");
    const fs::path epub = dir / (name + ".epub");
    const auto r = runCommand("cd " + quoted(root.string()) + " && zip -qX0 " + quoted(epub.string()) +
                              " mimetype && zip -qXr9D " + quoted(epub.string()) + " META-INF OEBPS");
    return r.exitCode == 0 ? epub.string() : std::string();
}

/// English prose of roughly WORDS words, varied enough that eSpeak does real work.
inline std::string proseParagraph(std::size_t seed, std::size_t sentences)
{
    static const char* const kSentences[] = {
        "The library opened early on Saturday so that readers could borrow books before the market.",
        "A blind reader in the province listens to about forty books a year.",
        "Every chapter of this book exists only to be read aloud by the speech engine.",
        "Rain fell over the river while the ferry waited for the last passengers of the evening.",
        "Good navigation lets a listener jump by sentence, paragraph, heading or page.",
        "The catalogue lists new arrivals every Monday, sorted by subject and by language.",
    };
    std::string out;
    for (std::size_t i = 0; i < sentences; ++i)
        out += std::string(kSentences[(seed + i) % 6]) + " ";
    return out;
}

}  // namespace tingdu::testing
