// tingdu-cli: Tingdu's functions without a window, for scripts, tests and library IT staff.
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <iterator>

#include "Commands.h"
#include "Translation.h"
#include "tingdu/Version.h"

using namespace tingdu::cli;

namespace {

constexpr Command kCommands[] = {
    {"info", QT_TRANSLATE_NOOP("tingdu-cli", "info PATH|URL [--json]       what a book or audio file is: format, title, structure"), runInfo},
    {"text", QT_TRANSLATE_NOOP("tingdu-cli", "text BOOK [--chapter N]      the spoken text in reading order"), runText},
    {"play", QT_TRANSLATE_NOOP("tingdu-cli", "play SRC --out FILE.wav      write what the listener would hear"), runPlay},
    {"speak", QT_TRANSLATE_NOOP("tingdu-cli", "speak (BOOK | --text T) --out FILE.wav   read aloud with eSpeak NG"), runSpeak},
    {"voices", QT_TRANSLATE_NOOP("tingdu-cli", "voices [--json]              the voices and their languages"), runVoices},
    {"export-audio", QT_TRANSLATE_NOOP("tingdu-cli", "export-audio BOOK OUT.m4b    turn an e-book into an audiobook"), runExportAudio},
    {"catalog", QT_TRANSLATE_NOOP("tingdu-cli", "catalog URL [--search Q]     browse an OPDS catalog"), runCatalog},
    {"borrow", QT_TRANSLATE_NOOP("tingdu-cli", "borrow URL                   borrow a book"), runBorrow},
    {"return", QT_TRANSLATE_NOOP("tingdu-cli", "return URL                   return a loan"), runReturn},
    {"renew", QT_TRANSLATE_NOOP("tingdu-cli", "renew URL                    renew a loan"), runRenew},
    {"hold", QT_TRANSLATE_NOOP("tingdu-cli", "hold URL                     place a hold"), runHold},
    {"cancel-hold", QT_TRANSLATE_NOOP("tingdu-cli", "cancel-hold URL              cancel a hold"), runCancelHold},
    {"loans", QT_TRANSLATE_NOOP("tingdu-cli", "loans URL                    current loans and holds"), runLoans},
    {"libraries", QT_TRANSLATE_NOOP("tingdu-cli", "libraries URL                where a loan can be returned"), runLibraries},
    {"deliver", QT_TRANSLATE_NOOP("tingdu-cli", "deliver URL                  request home delivery or pickup"), runDeliver},
};

void printHelp(QTextStream& out)
{
    out << QCoreApplication::translate("tingdu-cli", "Usage: tingdu-cli [--lang zh_CN|en] COMMAND [ARGS]") << Qt::endl
        << QCoreApplication::translate("tingdu-cli", "Tingdu (听读) without a window: JSON or text on standard output, messages on standard error.")
        << Qt::endl << Qt::endl
        << QCoreApplication::translate("tingdu-cli", "Commands:") << Qt::endl;
    for (const auto& c : kCommands)
        out << "  " << QCoreApplication::translate("tingdu-cli", c.synopsis) << Qt::endl;
    out << Qt::endl
        << "  --version    " << QCoreApplication::translate("tingdu-cli", "print the version") << Qt::endl
        << "  --help       " << QCoreApplication::translate("tingdu-cli", "print this help") << Qt::endl;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tingdu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TINGDU_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString language;
    if (args.size() >= 2 && args.front() == QLatin1String("--lang")) {
        language = args.at(1);
        args = args.mid(2);
    }
    tingdu::client::installTranslations(language);

    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h") ||
        args.front() == QLatin1String("help")) {
        printHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.front() == QLatin1String("--version") || args.front() == QLatin1String("-v")) {
        out << "tingdu-cli " << TINGDU_VERSION << Qt::endl;
        return 0;
    }
    const QString name = args.takeFirst();
    for (const auto& c : kCommands) {
        if (name == QLatin1String(c.name)) {
            CliContext ctx{args, out, err};
            return c.run(ctx);
        }
    }
    CliContext ctx{args, out, err};
    return ctx.usage(QCoreApplication::translate("tingdu-cli", "unknown command “%1”").arg(name));
}
