// See SslRuntime.h. The handler is the only InvalidCertificateHandler Tingdu installs; it never
// sets ignoreError, so OpenSSL's verdict stands (Poco's console handler, which prompts, is never used).
#include "net/SslRuntime.h"

#include <Poco/Net/InvalidCertificateHandler.h>
#include <Poco/Net/PrivateKeyPassphraseHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/VerificationErrorArgs.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

namespace tingdu::catalog::net {

namespace {

thread_local int t_lastFailure = 0;

class RefuseAndRecordHandler : public Poco::Net::InvalidCertificateHandler {
public:
    RefuseAndRecordHandler() : InvalidCertificateHandler(false) {}
    void onInvalidCertificate(const void*, Poco::Net::VerificationErrorArgs& args) override
    {
        // Keep the first (deepest) error of this handshake: it names the real cause.
        if (t_lastFailure == 0) t_lastFailure = args.errorNumber();
        args.setIgnoreError(false);
    }
};

class SslRuntime {
public:
    SslRuntime()
    {
        Poco::Net::initializeSSL();
        Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> handler = new RefuseAndRecordHandler;
        Poco::Net::SSLManager::instance().initializeClient(nullptr, handler, makeClientContext({}));
    }
    ~SslRuntime() { Poco::Net::uninitializeSSL(); }
    SslRuntime(const SslRuntime&) = delete;
    SslRuntime& operator=(const SslRuntime&) = delete;
};

}  // namespace

void ensureSslRuntime() { static SslRuntime runtime; }

void clearCertificateFailure() { t_lastFailure = 0; }
int lastCertificateFailure() { return t_lastFailure; }

std::string tlsReasonFor(int e)
{
    switch (e) {
    case X509_V_ERR_CERT_HAS_EXPIRED: return "expired";
    case X509_V_ERR_CERT_NOT_YET_VALID: return "not-yet-valid";
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: return "self-signed";
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: return "unknown-ca";
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_APPLICATION_VERIFICATION: return "wrong-host";
    case X509_V_ERR_CERT_REVOKED: return "revoked";
    default: return "handshake";
    }
}

std::string tlsSentence(const std::string& reason)
{
    if (reason == "expired") return "The server's security certificate has expired.";
    if (reason == "not-yet-valid") return "The server's security certificate is not valid yet (check the computer's clock).";
    if (reason == "self-signed") return "The server's security certificate is self-signed, so it cannot be trusted.";
    if (reason == "unknown-ca") return "The server's security certificate was issued by an authority Tingdu does not trust.";
    if (reason == "wrong-host") return "The server's security certificate belongs to a different server name.";
    if (reason == "revoked") return "The server's security certificate has been revoked.";
    return "A secure connection to the server could not be established.";
}

Poco::Net::Context::Ptr makeClientContext(const std::string& caFile)
{
    Poco::Net::Context::Params params;
    params.caLocation = caFile;
    params.loadDefaultCAs = true;
    // STRICT: Poco skips the host name check for localhost in RELAXED mode; Tingdu never does.
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.verificationDepth = 9;
    params.cipherList = "HIGH:!aNULL:!eNULL:!MD5:!RC4";
    Poco::Net::Context::Ptr ctx = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    ctx->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    return ctx;
}

}  // namespace tingdu::catalog::net
