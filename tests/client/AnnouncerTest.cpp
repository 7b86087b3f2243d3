// The announcer hands every message to the screen reader: messages given in one turn of the
// event loop are joined (Orca reads the label's text when it shows, so the last would win).
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QWidget>

#include "tingdu/accessibility/qt/Announcer.h"

using tingdu::accessibility::qt::Announcer;

namespace {

QApplication& app()
{
    static int argc = 1;
    static char name[] = "test_announcer";
    static char* argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication a(argc, argv);
    return a;
}

QLabel* announcerLabel(QWidget& window)
{
    return window.findChild<QLabel*>(QStringLiteral("tingdu-announcer"));
}

}  // namespace

TEST(Announcer, MessagesOfOneTurnAreSpokenTogetherInOrder)
{
    app();
    QWidget window;
    Announcer announcer(&window);
    QStringList heard;
    QObject::connect(&announcer, &Announcer::announced, [&](const QString& m) { heard << m; });

    announcer.announce(QStringLiteral("Borrowed “Rain”."));
    announcer.announce(QStringLiteral("Download started."));
    announcer.announce(QStringLiteral("Download started."));  // a repeat adds nothing
    QApplication::processEvents();
    QApplication::processEvents();

    ASSERT_EQ(heard.size(), 1);
    EXPECT_EQ(heard[0], QStringLiteral("Borrowed “Rain”. Download started."));
    EXPECT_EQ(announcer.lastMessage(), heard[0]);
    ASSERT_NE(announcerLabel(window), nullptr);
    EXPECT_EQ(announcerLabel(window)->text(), heard[0]);
    EXPECT_TRUE(announcerLabel(window)->isVisibleTo(&window));

    announcer.announce(QStringLiteral("Returned “Rain”."));
    QApplication::processEvents();
    ASSERT_EQ(heard.size(), 2);  // a later turn is a message of its own
    EXPECT_EQ(heard[1], QStringLiteral("Returned “Rain”."));
}

TEST(Announcer, SayAfterTheWindowIsGoneDoesNothing)
{
    app();
    {
        QWidget window;
        Announcer announcer(&window);
        EXPECT_EQ(Announcer::instance(), &announcer);
    }
    EXPECT_EQ(Announcer::instance(), nullptr);
    Announcer::say(QStringLiteral("nobody hears this"));  // must not touch a destroyed window
}
