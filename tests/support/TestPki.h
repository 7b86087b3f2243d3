#pragma once
// A throw-away public-key infrastructure made at test time with the openssl CLI: our own CA,
// and server certificates that are valid, for the wrong host, expired, or signed by nobody.
#include <string>

namespace tingdu::testing {

struct KeyPair {
    std::string certFile;
    std::string keyFile;
};

struct TestPki {
    std::string dir;
    std::string caFile;   ///< the test CA certificate (PEM), what clients trust
    KeyPair valid;        ///< localhost, 127.0.0.1 and ::1, signed by the CA
    KeyPair wrongHost;    ///< wrong.invalid only, signed by the CA
    KeyPair expired;      ///< localhost, validity ended in 2020, signed by the CA
    KeyPair selfSigned;   ///< localhost, signed by itself (an unknown CA)
};

/// Made once per process in a temporary folder (removed at exit). Aborts the test binary with
/// a clear message when openssl is missing.
const TestPki& testPki();

}  // namespace tingdu::testing
