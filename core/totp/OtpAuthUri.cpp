#include "OtpAuthUri.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString algorithmName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha256:
        return u"SHA256"_s;
    case HashAlgorithm::Sha512:
        return u"SHA512"_s;
    case HashAlgorithm::Sha1:
        break;
    }
    return u"SHA1"_s;
}

} // namespace

QString OtpAuthUri::build(const TotpSecret& secret, const QString& issuer, const QString& account,
                          const TotpParameters& parameters)
{
    const QString label = issuer.isEmpty() ? encoded(account) : QString(encoded(issuer) % u':' % encoded(account));
    QString uri = u"otpauth://totp/"_s % label % u"?secret="_s % secret.secretBase32Encoded();
    if (!issuer.isEmpty()) {
        uri += u"&issuer="_s % encoded(issuer);
    }
    uri += u"&algorithm="_s % algorithmName(parameters.algorithm) % u"&digits="_s % QString::number(parameters.digits)
        % u"&period="_s % QString::number(parameters.stepSeconds);
    return uri;
}

} // namespace tfk
