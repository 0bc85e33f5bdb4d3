#pragma once

// Owns the local HTTP API's keys: creates them from QCA's CSPRNG, keeps only a keyed hash of each (never
// the key), lists, revokes and checks them, and records when each was last used.

#include "common/Clock.h"
#include "crypto/SecretCipher.h"
#include "store/Database.h"

#include <QHash>
#include <QList>

#include <optional>

namespace tfk {

struct ApiKey
{
    QString id; // UUID without braces: what `api-key revoke` takes
    QString name;
    qint64 createdAt = 0; // ms
    qint64 lastUsedAt = 0; // ms; 0: never used
    bool revoked = false;
    qint64 revokedAt = 0; // ms; 0 unless revoked
};

// A new key: shown once, then only its hash exists.
struct NewApiKey
{
    ApiKey info;
    QString key; // 43 base64url characters (32 random bytes)
};

class ApiKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(tfk::ApiKeyStore)

public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kMaxNameLength = 100;
    // last_used_at is written at most this often per key, so busy clients do not turn every request
    // into a database write.
    static constexpr qint64 kLastUsedResolutionMs = 60 * 1000;

    // All references must outlive the store. The database must be migrated to schema version 3.
    ApiKeyStore(Database& database, const SecretCipher& cipher, const Clock& clock);

    // "[blank]name" / "[tooLong]name" (400) for a bad name.
    Result<NewApiKey> create(const QString& name);
    // Oldest first (then by name), revoked keys included.
    Result<QList<ApiKey>> list();
    // "[notFound]apiKey" (404) for an unknown id; revoking twice is not an error.
    Result<ApiKey> revoke(const QString& id);
    // The key's record when `presentedKey` is a known, unrevoked key; empty otherwise (a wrong, revoked
    // or malformed key: the caller answers all of them alike).
    Result<std::optional<ApiKey>> authenticate(const QString& presentedKey);

private:
    QString hashOf(const QString& key) const;
    static ApiKey fromQuery(const QSqlQuery& query);

    Database& m_database;
    const SecretCipher& m_cipher;
    const Clock& m_clock;
    QHash<QString, qint64> m_lastUsedWritten; // key id -> when last_used_at was last written
};

} // namespace tfk
