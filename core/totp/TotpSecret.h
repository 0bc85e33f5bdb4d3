#pragma once

// A FusionAuth-legacy two-factor secret: a string whose ASCII bytes are the HMAC key, and the
// RFC 4648 base32 of those bytes (secretBase32Encoded) for authenticator apps.

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tfk {

class TotpSecret
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TotpSecret)

public:
    static constexpr int kGeneratedLength = 20;
    static constexpr int kMaxLength = 256;

    // 15 bytes from QCA's CSPRNG in base64: 20 characters over the base64 alphabet, no padding,
    // exactly the shape FusionAuth generates. Needs a live CryptoRuntime.
    static TotpSecret generate();

    // A secret a caller brings: 1..256 printable ASCII characters ("[invalid]secret" otherwise).
    static Result<TotpSecret> fromSecret(const QString& secret);
    // The same secret given as its base32 form; the decoded bytes must be printable ASCII.
    static Result<TotpSecret> fromBase32(QStringView base32);

    const QString& secret() const { return m_secret; }
    QString secretBase32Encoded() const;
    // The HMAC key: the ASCII bytes of the secret string.
    QByteArray key() const { return m_secret.toLatin1(); }

    bool operator==(const TotpSecret&) const = default;

private:
    explicit TotpSecret(QString secret)
        : m_secret(std::move(secret))
    {
    }

    QString m_secret;
};

} // namespace tfk
