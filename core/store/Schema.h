#pragma once

// The versioned schema: one upgrade function per version step, each run in its own transaction.
// The version lives in schema_meta so SQLite and PostgreSQL keep it the same way.

#include "Database.h"

namespace tfk {

class Schema
{
    Q_DECLARE_TR_FUNCTIONS(tfk::Schema)

public:
    // 1: applications, users, audit log. 2: two-factor challenges, used time steps, trusted
    // computers, password-failure counters, SMS log, the data-key check. 3: API keys (hashed).
    // 4: operators, recovery codes (hashed), the audit log's actor. 5: the Users search indexes: on
    // SQLite an FTS5 trigram table kept by triggers, on PostgreSQL pg_trgm GIN indexes; both (name_key, id).
    // 6: no redundant name index, no FTS5 column sizes. 7: the SMS log's sender and cost. 8: sends per
    // minute. 9: SQLite's name-order index also holds the searched columns (the walk reads no table rows).
    // 10: SQLite's search index numbers users in name order (users.search_label, SearchOrder) and indexes
    // the phone's end.
    static constexpr int kCurrentVersion = 10;
    // The application FusionAuth's tutorial uses, seeded so its requests work as written.
    static constexpr const char* kTutorialApplicationId = "10000000-0000-0002-0000-000000000001";

    // 0 for an empty database.
    static Result<int> version(Database& database);
    // Brings the database to `target` (tests stop at older versions). "[DatabaseTooNew]" when the
    // database was written by a newer program: it is left untouched.
    static Result<void> migrate(Database& database, int target = kCurrentVersion);

    // Reads and writes a value of schema_meta (the data-key check lives there).
    static Result<QString> metaValue(Database& database, const QString& key);
    static Result<void> setMetaValue(Database& database, const QString& key, const QString& value);

    // SQLite: the trigger that adds each new user to the search index (a bulk import drops it inside its
    // transaction and indexes the new rows with one statement instead).
    static QString usersSearchInsertTrigger();
};

} // namespace tfk
