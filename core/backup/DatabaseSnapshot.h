#pragma once

// A consistent copy of a live SQLite database (VACUUM INTO on a connection of its own, never a worker's),
// the checks a copy must pass before it counts as a backup, and whether a database file is in use.

#include "common/Error.h"
#include "crypto/DataKey.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace tfk {

// What a verified copy holds.
struct SnapshotCheck
{
    int schemaVersion = 0;
    int users = 0;
    int sealedSecrets = 0; // two-factor secrets opened with the key
};

class DatabaseSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(tfk::DatabaseSnapshot)

public:
    // Copies the live database `live` (SQLite) into the new file `target` in one read transaction, so the
    // copy holds every committed write and no half-written one, while the kiosk and the API keep working
    // (WAL: readers never block writers). `target` must not exist.
    static Result<void> take(const DatabaseConfig& live, const QString& target);

    // PRAGMA integrity_check ("[BackupIntegrity]"), a schema version this program can run
    // ("[DatabaseTooNew]", "[DatabaseCorrupt]"), the data-key check ("[DataKeyMismatch]") and every sealed
    // two-factor secret opening under `key`. Opens `file` read and write (it is a copy). Blocking.
    static Result<SnapshotCheck> verify(const QString& file, const DataKey& key);

    // True when another connection, in this process or another (a running kiosk or API), has the SQLite
    // file open: it holds the shared lock every WAL connection keeps. False for a missing file.
    static Result<bool> inUse(const QString& file);
};

} // namespace tfk
