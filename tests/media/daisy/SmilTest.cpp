// SMIL parsing and clock values for all three flavours (DAISY 2.02, DAISY 3, EPUB 3 overlays).
#include "smil/Smil.h"

#include <gtest/gtest.h>

namespace tingdu::media::smil {
namespace {

TEST(SmilClock, FullPartialAndTimecountValues)
{
    EXPECT_DOUBLE_EQ(*parseClockValue("0:00:01.234"), 1.234);
    EXPECT_DOUBLE_EQ(*parseClockValue("1:05:55"), 3955);
    EXPECT_DOUBLE_EQ(*parseClockValue("02:30:03.25"), 9003.25);
    EXPECT_DOUBLE_EQ(*parseClockValue("00:01.5"), 1.5);
    EXPECT_DOUBLE_EQ(*parseClockValue("1.5s"), 1.5);
    EXPECT_DOUBLE_EQ(*parseClockValue("1500ms"), 1.5);
    EXPECT_DOUBLE_EQ(*parseClockValue("2min"), 120);
    EXPECT_DOUBLE_EQ(*parseClockValue("1.5h"), 5400);
    EXPECT_DOUBLE_EQ(*parseClockValue("12.3"), 12.3);
    EXPECT_DOUBLE_EQ(*parseClockValue(" 7s "), 7);
}

TEST(SmilClock, RejectsWhatIsNotAClockValue)
{
    for (const char* bad : {"", "s", "abc", "-1s", "1.2.3s", "1:60", "0:61:00", "1:2:3:4", "12 s", "1e3s",
                            "5sec", "1::2", ":30"})
        EXPECT_FALSE(parseClockValue(bad).has_value()) << bad;
}

TEST(SmilClock, Smil1NptClipTimes)
{
    EXPECT_DOUBLE_EQ(*parseClipTime("npt=1.234s"), 1.234);
    EXPECT_DOUBLE_EQ(*parseClipTime("npt=0.000s"), 0);
    EXPECT_DOUBLE_EQ(*parseClipTime("npt=12.5"), 12.5);
    EXPECT_DOUBLE_EQ(*parseClipTime("npt=0:01:02.5"), 62.5);
    EXPECT_DOUBLE_EQ(*parseClipTime("0:00:02.658"), 2.658);
    EXPECT_FALSE(parseClipTime("smpte=00:00:01:02").has_value());
    EXPECT_FALSE(parseClipTime("npt=").has_value());
}

TEST(SmilSkippable, ClassifiesAllVocabularies)
{
    EXPECT_EQ(classifySkippable("pagenum"), Skippable::PageNumber);
    EXPECT_EQ(classifySkippable("PAGE_NUMBER"), Skippable::PageNumber);
    EXPECT_EQ(classifySkippable("pagenumber-on"), Skippable::PageNumber);
    EXPECT_EQ(classifySkippable("pagebreak"), Skippable::PageNumber);
    EXPECT_EQ(classifySkippable("footnote-on"), Skippable::Note);
    EXPECT_EQ(classifySkippable("z3998:footnote"), Skippable::Note);
    EXPECT_EQ(classifySkippable("NOTE_REFERENCE"), Skippable::NoteReference);
    EXPECT_EQ(classifySkippable("noteref"), Skippable::NoteReference);
    EXPECT_EQ(classifySkippable("OPTIONAL_SIDEBAR"), Skippable::Sidebar);
    EXPECT_EQ(classifySkippable("prodnote"), Skippable::ProducerNote);
    EXPECT_EQ(classifySkippable("OPTIONAL_PRODUCER_NOTE"), Skippable::ProducerNote);
    EXPECT_EQ(classifySkippable("annotation"), Skippable::Annotation);
    EXPECT_EQ(classifySkippable("LINE_NUMBER"), Skippable::LineNumber);
    EXPECT_EQ(classifySkippable("table-cell"), Skippable::Other);
    EXPECT_EQ(classifySkippable("chapter"), Skippable::None);
    EXPECT_EQ(classifySkippable("aside footnote"), Skippable::Note);
    EXPECT_TRUE(isEscapableType("sidebar"));
    EXPECT_TRUE(isEscapableType("table-row"));
    EXPECT_FALSE(isEscapableType("chapter"));
}

TEST(SmilParse, Daisy202Smil1WithNoteBodyAndAudioSeq)
{
    const std::string smil = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN" "http://www.w3.org/TR/REC-SMIL/SMIL10.dtd">
<smil><head><meta name="title" content=" Introductio "/><meta name="ncc:timeInThisSmil" content="0:00:09"/></head>
<body><seq dur="8.5s">
 <par endsync="last" id="tcp1"><text id="t1" src="content.html#dtb1"/>
  <audio src="a.mp3" clip-begin="npt=0.000s" clip-end="npt=2.197s" id="a1"/></par>
 <seq id="ref"><par id="tcp2"><text id="t2" src="content.html#dtb2"/>
   <audio src="a.mp3" clip-begin="npt=2.197s" clip-end="npt=3.000s"/></par>
  <par system-required="footnote-on" id="fn"><text src="content.html#fn1"/>
   <seq><audio src="b.mp3" clip-begin="npt=1s" clip-end="npt=2s"/><audio src="b.mp3" clip-begin="npt=2s" clip-end="npt=4.5s"/></seq></par></seq>
 <par id="tcp3"><text src="content.html#dtb3"/><audio src="a.mp3" clip-begin="npt=3s" clip-end="npt=0:00:05.5"/></par>
</seq></body></smil>)";
    auto doc = parse(smil, "x.smil");
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    EXPECT_EQ(doc->title, "Introductio");
    EXPECT_DOUBLE_EQ(doc->declaredDuration, 8.5); // the seq's exact dur beats the rounded meta
    ASSERT_EQ(doc->pars.size(), 4u);
    EXPECT_EQ(doc->pars[0].id, "tcp1");
    EXPECT_EQ(doc->pars[0].textId, "t1");
    EXPECT_EQ(doc->pars[0].textSrc, "content.html#dtb1");
    ASSERT_EQ(doc->pars[0].audio.size(), 1u);
    EXPECT_EQ(doc->pars[0].audio[0].src, "a.mp3");
    EXPECT_DOUBLE_EQ(doc->pars[0].audio[0].begin, 0);
    EXPECT_DOUBLE_EQ(doc->pars[0].audio[0].end, 2.197);
    EXPECT_EQ(doc->pars[1].skippable, Skippable::None);
    EXPECT_EQ(doc->pars[2].skippable, Skippable::Note);
    ASSERT_EQ(doc->pars[2].audio.size(), 2u);
    EXPECT_DOUBLE_EQ(doc->pars[2].audio[1].begin, 2);
    EXPECT_DOUBLE_EQ(doc->pars[2].audio[1].end, 4.5);
    EXPECT_DOUBLE_EQ(doc->pars[3].audio[0].end, 5.5);
    EXPECT_EQ(doc->find("#tcp3"), std::optional<std::size_t>(3));
    EXPECT_EQ(doc->find("t1"), std::optional<std::size_t>(0)); // NCCs may link the text id
    EXPECT_EQ(doc->find("a1"), std::optional<std::size_t>(0));
    EXPECT_EQ(doc->find("ref"), std::optional<std::size_t>(1)); // a seq starts at its first par
    EXPECT_FALSE(doc->find("nowhere").has_value());
    EXPECT_TRUE(doc->warnings.empty());
}

TEST(SmilParse, Daisy3CustomTestsEscapableSeqAndWrappedAudio)
{
    const std::string smil = R"(<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/2001/SMIL20/"><head><customAttributes>
 <customTest defaultState="false" id="pagenum" override="visible"/>
 <customTest defaultState="false" id="custom-x" override="visible"/></customAttributes></head>
<body><seq dur="0:00:10.000" id="mseq">
 <par id="p1" customTest="pagenum"><text src="book.xml#pg1"/><audio clipBegin="0:00:00" clipEnd="0:00:01.5" src="a.mp3"/></par>
 <par id="p2" customTest="noteref"><text src="book.xml#r1"/><a external="false" href="#n1">
   <audio clipBegin="00:01.5" clipEnd="3s" src="a.mp3"/></a></par>
 <seq class="note" customTest="custom-x" end="DTBuserEscape;n2.end" id="n1">
  <par id="n1a"><text src="book.xml#note1"/><audio clipBegin="3s" clipEnd="4s" src="a.mp3"/></par>
  <par id="n2"><text src="book.xml#note2"/><audio clipBegin="4s" clipEnd="5s" src="a.mp3"/></par></seq>
 <par id="p3"><text src="book.xml#p3"/></par>
</seq></body></smil>)";
    const CustomTests tests{{"custom-x", Skippable::Note}};
    auto doc = parse(smil, "d3.smil", tests);
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    EXPECT_DOUBLE_EQ(doc->declaredDuration, 10);
    ASSERT_EQ(doc->pars.size(), 5u);
    EXPECT_EQ(doc->pars[0].skippable, Skippable::PageNumber);
    EXPECT_EQ(doc->pars[1].skippable, Skippable::NoteReference);
    ASSERT_EQ(doc->pars[1].audio.size(), 1u);
    EXPECT_DOUBLE_EQ(doc->pars[1].audio[0].begin, 1.5);
    EXPECT_DOUBLE_EQ(doc->pars[1].audio[0].end, 3);
    EXPECT_EQ(doc->pars[2].skippable, Skippable::Note); // from the caller's map, not the name
    EXPECT_EQ(doc->pars[2].escapableId, "n1");
    EXPECT_EQ(doc->pars[3].escapableId, "n1");
    EXPECT_EQ(doc->pars[3].type, "custom-x");
    EXPECT_TRUE(doc->pars[4].escapableId.empty());
    EXPECT_TRUE(doc->pars[4].audio.empty()); // text-only phrase
    EXPECT_EQ(doc->find("n1"), std::optional<std::size_t>(2));
    EXPECT_EQ(doc->find("mseq"), std::optional<std::size_t>(0));
}

