// The desktop's high-contrast and font settings reach Tingdu's default theme (issue 7): GNOME's
// GSettings keys through GLib's real keyfile backend, $GTK_THEME, KDE's kdeglobals. Each case
// runs appearance_probe in an environment of its own (GSettings picks its backend once per
// process) and reads what it chose.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

class SystemAppearanceTest : public ::testing::Test {
protected:
    /// Writes TEXT to RELATIVE under the test's XDG_CONFIG_HOME.
    void config(const QString& relative, const QByteArray& text)
    {
        const QString path = QDir(m_home.path()).filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    void gnome(const QByteArray& keyfile) { config(QStringLiteral("glib-2.0/settings/keyfile"), keyfile); }

    /// What the probe printed: "theme=... highContrast=0|1 dark=0|1 source=... textSize=N".
    QString probe(const QString& gtkTheme = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GSETTINGS_BACKEND"), QStringLiteral("keyfile"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("GTK_THEME"));
        if (!gtkTheme.isEmpty())
            env.insert(QStringLiteral("GTK_THEME"), gtkTheme);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(APPEARANCE_PROBE), {});
        EXPECT_TRUE(p.waitForFinished(30000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    QTemporaryDir m_home;
};

TEST_F(SystemAppearanceTest, NothingSaidKeepsTheStandardTheme)
{
    const QString out = probe();
    EXPECT_TRUE(out.startsWith(QStringLiteral("theme=standard highContrast=0 dark=0 source= ")))
        << out.toStdString();
}

TEST_F(SystemAppearanceTest, GnomeHighContrastSwitchGivesHighContrastLight)
{
    gnome("[org/gnome/desktop/a11y/interface]\nhigh-contrast=true\n");
    EXPECT_TRUE(probe().startsWith(QStringLiteral("theme=high-contrast-light highContrast=1 dark=0 source=GNOME")))
        << probe().toStdString();
}

TEST_F(SystemAppearanceTest, GnomeHighContrastWithDarkSchemeGivesHighContrastDark)
{
    gnome("[org/gnome/desktop/a11y/interface]\nhigh-contrast=true\n"
          "[org/gnome/desktop/interface]\ncolor-scheme='prefer-dark'\n");
    EXPECT_TRUE(probe().startsWith(QStringLiteral("theme=high-contrast-dark highContrast=1 dark=1 source=GNOME")))
        << probe().toStdString();
}

TEST_F(SystemAppearanceTest, GnomeHighContrastInverseGtkThemeGivesHighContrastDark)
{
    gnome("[org/gnome/desktop/interface]\ngtk-theme='HighContrastInverse'\n");
    EXPECT_TRUE(probe().startsWith(QStringLiteral("theme=high-contrast-dark highContrast=1 dark=1 source=GNOME")))
        << probe().toStdString();
}

TEST_F(SystemAppearanceTest, DarkWithoutHighContrastKeepsTheStandardTheme)
{
    gnome("[org/gnome/desktop/interface]\ncolor-scheme='prefer-dark'\n");
    EXPECT_TRUE(probe().startsWith(QStringLiteral("theme=standard highContrast=0 dark=1 source=GNOME")))
        << probe().toStdString();
}

TEST_F(SystemAppearanceTest, GtkThemeVariableWinsOverTheSettings)
{
    gnome("[org/gnome/desktop/interface]\ngtk-theme='Adwaita'\n");
    EXPECT_TRUE(probe(QStringLiteral("HighContrast")).startsWith(
        QStringLiteral("theme=high-contrast-light highContrast=1 dark=0 source=GTK_THEME")))
        << probe(QStringLiteral("HighContrast")).toStdString();
}

TEST_F(SystemAppearanceTest, KdeHighContrastSchemeWithDarkWindowsGivesHighContrastDark)
{
    config(QStringLiteral("kdeglobals"),
           "[General]\nColorScheme=BreezeHighContrast\n\n[Colors:Window]\nBackgroundNormal=0,0,0\n");
    EXPECT_TRUE(probe().startsWith(QStringLiteral("theme=high-contrast-dark highContrast=1 dark=1 source=KDE")))
        << probe().toStdString();
}

}  // namespace
