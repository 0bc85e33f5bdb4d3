#include "OtpAuthUri.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// Unicode noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) become U+FFFD before encoding: URL decoders (Qt's,
// and so the authenticator apps built on one) read their percent-encoded UTF-8 as invalid and show U+FFFD
// anyway, so the URI says what the app will show.
QString encoded(const QString& text)
{
    const bool hasNonCharacter = std::any_of(text.begin(), text.end(), [](QChar c) {
        // Supplementary noncharacters (U+1FFFE...) hide behind surrogates: those take the slow path too.
        return (c.unicode() >= 0xFDD0 && c.unicode() <= 0xFDEF) || c.unicode() >= 0xFFFE || c.isSurrogate();
    });
    if (!hasNonCharacter) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    }
    // By code point, not through QString::fromUcs4, which would take a leading U+FEFF for a byte order mark.
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const qsizetype length = pair ? 2 : 1;
        const char32_t codePoint = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        if (QChar::isNonCharacter(codePoint)) {
            kept += QChar(QChar::ReplacementCharacter);
        } else {
            kept += QStringView(text).sliced(i, length);
        }
        i += length;
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(kept));
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
