// otpauth URIs: for any secret, issuer and account, the URI an authenticator app reads carries them
// back unchanged (the label and every value percent-encoded), and nothing can inject a parameter.

#include "FuzzCheck.h"
#include "totp/Base32.h"
#include "totp/OtpAuthUri.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// What an authenticator reads back: noncharacters arrive as U+FFFD (OtpAuthUri's documented rule).
QString shown(const QString& text)
{
    QString result;
    for (const char32_t codePoint : text.toUcs4()) {
        const bool nonCharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
        // Not QString::fromUcs4(&codePoint, 1): that would take a U+FEFF for a byte order mark and drop it.
        if (nonCharacter) {
            result += QChar(QChar::ReplacementCharacter);
        } else {
            result += QChar::fromUcs4(codePoint).operator QStringView();
        }
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> input = tfk::fuzz::parts(tfk::fuzz::bytes(data, size), 3);
    const auto secret = tfk::TotpSecret::fromSecret(QString::fromLatin1(input.at(0)));
    if (!secret) {
        FUZZ_CHECK(!secret.error().message.isEmpty(), "a refused secret has a sentence");
        return 0;
    }
    const QString issuer = QString::fromUtf8(input.at(1));
    const QString account = QString::fromUtf8(input.at(2));
    const QString shownIssuer = shown(issuer);
    tfk::TotpParameters parameters;
    parameters.digits = 6 + int(size % 3);
    parameters.algorithm = tfk::HashAlgorithm(size % 3);
    const QString uri = tfk::OtpAuthUri::build(*secret, issuer, account, parameters);

    const QUrl url(uri, QUrl::StrictMode);
    FUZZ_CHECK(url.isValid(), "the URI is a valid URL");
    FUZZ_CHECK(url.scheme() == u"otpauth"_s && url.host() == u"totp"_s, "the URI is otpauth://totp/");
    const QString label = url.path(QUrl::FullyDecoded).mid(1);
    FUZZ_CHECK(label == (issuer.isEmpty() ? shown(account) : shownIssuer + u':' + shown(account)),
               "the label carries issuer:account");
    const QUrlQuery query(url);
    const QStringList names = {u"secret"_s, u"issuer"_s, u"algorithm"_s, u"digits"_s, u"period"_s};
    for (const auto& [name, value] : query.queryItems()) {
        FUZZ_CHECK(names.contains(name), "no parameter is injected");
    }
    FUZZ_CHECK(query.allQueryItemValues(u"secret"_s).size() == 1, "one secret");
    const auto key = tfk::Base32::decode(query.queryItemValue(u"secret"_s));
    FUZZ_CHECK(key && *key == secret->key(), "the secret decodes to the key");
    if (!issuer.isEmpty()) {
        FUZZ_CHECK(query.queryItemValue(u"issuer"_s, QUrl::FullyDecoded) == shownIssuer, "the issuer comes back");
    }
    FUZZ_CHECK(query.queryItemValue(u"digits"_s) == QString::number(parameters.digits), "the digits are right");
    return 0;
}
