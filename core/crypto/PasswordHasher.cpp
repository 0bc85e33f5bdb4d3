#include "PasswordHasher.h"

#include <sodium.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr QByteArrayView kArgon2idPrefix = "$argon2id$";

// The UTF-8 copy of a password is wiped, not just freed.
class Utf8Password
{
public:
    explicit Utf8Password(const QString& password)
        : m_bytes(password.toUtf8())
    {
    }
    ~Utf8Password() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Utf8Password(const Utf8Password&) = delete;
    Utf8Password& operator=(const Utf8Password&) = delete;

    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// libsodium reads the stored hash as a C string of at most crypto_pwhash_STRBYTES - 1 characters.
bool isStorableHash(const QByteArray& storedHash)
{
    return storedHash.startsWith(kArgon2idPrefix) && storedHash.size() < qsizetype(crypto_pwhash_STRBYTES)
        && !storedHash.contains('\0');
}

} // namespace

struct PasswordHasher::DummyHash
{
    std::once_flag once;
    QByteArray hash;
};

PasswordHashingLimits PasswordHashingLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHashingLimits PasswordHashingLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PasswordHashingLimits PasswordHashingLimits::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordHashingLimits limits)
    : m_limits(limits)
    , m_sodiumReady(sodium_init() >= 0)
    , m_dummy(std::make_shared<DummyHash>())
{
}

Result<QByteArray> PasswordHasher::hash(const QString& password) const
{
    char out[crypto_pwhash_STRBYTES];
    const Utf8Password utf8(password);
    if (!m_sodiumReady
        || crypto_pwhash_str_alg(out, utf8.data(), utf8.size(), m_limits.opsLimit, m_limits.memLimit,
                                 crypto_pwhash_ALG_ARGON2ID13)
            != 0) {
        return fail(Error {u"[PasswordHashFailed]"_s,
                           tr("The password could not be hashed: the computer is short of memory. Try again "
                              "when fewer programs are running."),
                           500,
                           {},
                           0});
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& storedHash, const QString& password) const
{
    if (!m_sodiumReady || !isStorableHash(storedHash)) {
        return false;
    }
    const Utf8Password utf8(password);
    return crypto_pwhash_str_verify(storedHash.constData(), utf8.data(), utf8.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& storedHash) const
{
    if (!m_sodiumReady || !isStorableHash(storedHash)) {
        return true;
    }
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), m_limits.opsLimit, m_limits.memLimit) != 0;
}

void PasswordHasher::verifyDummy(const QString& password) const
{
    std::call_once(m_dummy->once, [this] {
        // A random password nobody knows, so the dummy hash can never verify.
        unsigned char secret[32];
        randombytes_buf(secret, sizeof secret);
        const auto made
            = hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(secret), sizeof secret).toBase64()));
        sodium_memzero(secret, sizeof secret);
        if (made) {
            m_dummy->hash = *made;
        }
    });
    if (m_dummy->hash.isEmpty()) {
        // No dummy hash (memory was short): hashing costs the same as verifying.
        (void)hash(password);
        return;
    }
    (void)verify(m_dummy->hash, password);
}

} // namespace tfk