TEST(SmilParse, Epub3MediaOverlayWithEpubType)
{
    const std::string smil =
        R"(<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body><seq epub:textref="ch1.xhtml" epub:type="bodymatter chapter">
 <par id="s1"><text src="ch1.xhtml#s1"/><audio src="audio/ch1.mp4" clipBegin="0:00:00.000" clipEnd="0:00:02.500"/></par>
 <par id="pb" epub:type="pagebreak"><text src="ch1.xhtml#pg2"/><audio src="audio/ch1.mp4" clipBegin="2.5s" clipEnd="3s"/></par>
 <seq id="aside" epub:type="sidebar"><par id="s2"><text src="ch1.xhtml#s2"/><audio src="audio/ch1.mp4" clipBegin="3s"/></par></seq>
</seq></body></smil>)";
    auto doc = parse(smil, "ch1.smil");
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    ASSERT_EQ(doc->pars.size(), 3u);
    EXPECT_EQ(doc->pars[0].skippable, Skippable::None);
    EXPECT_EQ(doc->pars[0].type, "bodymatter chapter");
    EXPECT_EQ(doc->pars[1].skippable, Skippable::PageNumber);
    EXPECT_EQ(doc->pars[2].skippable, Skippable::Sidebar);
    EXPECT_EQ(doc->pars[2].escapableId, "aside");
    EXPECT_DOUBLE_EQ(doc->pars[2].audio[0].begin, 3);
    EXPECT_LT(doc->pars[2].audio[0].end, 0); // no clipEnd: to the end of the file
}

