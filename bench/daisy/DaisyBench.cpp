// bench_daisy: a generated long DAISY 2.02 book (300 SMIL files, 60,000 phrases, 1,200 pages,
// 300 headings) opened in full, then navigated; against `xmllint --noout` parsing the same NCC
// and SMIL files in the same run (a floor: parsing alone, no timeline, no navigation).
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kSmilFiles = 300;
constexpr int kParsPerFile = 200;
constexpr int kPageEvery = 50;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void write(const fs::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

// Every clip points into one small WAV: the reader checks the file exists and never decodes it.
void writeBook(const fs::path& dir)
{
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string cmd = "ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i sine=duration=1 '" +
                            (dir / "a.wav").string() + "'";
    if (std::system(cmd.c_str()) != 0)
        std::fprintf(stderr, "ffmpeg failed\n");
    std::string ncc =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        "<meta name=\"dc:title\" content=\"Bench\"/><meta name=\"ncc:narrator\" "
        "content=\"Sine\"/></head><body>\n";
    int page = 0;
    for (int f = 1; f <= kSmilFiles; ++f) {
        const std::string name = "s" + std::to_string(f) + ".smil";
        std::string smil = "<?xml version=\"1.0\"?>\n<smil><head/><body><seq>\n";
        ncc += (f % 10 == 1 ? "<h1><a href=\"" : "<h2><a href=\"") + name + "#p1\">Section " +
               std::to_string(f) + (f % 10 == 1 ? "</a></h1>\n" : "</a></h2>\n");
        for (int p = 1; p <= kParsPerFile; ++p) {
            const double begin = (p - 1) * 0.5;
            const std::string id = "p" + std::to_string(p);
            const bool isPage = p % kPageEvery == 0;
            smil += "<par id=\"" + id + "\"" + (isPage ? " system-required=\"pagenumber-on\"" : "") +
                    "><text src=\"content.html#" + name + id +
                    "\"/><audio src=\"a.wav\" clip-begin=\"npt=" + std::to_string(begin) +
                    "s\" clip-end=\"npt=" + std::to_string(begin + 0.5) + "s\"/></par>\n";
            if (isPage)
                ncc += "<span class=\"page-normal\"><a href=\"" + name + "#" + id + "\">" +
                       std::to_string(++page) + "</a></span>\n";
        }
        write(dir / name, smil + "</seq></body></smil>\n");
    }
    write(dir / "ncc.html", ncc + "</body></html>\n");
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / "tingdu-bench-daisy";
    writeBook(dir);

    auto start = Clock::now();
    auto opened = tingdu::media::openPublication(dir.string());
    const double openMs = msSince(start);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", opened.error().describe().c_str());
        return 1;
    }
    const auto& pub = **opened;
    const std::size_t phrases = tingdu::media::phraseContent(pub)->phrases().size();

    start = Clock::now();
    tingdu::media::TimelineNavigator nav(pub);
    double t = 0;
    int steps = 0;
    for (auto next = nav.next(tingdu::media::NavigationLevel::Phrase, t); next && steps < 2000;
         next = nav.next(tingdu::media::NavigationLevel::Phrase, t), ++steps)
        t = *next;
    const double phraseStepUs = msSince(start) * 1000 / std::max(steps, 1);

    start = Clock::now();
    for (int p = 1; p <= 200; ++p)
        nav.setSkipped(p % 2 ? tingdu::media::Skippable::PageNumber : tingdu::media::Skippable::None, t);
    const double toggleMs = msSince(start) / 200;

    std::string files = "'" + (dir / "ncc.html").string() + "'";
    for (int f = 1; f <= kSmilFiles; ++f)
        files += " '" + (dir / ("s" + std::to_string(f) + ".smil")).string() + "'";
    start = Clock::now();
    const int rc = std::system(("xmllint --noout " + files).c_str());
    const double peerMs = msSince(start);
    if (rc != 0)
        std::fprintf(stderr, "xmllint failed (%d)\n", rc);

    std::printf("daisy202_open_%zu_phrases: %.1f ms (peer xmllint --noout same files: %.1f ms, ratio %.2f)\n",
                phrases, openMs, peerMs, openMs / peerMs);
    std::printf("daisy_next_phrase_step: %.1f us (peer: none, ratio -)\n", phraseStepUs);
    std::printf("daisy_skippable_toggle: %.2f ms (peer: none, ratio -)\n", toggleMs);
    std::printf("daisy_pages: %zu, headings: %zu, duration: %.0f s\n", pub.pageList().size(),
                pub.toc().size(), pub.metadata().durationSeconds);
    fs::remove_all(dir);
    return 0;
}
