#pragma once
// Authentication for OPDS 1.0: the document a library serves to say how readers sign in.
#include <string>
#include <string_view>
#include <vector>

#include "tingdu/catalog/Feed.h"
#include "tingdu/catalog/Result.h"

namespace tingdu::catalog {

/// How the library wants a field typed (the document's "inputs"): the UI picks a keyboard from it.
struct InputHint {
    std::string keyboard = "Default";  ///< "Default", "Email address", "Number pad", "No input"
    int maximumLength = -1;            ///< -1: no limit
    std::string barcodeFormat;         ///< e.g. "Codabar"; empty when the card has no barcode
};

enum class AuthType {
    Basic,              ///< http://opds-spec.org/auth/basic — card number and PIN on every request
    BasicToken,         ///< Palace basic-token — card and PIN exchanged for a bearer token
    OAuthImplicit,      ///< http://opds-spec.org/auth/oauth/implicit — browser sign-in, token in the fragment
    OAuthIntermediary,  ///< Library Simplified OAuth-with-intermediary (a variant of the above)
    Other,              ///< a type Tingdu does not speak (SAML, ...): listed, not offered
};

struct AuthMethod {
    AuthType type = AuthType::Other;
    std::string typeUri;
    std::string description;
    std::string loginLabel = "Library card";  ///< the document's labels, English defaults
    std::string passwordLabel = "PIN";
    InputHint loginInput;
    InputHint passwordInput;
    std::vector<Link> links;  ///< authenticate, refresh, ...

    /// The "authenticate" link (OAuth authorize URL or the basic-token exchange URL); empty if none.
    std::string authenticateUrl() const;
};

struct AuthDocument {
    std::string id;
    std::string title;
    std::string description;
    std::vector<Link> links;  ///< logo, help, register, ...
    std::vector<AuthMethod> methods;

    const AuthMethod* find(AuthType type) const;
    /// The first method Tingdu can use (Basic, BasicToken, OAuth), or nullptr.
    const AuthMethod* preferred() const;
};

/// Parses and validates an authentication document. Broken documents (no id, authentication not
/// a list, a method without a type, labels that are not text, a link without href) are refused
/// with a message naming what is wrong.
Result<AuthDocument> parseAuthDocument(std::string_view body, const std::string& subject);

/// Media types that identify an authentication document.
bool isAuthDocumentType(const std::string& contentType);

}  // namespace tingdu::catalog
