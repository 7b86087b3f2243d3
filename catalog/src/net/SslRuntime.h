#pragma once
// Poco's SSL library, set up once per process (RAII) with a handler that refuses every invalid
// certificate and remembers, per thread, why OpenSSL refused it (so the Error can name the cause).
#include <Poco/Net/Context.h>

#include <string>

namespace tingdu::catalog::net {

/// Initialises Poco's SSL on first use; uninitialised at process exit.
void ensureSslRuntime();

/// Forget the last refusal recorded on this thread (call before a handshake).
void clearCertificateFailure();
/// The OpenSSL X509_V_ERR_* code of the last refusal on this thread, 0 if none.
int lastCertificateFailure();

/// "expired", "not-yet-valid", "self-signed", "unknown-ca", "wrong-host", "revoked", "handshake".
std::string tlsReasonFor(int x509Error);
/// A human sentence for a TLS refusal reason.
std::string tlsSentence(const std::string& reason);

/// A client context: system CAs plus caFile, strict verification (peer certificate required,
/// host name checked even for localhost), TLS 1.2+.
Poco::Net::Context::Ptr makeClientContext(const std::string& caFile);

}  // namespace tingdu::catalog::net
