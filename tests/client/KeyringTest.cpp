// The keyring store against a real gnome-keyring-daemon, and with no keyring (or a stalled one)
// on the bus. Each suite runs under tests/client/keyring-bus.sh in the situation it names
// (TINGDU_KEYRING_SCENARIO); CMake registers one test per suite with its mode.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <cstdlib>

#include "KeyringCredentialStore.h"
#include "KeyringSessionStore.h"

using namespace tingdu::client;
using tingdu::catalog::Credentials;
using tingdu::catalog::ErrorCode;

namespace {

const QString kService = QStringLiteral("org.tingdu.Tingdu.test");
const std::string kLibrary = "https://library.test:8443/auth";
const Credentials kCard{"23100000123456", "pin-7403-secret", "token-abc", "2031-01-01T00:00:00Z"};

std::string scenario()
{
    const char* s = std::getenv("TINGDU_KEYRING_SCENARIO");
    return s ? s : "";
}

#define REQUIRE_SCENARIO(...)                                                                     \
    do {                                                                                          \
        const std::string now = scenario();                                                       \
        bool wanted = false;                                                                      \
        for (const char* s : {__VA_ARGS__})                                                       \
            wanted = wanted || now == s;                                                          \
        if (!wanted)                                                                              \
            GTEST_SKIP() << "runs under tests/client/keyring-bus.sh (scenario " << now << ")";   \
    } while (false)

KeyringCredentialStore::Options options(int timeoutMs = 5000)
{
    KeyringCredentialStore::Options o;
    o.service = kService;
    o.timeoutMs = timeoutMs;
    return o;
}

// What another program (libsecret's own secret-tool) finds in the Secret Service.
QString secretToolLookup(const std::string& libraryId)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), kService,
                                            QStringLiteral("user"), QStringLiteral("card:") + QString::fromStdString(libraryId)});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool hung>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Files under DIR whose bytes contain NEEDLE.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

}  // namespace

TEST(KeyringUnit, MasksCardNumbers)
{
    EXPECT_EQ(maskCardNumber("23100000123456"), "\u2022\u2022\u2022\u2022 3456");
    EXPECT_EQ(maskCardNumber("1234"), "\u2022\u2022\u2022\u2022 4");
    EXPECT_EQ(maskCardNumber("12"), "\u2022\u2022\u2022\u2022");
    EXPECT_EQ(maskCardNumber(""), "");
}

TEST(KeyringUnit, MemoryOnlyStoreKeepsCardsForTheRunAndNeverComplains)
{
    // What a library station uses: no keyring at all.
    KeyringSessionStore store(nullptr, false);
    EXPECT_FALSE(store.load(kLibrary));
    ASSERT_TRUE(store.save(kLibrary, kCard));
    const auto loaded = store.load(kLibrary);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->password, kCard.password);
    const auto accounts = store.accounts();
    ASSERT_EQ(accounts.size(), 1u);
    EXPECT_EQ(accounts[0].libraryId, kLibrary);
    EXPECT_FALSE(accounts[0].remembered);
    EXPECT_EQ(accounts[0].maskedCard, maskCardNumber(kCard.login));
    EXPECT_FALSE(store.takeRememberProblem());
    ASSERT_TRUE(store.remove(kLibrary));
    EXPECT_FALSE(store.load(kLibrary));
    EXPECT_TRUE(store.accounts().empty());
}

TEST(KeyringUnit, EnvironmentCardServesLibrariesWithoutTheirOwn)
{
    ::setenv("TINGDU_CARD", "env-card", 1);
    ::setenv("TINGDU_PIN", "env-pin", 1);
    KeyringSessionStore store(nullptr, false, true);
    ::unsetenv("TINGDU_CARD");
    ::unsetenv("TINGDU_PIN");
    ASSERT_TRUE(store.load("any-library"));
    EXPECT_EQ(store.load("any-library")->login, "env-card");
    ASSERT_TRUE(store.save(kLibrary, kCard));
    EXPECT_EQ(store.load(kLibrary)->login, kCard.login);
}

TEST(KeyringDaemon, StoresReloadsInANewStoreAndDeletes)
{
    REQUIRE_SCENARIO("daemon");
    {
        KeyringCredentialStore first(options());
        ASSERT_TRUE(first.available());
        auto saved = first.save(kLibrary, kCard);
        ASSERT_TRUE(saved) << saved.error().describe();
        EXPECT_EQ(first.status(), KeyringStatus::Available);
    }
    KeyringCredentialStore second(options());
    const auto loaded = second.read(kLibrary);
    ASSERT_TRUE(loaded) << loaded.error().describe();
    ASSERT_TRUE(loaded.value());
    EXPECT_EQ(loaded.value()->login, kCard.login);
    EXPECT_EQ(loaded.value()->password, kCard.password);
    EXPECT_EQ(loaded.value()->bearerToken, kCard.bearerToken);
    EXPECT_EQ(loaded.value()->tokenExpires, kCard.tokenExpires);
    const auto listed = second.libraries();
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed.value(), std::vector<std::string>{kLibrary});

    // Another program reading the Secret Service sees the card: it is in the keyring itself.
    EXPECT_TRUE(secretToolLookup(kLibrary).contains(QString::fromStdString(kCard.password)));

    ASSERT_TRUE(second.remove(kLibrary));
    EXPECT_FALSE(second.load(kLibrary));
    EXPECT_TRUE(second.libraries().value().empty());
    EXPECT_TRUE(secretToolLookup(kLibrary).isEmpty());
    EXPECT_TRUE(second.remove(kLibrary)) << "deleting what is not there succeeds";
}

