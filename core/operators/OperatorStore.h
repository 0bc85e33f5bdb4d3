#pragma once

// Persists operators (login name, display name, Argon2id hash, role, disabled, last sign-in) and
// their sign-in failures; SQL only, the rules live in OperatorDirectory.

#include "Operator.h"
#include "store/Database.h"

#include <optional>

namespace tfk {

// An operator with the password hash, which never leaves core.
struct OperatorRecord
{
    Operator info;
    QByteArray passwordHash;
};

class OperatorStore
{
    Q_DECLARE_TR_FUNCTIONS(tfk::OperatorStore)

public:
    // The database must be migrated to schema version 4 and outlive the store.
    explicit OperatorStore(Database& database);

    // The case-folded form login names are compared and stored in.
    static QString nameKey(const QString& name);

    // Every operator, disabled ones included.
    Result<int> count();
    // Admins who are not disabled.
    Result<int> countActiveAdmins();
    // "[duplicate]operator.name" (400) when another operator has the name (in any case).
    Result<void> insert(const Operator& op, const QByteArray& passwordHash);
    // Ordered by login name.
    Result<QList<Operator>> list();
    Result<std::optional<OperatorRecord>> findByName(const QString& name);
    Result<void> setDisabled(const QString& id, qint64 at);
    Result<void> setPasswordHash(const QString& id, const QByteArray& hash);
    Result<void> setLastSignIn(const QString& id, qint64 at);

    // Sign-in failures, kept in login_failures under a key the caller derives (a keyed hash).
    Result<void> recordFailure(const QString& key, qint64 at);
    // Failure times since `since`, oldest first.
    Result<QList<qint64>> failuresSince(const QString& key, qint64 since);
    Result<void> clearFailures(const QString& key);

private:
    Database& m_database;
};

} // namespace tfk
