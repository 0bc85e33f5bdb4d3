#pragma once

// Argon2id password hashes through libsodium's crypto_pwhash_str, with the cost limits they are made
// and checked with.

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <memory>

namespace tfk {

struct PasswordHashingLimits
{
    unsigned long long opsLimit;
    size_t memLimit;

    // libsodium's interactive limits (2 passes, 64 MiB): the product default.
    static PasswordHashingLimits interactive();
    // libsodium's moderate limits (3 passes, 256 MiB).
    static PasswordHashingLimits moderate();
    // libsodium's minimum limits (1 pass, 8 KiB): for unit tests only, far too cheap for real passwords.
    static PasswordHashingLimits fastForTests();

    bool operator==(const PasswordHashingLimits&) const = default;
};

class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(tfk::PasswordHasher)

public:
    // Initialises libsodium (idempotent, thread-safe).
    explicit PasswordHasher(PasswordHashingLimits limits = PasswordHashingLimits::interactive());

    // "$argon2id$v=19$m=...,t=...,p=1$salt$hash" of the password's UTF-8 bytes; "[PasswordHashFailed]"
    // when libsodium cannot (out of memory).
    Result<QByteArray> hash(const QString& password) const;
    // False for a wrong password and for anything that is not a password hash.
    bool verify(const QByteArray& storedHash, const QString& password) const;
    // True when storedHash was made with other limits (or is not an Argon2id hash at all): rehash it
    // after the next successful verify().
    bool needsRehash(const QByteArray& storedHash) const;
    // Costs what verify() costs, for a login id that does not exist, so response times do not tell
    // which ids do: verifies against a dummy hash made once, on first use, with the same limits.
    void verifyDummy(const QString& password) const;

    const PasswordHashingLimits& limits() const { return m_limits; }

private:
    struct DummyHash;

    PasswordHashingLimits m_limits;
    bool m_sodiumReady;
    // Shared, so copies of a hasher make the dummy hash only once.
    std::shared_ptr<DummyHash> m_dummy;
};

} // namespace tfk
