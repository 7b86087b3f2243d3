// DAISY-player navigation over the DAISY 2.02 and DAISY 3 fixtures: each level lands on the
// expected SMIL par, go-to-page, skippable toggles and "where am I".
#include "DaisyFixtures.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <gtest/gtest.h>

namespace tingdu::media {
namespace {

class Navigation202 : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        auto opened = openPublication(test::writeDaisy202("nav").string());
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        s_pub = std::move(*opened).release();
    }
    static void TearDownTestSuite()
    {
        delete s_pub;
        s_pub = nullptr;
    }
    // The SMIL par a navigation target lands on.
    static std::string parAt(const TimelineNavigator& nav, std::optional<double> t)
    {
        if (!t)
            return "(none)";
        return phraseContent(*s_pub)->phrases()[nav.phraseAt(*t)].smilRef;
    }
    static Publication* s_pub;
};
Publication* Navigation202::s_pub = nullptr;

TEST_F(Navigation202, HeadingLevels)
{
    TimelineNavigator nav(*s_pub);
    EXPECT_EQ(parAt(nav, nav.next(NavigationLevel::Heading1, 0)), "s3.smil#c2"); // steps over the h2
    EXPECT_EQ(parAt(nav, nav.next(NavigationLevel::Heading2, 0)), "s2.smil#h2");
    EXPECT_EQ(parAt(nav, nav.next(NavigationLevel::AnyHeading, 5.0)), "s3.smil#c2");
    EXPECT_FALSE(nav.next(NavigationLevel::AnyHeading, 13.5).has_value());
    EXPECT_EQ(parAt(nav, nav.previous(NavigationLevel::AnyHeading, 14.0)), "s2.smil#h2");
    EXPECT_EQ(parAt(nav, nav.previous(NavigationLevel::Heading1, 14.0)), "s1.smil#t1");
    EXPECT_FALSE(nav.previous(NavigationLevel::AnyHeading, 1.0).has_value());
    EXPECT_FALSE(nav.next(NavigationLevel::Heading3, 13.5).has_value());
}

TEST_F(Navigation202, PagesAndGoToPage)
{
    TimelineNavigator nav(*s_pub);
    EXPECT_EQ(parAt(nav, nav.next(NavigationLevel::Page, 0)), "s1.smil#pg1");
    EXPECT_EQ(parAt(nav, nav.next(NavigationLevel::Page, 2.0)), "s2.smil#pg");
    EXPECT_EQ(parAt(nav, nav.previous(NavigationLevel::Page, 15.0)), "s2.smil#pg");
    EXPECT_NEAR(*nav.page("A"), 14.5, 1e-9);
    EXPECT_NEAR(*nav.page(" a "), 14.5, 1e-9); // labels match case-insensitively, trimmed
    EXPECT_NEAR(*nav.page("i"), 2.0, 1e-9);
    EXPECT_FALSE(nav.page("99").has_value());
    EXPECT_NEAR(*nav.tocEntry(2), 13.0, 1e-9);
    EXPECT_FALSE(nav.tocEntry(3).has_value());
}

TEST_F(Navigation202, PhraseByPhrase)
{
    TimelineNavigator nav(*s_pub);
    const char* expected[] = {"s1.smil#pg1", "s1.smil#p1", "s2.smil#h2",  "s2.smil#nr",
                              "s2.smil#fn",  "s2.smil#pg", "s2.smil#p2",  "s2.smil#sb",
                              "s2.smil#pn",  "s3.smil#c2", "s3.smil#pgA", "s3.smil#p3"};
    double t = 0;
    for (const char* par : expected) {
        const auto next = nav.next(NavigationLevel::Phrase, t);
        ASSERT_TRUE(next.has_value()) << par;
        EXPECT_EQ(parAt(nav, next), par);
        t = *next + 0.1; // somewhere inside the phrase, as a playing position would be
    }
    EXPECT_FALSE(nav.next(NavigationLevel::Phrase, t).has_value());
    EXPECT_EQ(parAt(nav, nav.previous(NavigationLevel::Phrase, 9.7)), "s2.smil#pg");
}

