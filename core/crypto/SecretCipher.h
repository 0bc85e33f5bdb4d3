#pragma once

// Seals two-factor secrets with AES-256-GCM through QCA under the data key, and derives keyed
// hashes for values that are looked up but must not be stored in clear.

#include "common/Error.h"
#include "crypto/DataKey.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

namespace tfk {

class SecretCipher
{
    Q_DECLARE_TR_FUNCTIONS(tfk::SecretCipher)

public:
    static constexpr char kVersion = 0x01;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;
    // The big-endian length of the context in front of it inside the plaintext.
    static constexpr int kContextLengthSize = 4;
    static constexpr int kKeyedHashSize = 32;

    // Needs a live CryptoRuntime, for this object's whole life.
    explicit SecretCipher(const DataKey& key);
    SecretCipher(const SecretCipher&) = default;
    SecretCipher& operator=(const SecretCipher&) = default;
    ~SecretCipher();

    // version (0x01) || 12-byte random nonce || AES-256-GCM(length(context) || context || plaintext) ||
    // 16-byte tag. QCA 2.3's Cipher has no additional authenticated data, so the context (the user id)
    // travels inside the ciphertext: a sealed secret copied into another user's row does not open.
    Result<QByteArray> seal(const QByteArray& plaintext, const QByteArray& context) const;

    // "[invalid]sealedSecret" for input that is not a sealed secret (too short, unknown version);
    // "[DataKeyMismatch]" when authentication fails (another data key, or altered data);
    // "[mismatch]context" when the secret was sealed for another context.
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& context) const;

    // HMAC-SHA256 under HMAC-SHA256(dataKey, "tfk keyed-hash v1"), 32 bytes: a stable lookup value
    // (phone numbers in the SMS log, trust tokens, recovery codes) that reveals nothing without the data key,
    // and a subkey so the data key itself is never used for two purposes. It is on every sign-in's path, so it
    // is libsodium's HMAC from a state keyed once (QCA builds a provider context per MAC); the subkey itself is
    // derived through QCA. Empty only if QCA lacks hmac(sha256), which CryptoRuntime::checkSupport() rules out.
    QByteArray keyedHash(const QByteArray& value) const;

private:
    QByteArray m_key;
    QByteArray m_hashKey;
    // The HMAC state after the subkey's inner and outer pads: each keyedHash copies it.
    crypto_auth_hmacsha256_state m_keyedHashState {};
};

} // namespace tfk
