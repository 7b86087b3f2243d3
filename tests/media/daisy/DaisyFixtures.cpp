#include "DaisyFixtures.h"

namespace tingdu::media::test {

namespace {

std::string audio(bool withAudio, const char* file, const char* begin, const char* end)
{
    if (!withAudio)
        return {};
    return std::string("<audio src=\"") + file + "\" clipBegin=\"" + begin + "\" clipEnd=\"" + end + "\"/>";
}

std::string par(const std::string& id, const std::string& text, const std::string& audioElement,
                const std::string& attrs = {})
{
    return "<par id=\"" + id + "\" " + attrs + "><text src=\"book.xml#" + text + "\"/>" + audioElement +
           "</par>\n";
}

const char* kSmilHead = R"(<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/2001/SMIL20/"><head><meta name="dtb:uid" content="tiny-3"/>
<customAttributes><customTest id="pagenum" defaultState="false" override="visible"/>
<customTest id="noteref" defaultState="false" override="visible"/><customTest id="note" defaultState="false" override="visible"/>
<customTest id="sidebar" defaultState="false" override="visible"/><customTest id="prodnote" defaultState="false" override="visible"/>
</customAttributes></head><body><seq id="mseq">
)";

} // namespace

fs::path writeDaisy3(const std::string& name, bool withAudio)
{
    const fs::path dir = freshDir(name);
    if (withAudio) {
        writeTone(dir / "a.wav", 10, 440);
        writeTone(dir / "b.wav", 3, 660);
    }
    const bool a = withAudio;
    writeFile(dir / "smil1.smil",
              std::string(kSmilHead) + par("h1", "ch1", audio(a, "a.wav", "0:00:00", "0:00:01.5")) +
                  par("pg1", "page1", audio(a, "a.wav", "00:01.5", "2s"), "customTest=\"pagenum\"") +
                  par("p1", "para1", audio(a, "a.wav", "2s", "4000ms")) +
                  par("nr", "ref1", audio(a, "a.wav", "4s", "4.5s"), "customTest=\"noteref\"") +
                  "<seq id=\"noteseq\" class=\"note\" customTest=\"note\" end=\"DTBuserEscape;n1.end\">" +
                  par("n1", "note1", audio(a, "a.wav", "4.5s", "6s")) + "</seq>\n" +
                  par("sb", "side1", audio(a, "a.wav", "6s", "7s"), "customTest=\"sidebar\"") +
                  par("pn", "prod1", audio(a, "a.wav", "7s", "8s"), "customTest=\"prodnote\"") +
                  par("h2", "sec11", audio(a, "a.wav", "8s", "9s")) +
                  par("p2", "para2", audio(a, "a.wav", "9s", "10s")) + "</seq></body></smil>\n");
    writeFile(dir / "smil2.smil",
              std::string(kSmilHead) + par("c2", "ch2", audio(a, "b.wav", "0s", "1s")) +
                  par("pg2", "page2", audio(a, "b.wav", "1s", "1.5s"), "customTest=\"pagenum\"") +
                  par("p3", "para3", audio(a, "b.wav", "1.5s", "3s")) + "</seq></body></smil>\n");
    writeFile(dir / "tiny.opf", std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://openebook.org/namespaces/oeb-package/1.0/" unique-identifier="uid">
<metadata><dc-metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:Title>Tiny DAISY 3</dc:Title><dc:Creator>Ada Tester</dc:Creator><dc:Language>en</dc:Language>
<dc:Identifier id="uid">tiny-3</dc:Identifier><dc:Format>ANSI/NISO Z39.86-2005</dc:Format></dc-metadata>
<x-metadata><meta name="dtb:multimediaType" content=")") +
                                    (a ? "audioFullText" : "textNCX") + R"("/>
<meta name="dtb:totalTime" content=")" +
                                    (a ? "0:00:13" : "0:00:00") + R"("/>
<meta name="dtb:narrator" content="Sine Wave"/></x-metadata></metadata>
<manifest><item id="ncx" href="tiny.ncx" media-type="application/x-dtbncx+xml"/>
<item id="text" href="book.xml" media-type="application/x-dtbook+xml"/>
<item id="smil1" href="smil1.smil" media-type="application/smil"/>
<item id="smil2" href="smil2.smil" media-type="application/smil"/></manifest>
<spine><itemref idref="smil1"/><itemref idref="smil2"/></spine></package>
)");
    writeFile(dir / "tiny.ncx", R"(<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head>
<meta name="dtb:uid" content="tiny-3"/><meta name="dtb:depth" content="2"/>
<meta name="dtb:totalPageCount" content="2"/><meta name="dtb:maxPageNumber" content="2"/>
<smilCustomTest id="pagenum" bookStruct="PAGE_NUMBER" defaultState="false" override="visible"/>
<smilCustomTest id="noteref" bookStruct="NOTE_REFERENCE" defaultState="false" override="visible"/>
<smilCustomTest id="note" bookStruct="NOTE" defaultState="false" override="visible"/>
<smilCustomTest id="sidebar" bookStruct="OPTIONAL_SIDEBAR" defaultState="true" override="visible"/>
<smilCustomTest id="prodnote" bookStruct="OPTIONAL_PRODUCER_NOTE" defaultState="false" override="visible"/>
</head><docTitle><text>Tiny DAISY 3</text></docTitle>
<navMap>
<navPoint id="np1" playOrder="1" class="h1"><navLabel><text>Chapter 1</text></navLabel><content src="smil1.smil#h1"/>
  <navPoint id="np2" playOrder="5" class="h2"><navLabel><text>Section 1.1</text></navLabel><content src="smil1.smil#h2"/></navPoint>
</navPoint>
<navPoint id="np3" playOrder="6" class="h1"><navLabel><text>Chapter 2</text></navLabel><content src="smil2.smil#c2"/></navPoint>
</navMap>
<pageList><pageTarget id="pt1" type="normal" value="1" playOrder="2"><navLabel><text>1</text></navLabel><content src="smil1.smil#pg1"/></pageTarget>
<pageTarget id="pt2" type="normal" value="2" playOrder="7"><navLabel><text>2</text></navLabel><content src="smil2.smil#pg2"/></pageTarget></pageList>
<navList class="note"><navLabel><text>Notes</text></navLabel>
<navTarget id="nt1" class="note" playOrder="4"><navLabel><text>Note 1</text></navLabel><content src="smil1.smil#noteseq"/></navTarget></navList>
<navList class="figure"><navLabel><text>Figures</text></navLabel>
<navTarget id="nt2" class="figure" playOrder="3"><navLabel><text>A figure</text></navLabel><content src="smil1.smil#p1"/></navTarget></navList>
</ncx>
)");
    writeFile(dir / "book.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<dtbook xmlns="http://www.daisy.org/z3986/2005/dtbook/" version="2005-3" xml:lang="en">
<head><meta name="dtb:uid" content="tiny-3"/></head>
<book><frontmatter><doctitle id="dt">Tiny DAISY 3</doctitle></frontmatter>
<bodymatter><level1><h1 id="ch1">Chapter 1</h1>
<pagenum id="page1" page="normal">1</pagenum>
<p id="para1"><sent id="s1">First sentence.</sent> <sent id="s2">Second <em>one</em>.</sent></p>
<p id="ref1">A reference<noteref idref="#note1">1</noteref></p>
<note id="note1"><p>The note itself.</p></note>
<sidebar id="side1" render="optional"><p>Sidebar text.</p></sidebar>
<prodnote id="prod1" render="optional">Producer text.</prodnote>
<imggroup><img id="img1" src="pic.jpg" alt="A red square"/><caption id="cap1">Figure 1</caption></imggroup>
<list type="ul"><li id="li1">One</li><li id="li2">Two<list type="ul"><li id="li3">Nested</li></list></li></list>
<table><tr><th id="th1">Name</th><th>Value</th></tr><tr><td id="td1">a</td><td>1</td></tr></table>
<level2><h2 id="sec11">Section 1.1</h2><p id="para2">Body of the section.</p></level2></level1>
<level1><h1 id="ch2">Chapter 2</h1><pagenum id="page2" page="normal">2</pagenum>
<p id="para3" xml:lang="fr">Troisième <span xml:lang="de">Wort</span>.</p></level1></bodymatter></book></dtbook>
)");
    return dir;
}

} // namespace tingdu::media::test
