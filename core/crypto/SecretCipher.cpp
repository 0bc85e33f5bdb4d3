#include "SecretCipher.h"

#include "crypto/ConstantTime.h"

#include <QtCrypto>
#include <QtEndian>

#include <limits>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kHttpStatus = 500;
constexpr int kHeaderSize = 1 + SecretCipher::kNonceSize;
constexpr int kMinimumSealedSize = kHeaderSize + SecretCipher::kTagSize;
constexpr auto kHashSubkeyLabel = "tfk keyed-hash v1";

std::unexpected<Error> failWith(QString code, QString message)
{
    return fail(Error {std::move(code), std::move(message), kHttpStatus, {}, 0});
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    QCA::MessageAuthenticationCode mac(u"hmac(sha256)"_s, QCA::SymmetricKey(key));
    if (!mac.context()) {
        return {};
    }
    mac.update(QCA::MemoryRegion(message));
    return mac.final().toByteArray();
}

} // namespace

SecretCipher::SecretCipher(const DataKey& key)
    : m_key(key.bytes())
    , m_hashKey(hmacSha256(key.bytes(), QByteArray(kHashSubkeyLabel)))
{
    if (m_hashKey.size() == kKeyedHashSize) {
        crypto_auth_hmacsha256_init(&m_keyedHashState, reinterpret_cast<const unsigned char*>(m_hashKey.constData()),
                                    size_t(m_hashKey.size()));
    }
}

SecretCipher::~SecretCipher()
{
    sodium_memzero(&m_keyedHashState, sizeof m_keyedHashState);
}

Result<QByteArray> SecretCipher::seal(const QByteArray& plaintext, const QByteArray& context) const
{
    if (quint64(context.size()) > std::numeric_limits<quint32>::max()) {
        return failWith(u"[tooLong]context"_s,
                        tr("The owner of a two-factor secret is too long to be sealed with it."));
    }
    const QByteArray nonce = QCA::Random::randomArray(kNonceSize).toByteArray();
    char length[kContextLengthSize];
    qToBigEndian(quint32(context.size()), length);
    QCA::SecureArray inner(QByteArray(length, kContextLengthSize));
    inner.append(QCA::SecureArray(context));
    inner.append(QCA::SecureArray(plaintext));

    // QCA's OpenSSL provider asks for as many tag bytes as the AuthTag given here holds, so an encoding
    // cipher must be handed a 16-byte tag to receive a full 16-byte tag from final().
    QCA::Cipher cipher(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode, QCA::SymmetricKey(m_key),
                       QCA::InitializationVector(nonce), QCA::AuthTag(kTagSize));
    QCA::SecureArray ciphertext = cipher.update(inner);
    const bool updated = cipher.ok();
    ciphertext.append(cipher.final());
    const QByteArray tag = cipher.tag().toByteArray();
    if (nonce.size() != kNonceSize || !updated || !cipher.ok() || tag.size() != kTagSize) {
        return failWith(u"[CryptoUnavailable]"_s,
                        tr("The two-factor secret cannot be sealed: the cryptography library QCA cannot provide "
                           "aes256-gcm. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins)."));
    }

    QByteArray sealed;
    sealed.reserve(kMinimumSealedSize + ciphertext.size());
    sealed.append(kVersion).append(nonce).append(ciphertext.toByteArray()).append(tag);
    return sealed;
}

Result<QByteArray> SecretCipher::open(const QByteArray& sealed, const QByteArray& context) const
{
    if (sealed.size() < kMinimumSealedSize + kContextLengthSize) {
        return failWith(u"[invalid]sealedSecret"_s,
                        tr("The stored two-factor secret is damaged: it is too short to be a sealed secret."));
    }
    if (sealed.at(0) != kVersion) {
        return failWith(
            u"[invalid]sealedSecret"_s,
            tr("The stored two-factor secret was sealed in an unknown format (version %1).").arg(quint8(sealed.at(0))));
    }
    const QByteArray nonce = sealed.mid(1, kNonceSize);
    const QByteArray ciphertext = sealed.mid(kHeaderSize, sealed.size() - kMinimumSealedSize);
    // Always exactly 16 bytes: QCA's provider also accepts a shorter tag that matches a prefix.
    const QByteArray tag = sealed.right(kTagSize);

    QCA::Cipher cipher(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode, QCA::SymmetricKey(m_key),
                       QCA::InitializationVector(nonce), QCA::AuthTag(tag));
    // GCM hands out plaintext before it has checked the tag: nothing is used until final() succeeds.
    QCA::SecureArray inner = cipher.update(QCA::MemoryRegion(ciphertext));
    const bool updated = cipher.ok();
    inner.append(cipher.final());
    if (!updated || !cipher.ok()) {
        return failWith(u"[DataKeyMismatch]"_s,
                        tr("The two-factor secret cannot be opened: the data key does not match the one it was "
                           "sealed with, or the stored value was altered."));
    }

    const QByteArray bytes = inner.toByteArray();
    if (bytes.size() < kContextLengthSize) {
        return failWith(u"[invalid]sealedSecret"_s,
                        tr("The stored two-factor secret is damaged: its owner cannot be read from it."));
    }
    const quint32 contextLength = qFromBigEndian<quint32>(bytes.constData());
    if (quint64(contextLength) > quint64(bytes.size() - kContextLengthSize)) {
        return failWith(u"[invalid]sealedSecret"_s,
                        tr("The stored two-factor secret is damaged: its owner cannot be read from it."));
    }
    const auto sealedContext = QByteArrayView(bytes).sliced(kContextLengthSize, contextLength);
    if (!constantTimeEquals(sealedContext, context)) {
        return failWith(u"[mismatch]context"_s,
                        tr("The stored two-factor secret belongs to another user and was not opened."));
    }
    return bytes.sliced(kContextLengthSize + contextLength);
}

QByteArray SecretCipher::keyedHash(const QByteArray& value) const
{
    if (m_hashKey.size() != kKeyedHashSize) {
        return {};
    }
    crypto_auth_hmacsha256_state state = m_keyedHashState;
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(value.constData()),
                                  quint64(value.size()));
    QByteArray hash(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(hash.data()));
    sodium_memzero(&state, sizeof state);
    return hash;
}

} // namespace tfk
