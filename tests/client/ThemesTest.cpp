// Every theme keeps its promise, computed from its palette: WCAG 4.5:1 for text on its
// background and 3:1 for the focus ring against the window.
#include <gtest/gtest.h>

#include "tingdu/accessibility/qt/Themes.h"

using namespace tingdu::accessibility::qt;

TEST(Themes, ContrastRatioMatchesWcagReferencePoints)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::white), 1.0, 0.001);
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);  // the classic #767676
}

TEST(Themes, EveryThemeMeetsWcagAA)
{
    const auto all = themes();
    ASSERT_GE(all.size(), 4);
    for (const auto& t : all) {
        SCOPED_TRACE(t.id.toStdString());
        EXPECT_GE(contrastRatio(t.text, t.window), 4.5);
        EXPECT_GE(contrastRatio(t.baseText, t.base), 4.5);
        EXPECT_GE(contrastRatio(t.buttonText, t.button), 4.5);
        EXPECT_GE(contrastRatio(t.highlightedText, t.highlight), 4.5);
        EXPECT_GE(contrastRatio(t.link, t.base), 4.5);
        EXPECT_GE(contrastRatio(t.focus, t.window), 3.0);
        EXPECT_GE(contrastRatio(t.focus, t.base), 3.0);
        EXPECT_FALSE(t.name.isEmpty());
    }
}

TEST(Themes, HighContrastThemesAreAtLeastSevenToOne)
{
    for (const char* id : {"high-contrast-dark", "high-contrast-light", "yellow-on-black"}) {
        const Theme t = themeById(QString::fromLatin1(id));
        ASSERT_EQ(t.id, QString::fromLatin1(id));
        EXPECT_GE(contrastRatio(t.text, t.window), 7.0) << id;  // WCAG AAA
    }
}
