// tingdu-test-catalog-server: the catalog test server as a program, for end-to-end tests that
// drive the real app against it (and for trying the app by hand without a library).
//
//   tingdu-test-catalog-server [--ca-out FILE] [--card CARD] [--pin PIN] [--token-log FILE] [--basic-only]
//
// Listens on a free loopback port with a certificate from its own test CA, copies that CA to
// FILE (--ca-out) and prints one line of JSON on stdout: url (the OPDS 1.2 root), opds2, base,
// ca_file, card, pin. It stops on SIGTERM, SIGINT or SIGHUP, and when stdin is a pipe or a
// terminal, when stdin closes (so a parent that dies takes it along).
#include <sys/stat.h>
#include <unistd.h>

#include <Poco/JSON/Object.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <pthread.h>
#include <string>
#include <thread>

#include "CatalogTestServer.h"

namespace {

int usage(const char* message)
{
    std::cerr << "tingdu-test-catalog-server: " << message << "\n"
              << "usage: tingdu-test-catalog-server [--ca-out FILE] [--card CARD] [--pin PIN]"
                 " [--token-log FILE] [--basic-only]\n";
    return 2;
}

// Stdin that can close: a pipe or a terminal (not /dev/null or a file, which are at EOF at once).
bool stdinCanClose()
{
    struct stat st {};
    return fstat(STDIN_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || isatty(STDIN_FILENO));
}

}  // namespace

int main(int argc, char** argv)
{
    tingdu::testing::CatalogServerOptions options;
    std::string caOut;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--ca-out" && hasValue) caOut = argv[++i];
        else if (arg == "--card" && hasValue) options.card = argv[++i];
        else if (arg == "--pin" && hasValue) options.pin = argv[++i];
        else if (arg == "--token-log" && hasValue) options.tokenLog = argv[++i];
        else if (arg == "--basic-only") options.tokenAuth = false;
        else return usage(("unknown or incomplete option: " + arg).c_str());
    }

    // Signals are taken by sigwait below; block them before the server starts its threads so
    // none of those threads receives one.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    for (int s : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&stopSignals, s);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    tingdu::testing::CatalogTestServer server(options);
    std::string caFile = tingdu::testing::CatalogTestServer::caFile();
    if (!caOut.empty()) {
        std::error_code ec;
        std::filesystem::copy_file(caFile, caOut, std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) {
            std::cerr << "tingdu-test-catalog-server: cannot write the CA to " << caOut << ": " << ec.message() << "\n";
            return 1;
        }
        caFile = caOut;
    }

    Poco::JSON::Object info;
    info.set("url", server.url("/opds1/root.xml"));
    info.set("opds2", server.url("/opds2/root.json"));
    info.set("base", server.url(""));
    info.set("ca_file", caFile);
    info.set("card", options.card);
    info.set("pin", options.pin);
    info.stringify(std::cout);
    std::cout << std::endl;

    if (stdinCanClose()) {
        std::thread([] {
            char buffer[256];
            while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
            }
            kill(getpid(), SIGTERM);  // wakes sigwait in main, which stops the server cleanly
        }).detach();
    }
    int received = 0;
    sigwait(&stopSignals, &received);
    return 0;  // the server and its temporary files go with `server`
}
