#pragma once

// Persists users' recovery codes as keyed hashes (never the codes), with when each was made and used;
// SQL only, the rules live in RecoveryCodes.

#include "Database.h"

namespace tfk {

class RecoveryCodeStore
{
public:
    // The database must be migrated to schema version 4 and outlive the store.
    explicit RecoveryCodeStore(Database& database);

    Result<bool> userExists(const QString& userId);
    // Deletes the user's codes and inserts these hashes (the caller holds the transaction).
    Result<void> replace(const QString& userId, const QStringList& codeHashes, qint64 createdAt);
    // Marks the code used if it is the user's and still unused; true when this call spent it.
    Result<bool> markUsed(const QString& userId, const QString& codeHash, qint64 at);
    // The user's codes not yet used.
    Result<int> remaining(const QString& userId);
    Result<void> clear(const QString& userId);

private:
    Database& m_database;
};

} // namespace tfk
