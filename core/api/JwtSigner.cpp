#include "JwtSigner.h"

#include "crypto/SecretCipher.h"

#include <QJsonDocument>
#include <QUuid>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

JwtSigner::JwtSigner(QByteArray key, QString issuer, qint64 lifetimeSeconds)
    : m_key(std::move(key))
    , m_issuer(std::move(issuer))
    , m_lifetimeSeconds(lifetimeSeconds)
{
    Q_ASSERT(m_key.size() >= kMinKeyBytes);
}

Result<QByteArray> JwtSigner::keyFor(const QProcessEnvironment& environment, const DataKey& dataKey)
{
    const QString variable = QString::fromLatin1(kEnvironmentVariable);
    if (environment.contains(variable)) {
        const QByteArray text = environment.value(variable).trimmed().toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            decoded = QByteArray::fromBase64Encoding(
                text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        }
        if (!decoded || decoded.decoded.size() < kMinKeyBytes) {
            return fail(Error {u"[invalid]TFK_JWT_KEY"_s,
                               tr("The environment variable %1 must hold the base64 text of at least %2 random bytes "
                                  "(for example the output of `openssl rand -base64 32`).")
                                   .arg(variable)
                                   .arg(kMinKeyBytes),
                               500});
        }
        return decoded.decoded;
    }
    // A subkey through the cipher's keyed hash: the data key itself is never used for two purposes.
    const SecretCipher cipher(dataKey);
    return cipher.keyedHash("tfk jwt hs256 v1"_ba);
}

QString JwtSigner::sign(const QJsonObject& claims) const
{
    const QByteArray signingInput = base64Url(R"({"alg":"HS256","typ":"JWT"})"_ba) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    QCA::MessageAuthenticationCode mac(u"hmac(sha256)"_s, QCA::SymmetricKey(m_key));
    mac.update(QCA::MemoryRegion(signingInput));
    const QByteArray signature = mac.final().toByteArray();
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

QString JwtSigner::tokenFor(const User& user, const QString& applicationId, qint64 nowMs) const
{
    const qint64 issuedAt = nowMs / 1000;
    QJsonObject claims {
        {u"sub"_s, user.id},
        {u"iat"_s, issuedAt},
        {u"exp"_s, issuedAt + m_lifetimeSeconds},
        {u"iss"_s, m_issuer},
        {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"authenticationType"_s, u"PASSWORD"_s},
    };
    if (!applicationId.isEmpty()) {
        claims.insert(u"aud"_s, applicationId);
        claims.insert(u"applicationId"_s, applicationId);
    }
    if (!user.email.isEmpty()) {
        claims.insert(u"email"_s, user.email);
        claims.insert(u"email_verified"_s, true);
    }
    if (!user.username.isEmpty()) {
        claims.insert(u"preferred_username"_s, user.username);
    }
    return sign(claims);
}

} // namespace tfk