TEST(SmilParse, BrokenClipTimesAreWarnedAndLeftOut)
{
    const std::string smil = R"(<smil><body><seq>
 <par id="bad1"><text src="c.html#a"/><audio src="a.mp3" clip-begin="npt=abc" clip-end="npt=2s"/></par>
 <par id="bad2"><text src="c.html#b"/><audio src="a.mp3" clip-begin="npt=5s" clip-end="npt=2s"/></par>
 <par id="bad3"><text src="c.html#c"/><audio clip-begin="npt=5s" clip-end="npt=6s"/></par>
 <par id="good"><text src="c.html#d"/><audio src="a.mp3" clip-begin="npt=5s" clip-end="npt=6s"/></par>
</seq></body></smil>)";
    auto doc = parse(smil, "broken.smil");
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    ASSERT_EQ(doc->pars.size(), 4u); // the phrases stay navigable, their clips are dropped
    EXPECT_TRUE(doc->pars[0].audio.empty());
    EXPECT_TRUE(doc->pars[1].audio.empty());
    EXPECT_TRUE(doc->pars[2].audio.empty());
    EXPECT_EQ(doc->pars[3].audio.size(), 1u);
    ASSERT_EQ(doc->warnings.size(), 3u);
    EXPECT_NE(doc->warnings[0].find("broken.smil: par bad1: clip begin \"npt=abc\" is not a time"),
              std::string::npos)
        << doc->warnings[0];
    EXPECT_NE(doc->warnings[1].find("par bad2: clip ends"), std::string::npos) << doc->warnings[1];
    EXPECT_NE(doc->warnings[2].find("no src"), std::string::npos) << doc->warnings[2];
}

TEST(SmilParse, NotSmilIsCorrupt)
{
    auto html = parse("<html><body/></html>", "x.smil");
    ASSERT_FALSE(html.ok());
    EXPECT_EQ(html.error().code, ErrorCode::Corrupt);
    auto noBody = parse("<smil><head/></smil>", "y.smil");
    ASSERT_FALSE(noBody.ok());
    EXPECT_EQ(noBody.error().code, ErrorCode::Corrupt);
    auto garbage = parse("\x01\x02 not xml", "z.smil");
    ASSERT_FALSE(garbage.ok());
    auto entities = parse("<!DOCTYPE smil [<!ENTITY a \"aaaa\">]><smil><body/></smil>", "e.smil");
    ASSERT_FALSE(entities.ok());
    EXPECT_EQ(entities.error().code, ErrorCode::UnsafeContent);
}

} // namespace
} // namespace tingdu::media::smil
