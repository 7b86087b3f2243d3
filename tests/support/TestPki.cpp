#include "TestPki.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;

namespace tingdu::testing {

namespace {

void run(const std::string& command)
{
    const std::string quiet = command + " >/dev/null 2>&1";
    if (std::system(quiet.c_str()) != 0) {
        std::fprintf(stderr, "test PKI: command failed: %s\n", command.c_str());
        std::abort();
    }
}

void write(const fs::path& p, const std::string& text)
{
    std::ofstream(p) << text;
}

// A CA-signed leaf certificate; `openssl ca` because only it can back-date validity.
KeyPair issue(const fs::path& dir, const std::string& name, const std::string& san, const std::string& dates)
{
    const std::string key = (dir / (name + ".key")).string();
    const std::string csr = (dir / (name + ".csr")).string();
    const std::string cert = (dir / (name + ".pem")).string();
    run("openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout " + key + " -out " +
        csr + " -subj /CN=" + name);
    write(dir / (name + ".ext"), "subjectAltName=" + san + "\nbasicConstraints=CA:FALSE\n"
                                 "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
    run("openssl ca -batch -notext -config " + (dir / "ca.cnf").string() + " " + dates + " -in " + csr + " -out " +
        cert + " -extfile " + (dir / (name + ".ext")).string());
    return {cert, key};
}

TestPki make()
{
    char templ[] = "/tmp/tingdu-pki.XXXXXX";
    if (!mkdtemp(templ)) {
        std::perror("test PKI: mkdtemp");
        std::abort();
    }
    const fs::path dir(templ);
    TestPki pki;
    pki.dir = dir.string();
    pki.caFile = (dir / "ca.pem").string();
    fs::create_directories(dir / "issued");
    write(dir / "index.txt", "");
    write(dir / "serial", "1000\n");
    write(dir / "ca.cnf",
          "[ca]\ndefault_ca=test\n[test]\ndir=" + dir.string() +
              "\ndatabase=$dir/index.txt\nserial=$dir/serial\nnew_certs_dir=$dir/issued\n"
              "certificate=$dir/ca.pem\nprivate_key=$dir/ca.key\ndefault_md=sha256\npolicy=any\n"
              "default_days=3650\nunique_subject=no\ncopy_extensions=none\n[any]\ncommonName=supplied\n");
    run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 -keyout " +
        (dir / "ca.key").string() + " -out " + pki.caFile +
        " -subj /CN=Tingdu\\ Test\\ CA -addext basicConstraints=critical,CA:TRUE"
        " -addext keyUsage=critical,keyCertSign,cRLSign");
    const std::string local = "DNS:localhost,IP:127.0.0.1,IP:::1";
    pki.valid = issue(dir, "localhost", local, "-days 3650");
    pki.wrongHost = issue(dir, "wrong", "DNS:wrong.invalid", "-days 3650");
    pki.expired = issue(dir, "expired", local, "-startdate 20200101000000Z -enddate 20200201000000Z");
    pki.selfSigned = {(dir / "self.pem").string(), (dir / "self.key").string()};
    run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 -keyout " +
        pki.selfSigned.keyFile + " -out " + pki.selfSigned.certFile + " -subj /CN=localhost -addext subjectAltName=" +
        local);
    return pki;
}

struct Cleanup {
    std::string dir;
    ~Cleanup()
    {
        std::error_code ec;
        if (!dir.empty())
            fs::remove_all(dir, ec);
    }
};

}  // namespace

const TestPki& testPki()
{
    static const TestPki pki = make();
    static const Cleanup cleanup{pki.dir};
    return pki;
}

}  // namespace tingdu::testing