TEST_F(Navigation202, SkippingChangesWhatPlays)
{
    TimelineNavigator nav(*s_pub);
    EXPECT_NEAR(nav.duration(), 16.0, 1e-9);
    EXPECT_EQ(nav.clips().size(), 13u);
    // Page numbers off: the three announcements (1.5 s) leave the timeline.
    double pos = nav.setSkipped(Skippable::PageNumber, 9.7); // inside p2 (full 9.5–11)
    EXPECT_NEAR(pos, 9.7 - 1.0, 1e-9);                       // pg1 and pg no longer play before it
    EXPECT_NEAR(nav.duration(), 14.5, 1e-9);
    EXPECT_EQ(nav.clips().size(), 10u);
    EXPECT_EQ(parAt(nav, nav.next(NavigationLevel::Phrase, 0)), "s1.smil#p1");
    EXPECT_NEAR(*nav.page("1"), 8.5, 1e-9); // the page's own announcement is skipped: p2 starts there
    EXPECT_EQ(parAt(nav, nav.page("1")), "s2.smil#p2");
    // Notes, sidebars and producer notes off too (SMIL 1.0 marks no note references).
    pos = nav.setSkipped(Skippable::PageNumber | Skippable::Note | Skippable::NoteReference |
                             Skippable::Sidebar | Skippable::ProducerNote,
                         pos);
    EXPECT_NEAR(nav.duration(), 10.5, 1e-9);
    EXPECT_EQ(nav.clips().size(), 7u);
    EXPECT_NEAR(pos, 9.7 - 3.0, 1e-9);
    EXPECT_EQ(parAt(nav, pos), "s2.smil#p2");
    EXPECT_NEAR(nav.toFullTime(pos), 9.7, 1e-9); // the same place in the book
    for (const auto& clip : nav.clips())
        EXPECT_TRUE(clip.textRef != "content.html#note1" && clip.textRef != "content.html#side1");
    EXPECT_EQ(parAt(nav, nav.next(NavigationLevel::Phrase, pos)), "s3.smil#c2");
    // Everything back on: the position returns to the full timeline.
    pos = nav.setSkipped(Skippable::None, pos);
    EXPECT_NEAR(pos, 9.7, 1e-9);
    EXPECT_EQ(nav.clips().size(), 13u);
}

TEST_F(Navigation202, WhereAmI)
{
    TimelineNavigator nav(*s_pub);
    WhereAmI where = nav.whereAmI(10.0);
    EXPECT_EQ(where.sectionTitle, "Section 1.1");
    EXPECT_EQ(where.sectionLevel, 2);
    EXPECT_EQ(where.pageLabel, "1");
    EXPECT_NEAR(where.elapsed, 10.0, 1e-9);
    EXPECT_NEAR(where.total, 16.0, 1e-9);
    EXPECT_EQ(where.textRef, "content.html#para2");
    where = nav.whereAmI(1.0);
    EXPECT_EQ(where.sectionTitle, "Tiny Talking Book");
    EXPECT_EQ(where.pageLabel, ""); // before the first page
    where = nav.whereAmI(15.5);
    EXPECT_EQ(where.sectionTitle, "Chapter 2");
    EXPECT_EQ(where.pageLabel, "A");
}

TEST(Navigation3, SkippableCustomTestsAndEscapableNote)
{
    auto opened = openPublication(test::writeDaisy3("nav3").string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    TimelineNavigator nav(**opened);
    const auto& phrases = phraseContent(**opened)->phrases();
    auto parAt = [&](std::optional<double> t) {
        return t ? phrases[nav.phraseAt(*t)].smilRef : std::string("(none)");
    };
    EXPECT_EQ(parAt(nav.next(NavigationLevel::Heading2, 0)), "smil1.smil#h2");
    EXPECT_EQ(parAt(nav.next(NavigationLevel::Heading1, 0)), "smil2.smil#c2");
    EXPECT_EQ(parAt(nav.page("2")), "smil2.smil#pg2");
    nav.setSkipped(Skippable::Note | Skippable::NoteReference | Skippable::Sidebar | Skippable::ProducerNote,
                   0);
    EXPECT_NEAR(nav.duration(), 13.0 - 4.0, 1e-9);
    EXPECT_EQ(parAt(nav.next(NavigationLevel::Phrase, 2.5)), "smil1.smil#h2"); // p1 → straight to h2
    EXPECT_NEAR(*nav.next(NavigationLevel::Heading1, 0), 6.0, 1e-9);           // Chapter 2 moved earlier
}

TEST(NavigationGeneric, OnePhrasePerClipForOtherPublications)
{
    // A publication without phrases (an audiobook) navigates clip by clip.
    class TwoClips final : public Publication, public AudioContent {
    public:
        TwoClips() { m_clips = {{"a.mp3", 0, 5, ""}, {"b.mp3", 10, 13, ""}}; }
        Format format() const override { return Format::AudioFolder; }
        const Metadata& metadata() const override { return m_md; }
        const std::vector<ReadingOrderItem>& readingOrder() const override { return m_ro; }
        const std::vector<NavPoint>& toc() const override { return m_toc; }
        const std::vector<NavPoint>& pageList() const override { return m_pages; }
        const AudioContent* audio() const override { return this; }
        const std::vector<AudioClip>& clips() const override { return m_clips; }

    private:
        Metadata m_md;
        std::vector<ReadingOrderItem> m_ro;
        std::vector<NavPoint> m_toc{{"One", 1, "", "", 0}, {"Two", 1, "", "", 5}};
        std::vector<NavPoint> m_pages;
        std::vector<AudioClip> m_clips;
    } pub;
    TimelineNavigator nav(pub);
    EXPECT_NEAR(nav.duration(), 8.0, 1e-9);
    EXPECT_NEAR(*nav.next(NavigationLevel::Phrase, 1), 5.0, 1e-9);
    EXPECT_NEAR(*nav.next(NavigationLevel::AnyHeading, 1), 5.0, 1e-9);
    EXPECT_EQ(nav.whereAmI(6).sectionTitle, "Two");
    EXPECT_FALSE(nav.page("1").has_value());
}

} // namespace
} // namespace tingdu::media
