#pragma once

// Makes backup archives: the live database (a consistent copy) with the data key, or the data key
// alone, each verified by decrypting the written file back before it counts as done.

#include "BackupArchive.h"
#include "DatabaseSnapshot.h"
#include "common/Clock.h"

namespace tfk {

struct BackupReport
{
    QString file;
    qint64 bytes = 0;
    qint64 createdAtMs = 0;
    bool databaseIncluded = false;
    SnapshotCheck check;
    // Set when the database was not included and why (PostgreSQL: use pg_dump), a sentence.
    QString note;
};

class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(tfk::BackupWriter)

public:
    // A consistent copy of `database`, checked (DatabaseSnapshot::verify), sealed with `key` under
    // `passphrase` into `file` (0600, replaced atomically), then read back, decrypted and compared before
    // it counts. For PostgreSQL only the key goes in, and the report's note says to use pg_dump. Blocking:
    // call it from a worker thread or a command, never the UI thread.
    static Result<BackupReport> writeBackup(const DatabaseConfig& database, const DataKey& key,
                                            const QString& passphrase, const QString& file, const Clock& clock,
                                            const PasswordHashingLimits& limits = BackupArchive::defaultLimits());

    // The data key alone (data-key export), verified the same way.
    static Result<BackupReport> writeDataKey(const DataKey& key, const QString& passphrase, const QString& file,
                                             const Clock& clock,
                                             const PasswordHashingLimits& limits = BackupArchive::defaultLimits());

    // The sentence for a PostgreSQL database: what to run instead, with its connection filled in.
    static QString pgDumpAdvice(const DatabaseConfig& database);
};

} // namespace tfk
