// Whole publications opened by path, as the app and the CLI open them: the input is written as
// FUZZ_AS (an EPUB file, a DAISY 2.02 ncc.html, a DAISY 3 NCX beside a fixed OPF, an audiobook
// manifest) and opened through openPublication(); every text document is then built.
#include "FuzzFiles.h"
#include "tingdu/media/PublicationReader.h"

#ifndef FUZZ_AS
#error "define FUZZ_AS"
#endif

namespace {

void exercise(const std::string& path)
{
    auto publication = tingdu::media::openPublication(path);
    if (!publication.ok())
        return;
    const auto& p = **publication;
    (void)p.metadata();
    if (const auto* text = p.text())
        for (std::size_t i = 0; i < text->documentCount() && i < 64; ++i)
            (void)text->document(i);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using tingdu::fuzz::writeInput;
    const std::string kind = FUZZ_AS;
    if (kind == "epub") {
        exercise(writeInput("book.epub", data, size));
    } else if (kind == "daisy2") {
        writeInput("d202/ncc.html", data, size);
        exercise((tingdu::fuzz::scratchDir() / "d202").string());
    } else if (kind == "daisy3") {
        static const char opf[] =
            R"(<?xml version="1.0"?><package xmlns="http://openebook.org/namespaces/oeb-package/1.0/" unique-identifier="id">)"
            R"(<metadata><dc-metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:Title>F</dc:Title><dc:Identifier id="id">f</dc:Identifier></dc-metadata>)"
            R"(<x-metadata><meta name="dtb:multimediaType" content="textNCX"/></x-metadata></metadata>)"
            R"(<manifest><item id="ncx" href="book.ncx" media-type="application/x-dtbncx+xml"/></manifest><spine/></package>)";
        writeInput("d3/book.opf", reinterpret_cast<const std::uint8_t*>(opf), sizeof opf - 1);
        writeInput("d3/book.ncx", data, size);
        exercise((tingdu::fuzz::scratchDir() / "d3").string());
    } else if (kind == "manifest") {
        exercise(writeInput("manifest/book.audiobook-manifest.json", data, size));
    }
    return 0;
}
