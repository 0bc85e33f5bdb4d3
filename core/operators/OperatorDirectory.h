#pragma once

// The operators of the kiosk: adds them (validated), lists, disables, changes passwords, and signs
// them in with Argon2id, the same answer for unknown names, wrong passwords and disabled operators,
// and a lockout after repeated failures that holds exactly under concurrency. Synchronous and
// thread-safe: every call uses the calling thread's database connection and no member state changes.

#include "OperatorStore.h"
#include "auth/TwoFactorRules.h"
#include "common/Clock.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretCipher.h"

namespace tfk {

class OperatorDirectory
{
    Q_DECLARE_TR_FUNCTIONS(tfk::OperatorDirectory)

public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxDisplayNameLength = 100;
    static constexpr int kMinPasswordLength = 10;
    static constexpr int kMaxPasswordLength = 1024;

    // Every reference must outlive the directory; the database must be migrated to schema version 4.
    // Of the rules, only maxPasswordFailures, passwordFailureWindowSeconds and lockoutSeconds are used.
    OperatorDirectory(Database& database, const SecretCipher& cipher, const PasswordHasher& hasher, const Clock& clock,
                      const TwoFactorRules& rules);

    // Every operator, disabled ones included (none: the first run must create an admin).
    Result<int> count();
    // "[blank]operator.name", "[invalid]operator.name", "[tooShort]operator.password",
    // "[tooLong]..." (400) for bad input; "[duplicate]operator.name" (400) when the name is taken in
    // any case. An empty display name becomes the login name.
    Result<Operator> add(const QString& name, const QString& displayName, const QString& password, OperatorRole role);
    // Ordered by login name, disabled operators included.
    Result<QList<Operator>> list();
    // The operator with this login name (any case); "[notFound]operator" (404).
    Result<Operator> find(const QString& name);
    // "[notFound]operator" (404); "[lastAdmin]operator" (409) for the last admin who is not disabled,
    // so the operator side and leaving kiosk mode stay reachable. Disabling twice is not an error.
    Result<Operator> disable(const QString& name);
    // Validated like add(); also lifts a lockout of that name. "[notFound]operator" (404).
    Result<Operator> setPassword(const QString& name, const QString& password);
    // The operator when the name (any case) and password match an operator who is not disabled.
    // Unknown name, wrong password and disabled operator: the same "[InvalidLogin]" (404) after the
    // same Argon2id work. After maxPasswordFailures failures within the window the name is locked
    // for the lockout: "[LoginPreventedException]" (409) with the seconds left, without a hash check.
    Result<Operator> signIn(const QString& name, const QString& password, qint64 nowMs);

    // The validation add() does, for forms that check as the operator types.
    static Result<void> validateName(const QString& name);
    static Result<void> validatePassword(const QString& password);

private:
    QString failureKey(const QString& name) const;
    Result<OperatorRecord> findRecord(const QString& name);
    Result<qint64> lockedUntil(const QString& key, qint64 nowMs);

    Database& m_database;
    const SecretCipher& m_cipher;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
    const TwoFactorRules m_rules;
    OperatorStore m_store;
};

} // namespace tfk
