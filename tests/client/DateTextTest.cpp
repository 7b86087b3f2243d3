// Due dates worded for people (issue 7): the interface language's long date, a time only when the
// library gave one other than midnight UTC. The test runs with TZ=Asia/Shanghai (UTC+8, no DST).
#include "DateText.h"

#include <QLocale>
#include <gtest/gtest.h>

using tingdu::client::describeDate;

namespace {
struct LocaleScope {
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(QLocale::c()); }
};
} // namespace

TEST(DateText, MidnightUtcIsJustTheDayInEnglish)
{
    LocaleScope english(QLocale(QLocale::English));
    EXPECT_EQ(describeDate(QStringLiteral("2031-06-30T00:00:00Z")), QStringLiteral("Monday, June 30, 2031"));
    EXPECT_EQ(describeDate(QStringLiteral("2031-06-30T00:00:00.000Z")),
              QStringLiteral("Monday, June 30, 2031"));
}

TEST(DateText, ABareDateIsThatDay)
{
    LocaleScope english(QLocale(QLocale::English));
    EXPECT_EQ(describeDate(QStringLiteral("2031-06-30")), QStringLiteral("Monday, June 30, 2031"));
}

TEST(DateText, ChineseInterfaceGetsAChineseDate)
{
    LocaleScope chinese(QLocale(QLocale::Chinese, QLocale::China));
    const QString text = describeDate(QStringLiteral("2031-06-30T00:00:00Z"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("2031年6月30日"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1Char('T'))) << text.toStdString();
}

TEST(DateText, AMomentKeepsItsLocalTime)
{
    LocaleScope english(QLocale(QLocale::English));
    // 18:30 UTC is 02:30 the next day in Shanghai: the day a reader there lives in.
    const QString text = describeDate(QStringLiteral("2031-06-30T18:30:00Z"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Tuesday, July 1, 2031"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2:30"))) << text.toStdString();
    const QString offset = describeDate(QStringLiteral("2031-06-30T10:00:00+02:00"));
    EXPECT_TRUE(offset.startsWith(QStringLiteral("Monday, June 30, 2031")) &&
                offset.contains(QStringLiteral("4:00")))
        << offset.toStdString();
}

TEST(DateText, TextThatIsNoDateIsKept)
{
    LocaleScope english(QLocale(QLocale::English));
    EXPECT_EQ(describeDate(QStringLiteral("next Tuesday")), QStringLiteral("next Tuesday"));
    EXPECT_EQ(describeDate(QString()), QString());
}
