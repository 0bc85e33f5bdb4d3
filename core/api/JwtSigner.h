#pragma once

// Issues the `token` of a login response: a JWT (RFC 7519) signed HS256 through QCA's hmac(sha256)
// with a configurable key, carrying FusionAuth's claims.

#include "common/Error.h"
#include "crypto/DataKey.h"
#include "store/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace tfk {

class JwtSigner
{
    Q_DECLARE_TR_FUNCTIONS(tfk::JwtSigner)

public:
    // Base64 (standard or url-safe) of at least kMinKeyBytes: the key verifiers share with the kiosk.
    static constexpr const char* kEnvironmentVariable = "TFK_JWT_KEY";
    static constexpr int kMinKeyBytes = 32;
    static constexpr qint64 kDefaultLifetimeSeconds = 3600; // FusionAuth's default JWT lifetime
    static constexpr QStringView kDefaultIssuer = u"twofactor-kiosk";

    // Needs a live CryptoRuntime. `key` must have at least kMinKeyBytes (see keyFor()).
    explicit JwtSigner(QByteArray key, QString issuer = kDefaultIssuer.toString(),
                       qint64 lifetimeSeconds = kDefaultLifetimeSeconds);

    // TFK_JWT_KEY when set ("[invalid]TFK_JWT_KEY" when it is not base64 of >= 32 bytes; the value is
    // never echoed); otherwise a key derived from the data key, so tokens stay valid across restarts
    // without another secret file and mean nothing to anyone without the data key.
    static Result<QByteArray> keyFor(const QProcessEnvironment& environment, const DataKey& dataKey);

    // header.payload.signature, each base64url without padding; the header is {"alg":"HS256","typ":"JWT"}.
    QString sign(const QJsonObject& claims) const;
    // The login token: sub (user id), aud and applicationId (when given), iat/exp (seconds), iss, jti,
    // authenticationType "PASSWORD", email / preferred_username when the user has them.
    QString tokenFor(const User& user, const QString& applicationId, qint64 nowMs) const;

    const QString& issuer() const { return m_issuer; }
    qint64 lifetimeSeconds() const { return m_lifetimeSeconds; }

private:
    QByteArray m_key;
    QString m_issuer;
    qint64 m_lifetimeSeconds;
};

} // namespace tfk
