#pragma once
// Tiny DAISY books written at test time: a DAISY 2.02 book (NCC + three SMIL 1.0 files + XHTML
// text) and a DAISY 3 book (OPF + NCX + two SMIL 2.0 files + DTBook), both narrated by sine
// tones made with ffmpeg, with every kind of navigation and skippable content once.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace tingdu::media::test {

namespace fs = std::filesystem;

// Fixture folders live as long as the test process, then go.
struct FixtureFolders {
    std::vector<fs::path> dirs;
    ~FixtureFolders()
    {
        std::error_code ec;
        for (const auto& d : dirs)
            fs::remove_all(d, ec);
    }
};
inline FixtureFolders g_fixtureFolders;

// Per process: ctest runs every test in its own process, many at once.
inline fs::path freshDir(const std::string& name)
{
    auto dir = fs::path(::testing::TempDir()) / ("tingdu-daisy-" + std::to_string(::getpid()) + "-" + name);
    g_fixtureFolders.dirs.push_back(dir);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

inline void writeFile(const fs::path& p, const std::string& bytes)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

/// A mono 22.05 kHz WAV tone of SECONDS (exact length, so clip times are exact too).
inline void writeTone(const fs::path& p, double seconds, int frequency)
{
    const std::string cmd = "ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i sine=frequency=" +
                            std::to_string(frequency) +
                            ":sample_rate=22050:duration=" + std::to_string(seconds) +
                            " -ac 1 -c:a pcm_s16le '" + p.string() + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

/// One SMIL 1.0 par: `attrs` go on the par (system-required="...").
struct Par202 {
    std::string id, textId, audio;
    double begin, end;
    std::string attrs;
};

inline std::string smil202(const std::vector<Par202>& pars)
{
    std::string s =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" \"http://www.w3.org/TR/REC-SMIL/SMIL10.dtd\">\n"
        "<smil><head><meta name=\"dc:format\" content=\"Daisy 2.02\"/></head><body><seq>\n";
    for (const auto& p : pars)
        s += "<par endsync=\"last\" id=\"" + p.id + "\" " + p.attrs + "><text id=\"txt" + p.id +
             "\" src=\"content.html#" + p.textId + "\"/><audio src=\"" + p.audio +
             "\" clip-begin=\"npt=" + std::to_string(p.begin) +
             "s\" clip-end=\"npt=" + std::to_string(p.end) + "s\" id=\"aud" + p.id + "\"/></par>\n";
    return s + "</seq></body></smil>\n";
}

/// The DAISY 2.02 fixture. Full timeline (seconds), 16 s in all:
///   s1: t1 0–2 (h1 title) · pg1 2–2.5 (page front "i") · p1 2.5–5
///   s2: h2 5–6.5 (h2) · nr 6.5–7 (noteref) · fn 7–9 (note body, from a.wav) · pg 9–9.5 (page "1")
///       · p2 9.5–11 · sb 11–12 (sidebar) · pn 12–13 (producer note)
///   s3: c2 13–14.5 (h1, linked by its text id) · pgA 14.5–15 (page special "A") · p3 15–16
inline fs::path writeDaisy202(const std::string& name, const std::string& totalTime = "0:00:16")
{
    const fs::path dir = freshDir(name);
    writeTone(dir / "a.wav", 10, 440);
    writeTone(dir / "b.wav", 6, 660);
    writeFile(dir / "s1.smil",
              smil202({{"t1", "h-title", "a.wav", 0, 2, ""},
                       {"pg1", "page-i", "a.wav", 2, 2.5, "system-required=\"pagenumber-on\""},
                       {"p1", "para1", "a.wav", 2.5, 5, ""}}));
    writeFile(dir / "s2.smil",
              smil202({{"h2", "h-sec", "b.wav", 0, 1.5, ""},
                       {"nr", "ref1", "b.wav", 1.5, 2, ""},
                       {"fn", "note1", "a.wav", 5, 7, "system-required=\"footnote-on\""},
                       {"pg", "page-1", "b.wav", 2, 2.5, "system-required=\"pagenumber-on\""},
                       {"p2", "para2", "b.wav", 2.5, 4, ""},
                       {"sb", "side1", "b.wav", 4, 5, "system-required=\"sidebar-on\""},
                       {"pn", "prod1", "b.wav", 5, 6, "system-required=\"prodnote-on\""}}));
    writeFile(dir / "s3.smil",
              smil202({{"c2", "h-ch2", "a.wav", 7, 8.5, ""},
                       {"pgA", "page-A", "a.wav", 8.5, 9, "system-required=\"pagenumber-on\""},
                       {"p3", "para3", "a.wav", 9, 10, ""}}));
    writeFile(dir / "ncc.html", R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-type" content="application/xhtml+xml; charset=utf-8"/>
<title>Tiny Talking Book</title>
<meta name="dc:title" content="Tiny Talking Book"/>
<meta name="dc:creator" content="Ada Tester"/>
<meta name="dc:language" content="en"/>
<meta name="dc:identifier" content="tiny-202"/>
<meta name="ncc:narrator" content="Sine Wave"/>
<meta name="ncc:multimediaType" content="audioFullText"/>
<meta name="ncc:depth" content="2"/>
<meta name="ncc:pageFront" content="1"/>
<meta name="ncc:pageNormal" content="1"/>
<meta name="ncc:pageSpecial" content="1"/>
<meta name="ncc:totalTime" content=")" +
                                    totalTime + R"("/>
</head><body>
<h1 class="title" id="n1"><a href="s1.smil#t1">Tiny Talking Book</a></h1>
<span class="page-front" id="n2"><a href="s1.smil#pg1">i</a></span>
<h2 id="n3"><a href="s2.smil#h2">Section 1.1</a></h2>
<span class="noteref" id="n4"><a href="s2.smil#nr">1</a></span>
<span class="page-normal" id="n5"><a href="s2.smil#pg">1</a></span>
<span class="sidebar" id="n6"><a href="s2.smil#sb">Aside</a></span>
<span class="optional-prodnote" id="n7"><a href="s2.smil#pn">Producer's note</a></span>
<h1 id="n8"><a href="s3.smil#txtc2">Chapter 2</a></h1>
<span class="page-special" id="n9"><a href="s3.smil#pgA">A</a></span>
</body></html>
)");
    writeFile(dir / "content.html", R"(<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>Tiny Talking Book</title></head><body>
<h1 id="h-title">Tiny Talking Book</h1>
<span class="page-front" id="page-i">i</span>
<p id="para1"><span id="s1a">First sentence.</span> <span id="s1b">Second <em>sentence</em>.</span></p>
<h2 id="h-sec">Section 1.1</h2>
<p id="ref1">A note reference<a class="noteref" href="#note1">1</a></p>
<span class="page-normal" id="page-1">1</span>
<p id="para2">Body text of section one.</p>
<div class="sidebar" id="side1"><p>Sidebar text.</p></div>
<div class="optional-prodnote" id="prod1">Producer text.</div>
<h1 id="h-ch2">Chapter 2</h1>
<span class="page-special" id="page-A">A</span>
<p id="para3" lang="fr">Troisième paragraphe.</p>
<div class="linegroup" id="poem"><div class="line">Line one</div><div class="line">Line two<br/>wrapped</div></div>
<div class="notebody" id="note1"><p>The note itself.</p></div>
</body></html>
)");
    return dir;
}

/// The DAISY 3 fixture. Full timeline (seconds), 13 s in all (`withAudio` false: textNCX, no audio):
///   smil1 (a.wav): h1 0–1.5 · pg1 1.5–2 (page "1", customTest pagenum) · p1 2–4 · nr 4–4.5 (noteref)
///                  · seq note [n1 4.5–6] · sb 6–7 (sidebar) · pn 7–8 (prodnote) · h2 8–9 · p2 9–10
///   smil2 (b.wav): c2 0–1 (h1) · pg2 1–1.5 (page "2") · p3 1.5–3
fs::path writeDaisy3(const std::string& name, bool withAudio = true);

} // namespace tingdu::media::test
