// The card the app remembered serves tingdu-cli: a catalog session over the keyring session
// store signs in as the app does (the card goes to the real gnome-keyring-daemon), then the CLI,
// with no TINGDU_CARD and no terminal, reads the card from the keyring. Runs under
// keyring-bus.sh (daemon, and no-service: the CLI then fails at once with the sign-in sentence).
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <cstdlib>

#include "CatalogTestServer.h"
#include "KeyringSessionStore.h"
#include "tingdu/catalog/CatalogSession.h"

using namespace tingdu::catalog;
using tingdu::client::KeyringCredentialStore;
using tingdu::client::KeyringSessionStore;
using tingdu::client::KeyringStatus;
using tingdu::testing::CatalogTestServer;

namespace {

std::string scenario()
{
    const char* s = std::getenv("TINGDU_KEYRING_SCENARIO");
    return s ? s : "";
}

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TINGDU_CARD"));
    env.remove(QStringLiteral("TINGDU_PIN"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());  // no terminal: no prompt
    p.start(QStringLiteral(TINGDU_CLI), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

HttpsClient httpsClient()
{
    HttpsOptions o;
    o.caFile = CatalogTestServer::caFile();
    return HttpsClient(o);
}

}  // namespace

TEST(KeyringCli, TheCliUsesTheCardTheAppRemembered)
{
    if (scenario() != "daemon")
        GTEST_SKIP() << "runs under keyring-bus.sh daemon";
    CatalogTestServer server;
    const HttpsClient client = httpsClient();
    auto keyring = std::make_shared<KeyringCredentialStore>();
    std::string libraryId;
    {
        // The app's store: the card typed at sign-in is remembered under the library's id.
        KeyringSessionStore app(keyring, true);
        app.setDefault({CatalogTestServer::kCard, CatalogTestServer::kPin, {}, {}});
        CatalogSession session(client, &app, nullptr);
        HttpRequest loans;
        loans.url = server.url("/loans");
        auto r = session.send(loans);
        ASSERT_TRUE(r.ok()) << r.error().describe();
        libraryId = session.libraryIdFor(loans.url);
        EXPECT_FALSE(app.takeRememberProblem());
    }
    const auto remembered = keyring->read(libraryId);
    ASSERT_TRUE(remembered.ok()) << remembered.error().describe();
    ASSERT_TRUE(remembered.value()) << "the sign-in put the card in the keyring under " << libraryId;
    EXPECT_EQ(remembered.value()->login, CatalogTestServer::kCard);

    const QString ca = QString::fromStdString(CatalogTestServer::caFile());
    const QString url = QString::fromStdString(server.url("/loans"));
    CliRun run = cli({QStringLiteral("loans"), url, QStringLiteral("--json"), QStringLiteral("--ca-file"), ca});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("\"entries\""))) << run.out.toStdString();

    // Forgotten in the keyring: the CLI has no card any more and says so.
    ASSERT_TRUE(keyring->remove(libraryId).ok());
    run = cli({QStringLiteral("loans"), url, QStringLiteral("--ca-file"), ca});
    EXPECT_EQ(run.code, 1);
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(KeyringCli, WithoutAKeyringTheCliFailsAtOnceAndPlainly)
{
    if (scenario() != "no-service")
        GTEST_SKIP() << "runs under keyring-bus.sh no-service";
    CatalogTestServer server;
    QElapsedTimer clock;
    clock.start();
    const CliRun run = cli({QStringLiteral("loans"), QString::fromStdString(server.url("/loans")),
                            QStringLiteral("--ca-file"), QString::fromStdString(CatalogTestServer::caFile())});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("sign in"))) << run.err.toStdString();
    EXPECT_LT(clock.elapsed(), 8000);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