TEST(KeyringDaemon, ANewProcessReadsTheCard)
{
    REQUIRE_SCENARIO("daemon");
    KeyringCredentialStore store(options());
    ASSERT_TRUE(store.save(kLibrary, kCard));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TINGDU_KEYRING_SCENARIO"), QStringLiteral("child"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=KeyringChild.*")});
    ASSERT_TRUE(child.waitForFinished(30000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    EXPECT_EQ(child.exitCode(), 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("[  PASSED  ] 1 test"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QLatin1String("SKIPPED"))) << out.toStdString();
    ASSERT_TRUE(store.remove(kLibrary));
}

TEST(KeyringChild, ReadsTheCardItsParentStored)
{
    REQUIRE_SCENARIO("child");
    KeyringCredentialStore store(options());
    const auto loaded = store.read(kLibrary);
    ASSERT_TRUE(loaded) << loaded.error().describe();
    ASSERT_TRUE(loaded.value());
    EXPECT_EQ(loaded.value()->login, kCard.login);
    EXPECT_EQ(loaded.value()->password, kCard.password);
}

TEST(KeyringDaemon, SessionStoreRemembersAcrossRunsAndForgets)
{
    REQUIRE_SCENARIO("daemon");
    {
        KeyringSessionStore run1(std::make_shared<KeyringCredentialStore>(options()), true);
        ASSERT_TRUE(run1.save(kLibrary, kCard));
        EXPECT_FALSE(run1.takeRememberProblem());
    }
    KeyringSessionStore run2(std::make_shared<KeyringCredentialStore>(options()), true);
    const auto loaded = run2.load(kLibrary);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->password, kCard.password);
    const auto accounts = run2.accounts();
    ASSERT_EQ(accounts.size(), 1u);
    EXPECT_TRUE(accounts[0].remembered);
    EXPECT_EQ(accounts[0].maskedCard, "\u2022\u2022\u2022\u2022 3456");
    // Nothing of the card sits in a plain file: the keyring's file is encrypted, QtKeychain's
    // insecure fallback (a settings file) is off.
    EXPECT_TRUE(filesContaining(QDir::homePath(), QByteArray(kCard.password.c_str())).isEmpty())
        << filesContaining(QDir::homePath(), QByteArray(kCard.password.c_str())).join(QLatin1Char(' ')).toStdString();
    ASSERT_TRUE(run2.remove(kLibrary));
    KeyringSessionStore run3(std::make_shared<KeyringCredentialStore>(options()), true);
    EXPECT_FALSE(run3.load(kLibrary));
    EXPECT_TRUE(run3.accounts().empty());
}

TEST(KeyringAbsent, ReportsUnavailableAtOnce)
{
    REQUIRE_SCENARIO("no-service", "no-bus");
    QElapsedTimer clock;
    clock.start();
    KeyringCredentialStore store(options(20000));
    EXPECT_FALSE(store.available());
    EXPECT_EQ(store.status(), KeyringStatus::NoService);
    const auto saved = store.save(kLibrary, kCard);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::Unsupported);
    EXPECT_FALSE(saved.error().message.empty());
    EXPECT_FALSE(store.load(kLibrary));
    EXPECT_FALSE(store.libraries());
    EXPECT_LT(clock.elapsed(), 3000) << "no keyring must be known quickly, not after a time-out";
}

TEST(KeyringAbsent, SignInStillWorksForTheRunAndSaysSoOnce)
{
    REQUIRE_SCENARIO("no-service", "no-bus");
    KeyringSessionStore store(std::make_shared<KeyringCredentialStore>(options()), true);
    ASSERT_TRUE(store.save(kLibrary, kCard));
    ASSERT_TRUE(store.load(kLibrary));
    EXPECT_EQ(store.load(kLibrary)->password, kCard.password);
    const auto problem = store.takeRememberProblem();
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, KeyringStatus::NoService);
    EXPECT_FALSE(keyringProblemText(*problem).isEmpty());
    ASSERT_TRUE(store.save("another-library", kCard));
    EXPECT_FALSE(store.takeRememberProblem()) << "told once, not at every sign-in";
}

TEST(KeyringStalled, WaitsAreBoundedAndNotRepeated)
{
    REQUIRE_SCENARIO("stalled");
    KeyringCredentialStore store(options(1500));
    ASSERT_TRUE(store.available()) << "the name is owned: the probe cannot tell it is stuck";
    QElapsedTimer clock;
    clock.start();
    const auto saved = store.save(kLibrary, kCard);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::Timeout);
    EXPECT_EQ(store.status(), KeyringStatus::TimedOut);
    EXPECT_GE(clock.elapsed(), 1400);
    EXPECT_LT(clock.elapsed(), 5000);
    clock.restart();
    EXPECT_FALSE(store.load(kLibrary));
    EXPECT_FALSE(store.save(kLibrary, kCard));
    EXPECT_LT(clock.elapsed(), 500) << "a stuck keyring is not waited for twice";
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
