#include "Schema.h"

#include "SearchOrder.h"

#include <QDateTime>
#include <QSqlRecord>

#include <functional>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

Result<void> run(Database& database, const QStringList& statements)
{
    for (const QString& statement : statements) {
        auto done = database.exec(database.dialect().ddl(statement));
        if (!done) {
            return fail(done.error());
        }
    }
    return {};
}

Result<void> upgradeTo1(Database& database)
{
    auto created = run(
        database,
        {
            u"CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE applications (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at {BIGINT} NOT NULL)"_s,
            // email_key / username_key: case-folded login ids, unique, what lookups use; name_key: the
            // case-folded name, for searches that ignore case in every script (SQLite's LOWER is ASCII-only).
            u"CREATE TABLE users ("
            " id TEXT PRIMARY KEY,"
            " email TEXT, email_key TEXT UNIQUE,"
            " username TEXT, username_key TEXT UNIQUE,"
            " full_name TEXT NOT NULL DEFAULT '', name_key TEXT NOT NULL DEFAULT '',"
            " password_hash TEXT NOT NULL,"
            " mobile_phone TEXT,"
            " two_factor_enabled INTEGER NOT NULL DEFAULT 0,"
            " two_factor_delivery TEXT NOT NULL DEFAULT 'None',"
            " two_factor_secret {BLOB},"
            " created_at {BIGINT} NOT NULL, updated_at {BIGINT} NOT NULL, last_login_at {BIGINT},"
            " CHECK (email_key IS NOT NULL OR username_key IS NOT NULL),"
            " CHECK (two_factor_delivery IN ('None', 'TextMessage')))"_s,
            u"CREATE INDEX users_mobile_phone ON users (mobile_phone)"_s,
            u"CREATE INDEX users_name_key ON users (name_key)"_s,
            u"CREATE TABLE audit_log ("
            " id {AUTO_ID}, at {BIGINT} NOT NULL, event TEXT NOT NULL, outcome TEXT NOT NULL,"
            " user_id TEXT, application_id TEXT, ip_address TEXT, phone_masked TEXT, detail TEXT)"_s,
            u"CREATE INDEX audit_log_at ON audit_log (at)"_s,
        });
    if (!created) {
        return created;
    }
    auto seeded = database.exec(u"INSERT INTO applications (id, name, created_at) VALUES (:id, :name, :at)"_s,
                                {{u"id"_s, QString::fromLatin1(Schema::kTutorialApplicationId)},
                                 {u"name"_s, u"TwoFactorKiosk"_s},
                                 {u"at"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!seeded) {
        return fail(seeded.error());
    }
    return {};
}

Result<void> upgradeTo2(Database& database)
{
    return run(
        database,
        {
            // Ids and tokens are stored as SHA-256 hashes: a copy of the database cannot replay them.
            u"CREATE TABLE two_factor_challenges ("
            " id_hash TEXT PRIMARY KEY,"
            " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
            " application_id TEXT, ip_address TEXT,"
            " created_at {BIGINT} NOT NULL, expires_at {BIGINT} NOT NULL,"
            " wrong_codes INTEGER NOT NULL DEFAULT 0, sends INTEGER NOT NULL DEFAULT 0, last_sent_at {BIGINT})"_s,
            u"CREATE INDEX two_factor_challenges_expires ON two_factor_challenges (expires_at)"_s,
            u"CREATE TABLE two_factor_used_steps ("
            " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
            " step {BIGINT} NOT NULL, used_at {BIGINT} NOT NULL, PRIMARY KEY (user_id, step))"_s,
            u"CREATE TABLE trusted_computers ("
            " token_hash TEXT PRIMARY KEY,"
            " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
            " created_at {BIGINT} NOT NULL, expires_at {BIGINT} NOT NULL)"_s,
            u"CREATE TABLE login_failures (id {AUTO_ID}, login_key TEXT NOT NULL, failed_at {BIGINT} NOT NULL)"_s,
            u"CREATE INDEX login_failures_key ON login_failures (login_key, failed_at)"_s,
            // phone_hash: a keyed hash of the E.164 number, for the per-phone send limits; the log
            // itself only ever shows the masked number.
            u"CREATE TABLE sms_log ("
            " id {AUTO_ID}, at {BIGINT} NOT NULL, purpose TEXT NOT NULL, phone_hash TEXT NOT NULL,"
            " phone_masked TEXT NOT NULL, user_id TEXT, message_id TEXT, status TEXT NOT NULL,"
            " error_code TEXT, error_message TEXT)"_s,
            u"CREATE INDEX sms_log_phone ON sms_log (phone_hash, at)"_s,
            u"CREATE INDEX sms_log_at ON sms_log (at)"_s,
        });
}

Result<void> upgradeTo3(Database& database)
{
    return run(database,
               {
                   // Keys for the local HTTP API: only a keyed hash of each key is kept, so the table
                   // (or a copy of the database) never yields a usable key.
                   u"CREATE TABLE api_keys ("
                   " id TEXT PRIMARY KEY, name TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE,"
                   " created_at {BIGINT} NOT NULL, last_used_at {BIGINT},"
                   " revoked INTEGER NOT NULL DEFAULT 0, revoked_at {BIGINT})"_s,
               });
}

Result<void> upgradeTo4(Database& database)
{
    return run(database,
               {
                   // Operators sign in to the operator side; name_key is the case-folded login name (what
                   // lookups and the uniqueness use), name keeps the spelling they chose.
                   u"CREATE TABLE operators ("
                   " id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE,"
                   " display_name TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL,"
                   " role TEXT NOT NULL CHECK (role IN ('admin', 'helpdesk')),"
                   " created_at {BIGINT} NOT NULL,"
                   " disabled INTEGER NOT NULL DEFAULT 0, disabled_at {BIGINT}, last_sign_in_at {BIGINT})"_s,
                   // Only keyed hashes of recovery codes: the database never yields a usable code.
                   u"CREATE TABLE recovery_codes ("
                   " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                   " code_hash TEXT NOT NULL, created_at {BIGINT} NOT NULL, used_at {BIGINT},"
                   " PRIMARY KEY (user_id, code_hash))"_s,
                   // Who acted: an operator's login name, "walk-up", or "api-key NAME". Rows from before
                   // version 4 have none.
                   u"ALTER TABLE audit_log ADD COLUMN actor TEXT"_s,
                   u"CREATE INDEX audit_log_actor ON audit_log (actor, at)"_s,
               });
}

Result<void> upgradeTo5(Database& database)
{
    // Users search at any size. Keyset paging walks (name_key, id).
    if (auto indexed = run(database, {u"CREATE INDEX users_name_id ON users (name_key, id)"_s}); !indexed) {
        return indexed;
    }
    if (database.dialect().isPostgres()) {
        // Trigram GIN indexes serve LIKE '%text%' (and the phone's '%1234'), so the Users search does not
        // scan the table. pg_trgm is a trusted extension: the database's owner may create it.
        if (auto extension = database.exec(u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s); !extension) {
            return fail(
                Error {extension.error().code,
                       Schema::tr("The PostgreSQL extension pg_trgm could not be created (%1). Let the database's "
                                  "owner or a superuser run CREATE EXTENSION pg_trgm; in the database, then start "
                                  "again.")
                           .arg(extension.error().message),
                       500});
        }
        return run(database,
                   {
                       u"CREATE INDEX users_name_key_trgm ON users USING gin (name_key gin_trgm_ops)"_s,
                       u"CREATE INDEX users_email_key_trgm ON users USING gin (email_key gin_trgm_ops)"_s,
                       u"CREATE INDEX users_username_key_trgm ON users USING gin (username_key gin_trgm_ops)"_s,
                       u"CREATE INDEX users_mobile_phone_trgm ON users USING gin (mobile_phone gin_trgm_ops)"_s,
                   });
    }
    // SQLite: a trigram full-text index over the search columns (contains-searches of 3 characters or
    // more answer from it instead of scanning), an external-content table kept in step by triggers.
    return run(
        database,
        {
            u"CREATE VIRTUAL TABLE users_search USING fts5("
            " name_key, email_key, username_key, mobile_phone,"
            " content = 'users', content_rowid = 'rowid', tokenize = 'trigram')"_s,
            u"CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN"
            " INSERT INTO users_search (rowid, name_key, email_key, username_key, mobile_phone)"
            " VALUES (new.rowid, new.name_key, new.email_key, new.username_key, new.mobile_phone); END"_s,
            u"CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN"
            " INSERT INTO users_search (users_search, rowid, name_key, email_key, username_key, mobile_phone)"
            " VALUES ('delete', old.rowid, old.name_key, old.email_key, old.username_key, old.mobile_phone); END"_s,
            u"CREATE TRIGGER users_search_update AFTER UPDATE OF name_key, email_key, username_key, mobile_phone"
            " ON users BEGIN"
            " INSERT INTO users_search (users_search, rowid, name_key, email_key, username_key, mobile_phone)"
            " VALUES ('delete', old.rowid, old.name_key, old.email_key, old.username_key, old.mobile_phone);"
            " INSERT INTO users_search (rowid, name_key, email_key, username_key, mobile_phone)"
            " VALUES (new.rowid, new.name_key, new.email_key, new.username_key, new.mobile_phone); END"_s,
            u"INSERT INTO users_search (users_search) VALUES ('rebuild')"_s,
        });
}

Result<void> upgradeTo6(Database& database)
{
    // Bulk import at a million users: users_name_key duplicated the first column of users_name_id, and
    // the search index's per-row column sizes (kept for ranking, which the Users search never does) cost a
    // write per user.
    if (auto dropped = run(database, {u"DROP INDEX users_name_key"_s}); !dropped) {
        return dropped;
    }
    if (database.dialect().isPostgres()) {
        return {};
    }
    return run(database,
               {
                   u"DROP TABLE users_search"_s,
                   u"CREATE VIRTUAL TABLE users_search USING fts5("
                   " name_key, email_key, username_key, mobile_phone,"
                   " content = 'users', content_rowid = 'rowid', tokenize = 'trigram', columnsize = 0)"_s,
                   u"INSERT INTO users_search (users_search) VALUES ('rebuild')"_s,
               });
}

Result<void> upgradeTo7(Database& database)
{
    return run(database,
               {
                   // What each text cost and who it came from: the sender used (a number, a short code, an
                   // alphanumeric sender ID or a Messaging Service SID), the segments billed and the
                   // encoding ("GSM-7", "UCS-2"). Rows from before version 7 have none.
                   u"ALTER TABLE sms_log ADD COLUMN sender TEXT"_s,
                   u"ALTER TABLE sms_log ADD COLUMN segments INTEGER"_s,
                   u"ALTER TABLE sms_log ADD COLUMN encoding TEXT"_s,
               });
}

Result<void> upgradeTo8(Database& database)
{
    return run(database,
               {
                   // Texts sent per minute (at / 60000), kept in step with sms_log by ActivityLog::logSms in
                   // the same transaction: the hourly limit adds up at most 61 of these instead of counting
                   // every send of the last hour (thousands in a flood) at each new send.
                   u"CREATE TABLE sms_minutes (minute {BIGINT} PRIMARY KEY, sends INTEGER NOT NULL)"_s,
                   u"INSERT INTO sms_minutes (minute, sends) SELECT at / 60000, count(*) FROM sms_log "
                   "GROUP BY at / 60000"_s,
               });
}

Result<void> upgradeTo9(Database& database)
{
    if (database.dialect().isPostgres()) {
        // PostgreSQL filters through its trigram indexes; its keyset index stays as it is.
        return {};
    }
    // SQLite: a search with many matches walks the users in name order and filters each on name, email,
    // username and phone ending. With only (name_key, id) in the index, every row passed over cost a seek
    // into the table for the other columns: at a million users, "ana" passed over 55,000 rows in about
    // 300 ms. With them in the index the walk reads only the index (about 20 ms).
    return run(database,
               {
                   u"CREATE INDEX users_name_search ON users (name_key, id, email_key, username_key, mobile_phone)"_s,
                   u"DROP INDEX users_name_id"_s,
               });
}

Result<void> upgradeTo10(Database& database)
{
    if (database.dialect().isPostgres()) {
        return {};
    }
    // SQLite: the search index's rowid is the user's place in the name order (SearchOrder), so the first
    // page of a search is its first matches. The phone's end is indexed with a '$' after it: "ends with
    // 0017" is the match "0017$", and a whole E.164 number with its '$' finds the users with that number. Users are
    // numbered a stride apart in name order; the name index holds the label, so finding a new user's neighbours reads
    // no table rows.
    return run(
        database,
        {
            u"ALTER TABLE users ADD COLUMN search_label INTEGER"_s,
            u"ALTER TABLE users ADD COLUMN phone_end TEXT GENERATED ALWAYS AS (mobile_phone || '$') VIRTUAL"_s,
            u"UPDATE users SET search_label = ordered.place * %1 FROM (SELECT rowid AS row, "
            "row_number() OVER (ORDER BY name_key, id) - 1 AS place FROM users) AS ordered "
            "WHERE users.rowid = ordered.row"_s.arg(SearchOrder::kStride),
            u"CREATE UNIQUE INDEX users_search_label ON users (search_label)"_s,
            // Users by phone are found through the search index (phone_end), which a bulk import writes
            // in one go; this index took an insert at a random place per imported user.
            u"DROP INDEX users_mobile_phone"_s,
            u"DROP INDEX users_name_search"_s,
            u"CREATE INDEX users_name_search ON users (name_key, id, email_key, username_key, mobile_phone, "
            "search_label)"_s,
            u"DROP TRIGGER users_search_insert"_s,
            u"DROP TRIGGER users_search_delete"_s,
            u"DROP TRIGGER users_search_update"_s,
            u"DROP TABLE users_search"_s,
            u"CREATE VIRTUAL TABLE users_search USING fts5(name_key, email_key, username_key, phone_end, "
            "content = 'users', content_rowid = 'search_label', tokenize = 'trigram', columnsize = 0)"_s,
            Schema::usersSearchInsertTrigger(),
            // A user without a label (none is made so) is in no search index entry.
            u"CREATE TRIGGER users_search_delete AFTER DELETE ON users WHEN old.search_label IS NOT NULL BEGIN"
            " INSERT INTO users_search (users_search, rowid, name_key, email_key, username_key, phone_end)"
            " VALUES ('delete', old.search_label, old.name_key, old.email_key, old.username_key, old.phone_end);"
            " END"_s,
            u"CREATE TRIGGER users_search_update AFTER UPDATE OF name_key, email_key, username_key, mobile_phone,"
            " search_label ON users BEGIN"
            " INSERT INTO users_search (users_search, rowid, name_key, email_key, username_key, phone_end)"
            " SELECT 'delete', old.search_label, old.name_key, old.email_key, old.username_key, old.phone_end"
            " WHERE old.search_label IS NOT NULL;"
            " INSERT INTO users_search (rowid, name_key, email_key, username_key, phone_end)"
            " SELECT new.search_label, new.name_key, new.email_key, new.username_key, new.phone_end"
            " WHERE new.search_label IS NOT NULL; END"_s,
            // FTS5 writes its pending entries out as a new segment at every 1 MB by default: a bulk import's
            // batch made several small segments that were then merged again.
            u"INSERT INTO users_search (users_search, rank) VALUES ('hashsize', 33554432)"_s,
            u"INSERT INTO users_search (users_search) VALUES ('rebuild')"_s,
        });
}

using Upgrade = std::function<Result<void>(Database&)>;

const Upgrade kUpgrades[] = {upgradeTo1, upgradeTo2, upgradeTo3, upgradeTo4, upgradeTo5,
                             upgradeTo6, upgradeTo7, upgradeTo8, upgradeTo9, upgradeTo10};
static_assert(std::size(kUpgrades) == Schema::kCurrentVersion);

Result<bool> hasMetaTable(Database& database)
{
    auto query = database.exec(database.dialect().tableExists(), {{u"table"_s, u"schema_meta"_s}});
    if (!query) {
        return fail(query.error());
    }
    return query->next();
}

} // namespace

QString Schema::usersSearchInsertTrigger()
{
    return u"CREATE TRIGGER users_search_insert AFTER INSERT ON users WHEN new.search_label IS NOT NULL BEGIN"
           " INSERT INTO users_search (rowid, name_key, email_key, username_key, phone_end)"
           " VALUES (new.search_label, new.name_key, new.email_key, new.username_key, new.phone_end); END"_s;
}

Result<QString> Schema::metaValue(Database& database, const QString& key)
{
    auto query = database.exec(u"SELECT value FROM schema_meta WHERE key = :key"_s, {{u"key"_s, key}});
    if (!query) {
        return fail(query.error());
    }
    return query->next() ? query->value(0).toString() : QString();
}

Result<void> Schema::setMetaValue(Database& database, const QString& key, const QString& value)
{
    auto done = database.exec(u"INSERT INTO schema_meta (key, value) VALUES (:key, :value) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                              {{u"key"_s, key}, {u"value"_s, value}});
    if (!done) {
        return fail(done.error());
    }
    return {};
}

Result<int> Schema::version(Database& database)
{
    auto exists = hasMetaTable(database);
    if (!exists) {
        return fail(exists.error());
    }
    if (!*exists) {
        return 0;
    }
    auto value = metaValue(database, u"schema_version"_s);
    if (!value) {
        return fail(value.error());
    }
    bool ok = false;
    const int version = value->toInt(&ok);
    if (!ok || version < 1) {
        return fail(Error {u"[DatabaseCorrupt]"_s,
                           tr("%1 has no valid schema version; it is damaged or not a TwoFactorKiosk database.")
                               .arg(database.location()),
                           500});
    }
    return version;
}

Result<void> Schema::migrate(Database& database, int target)
{
    auto current = version(database);
    if (!current) {
        return fail(current.error());
    }
    if (*current > kCurrentVersion) {
        return fail(Error {u"[DatabaseTooNew]"_s,
                           tr("The database %1 was written by a newer TwoFactorKiosk (schema version %2; this program "
                              "knows up to %3). Use the newer program, or a backup made with this one.")
                               .arg(database.location())
                               .arg(*current)
                               .arg(kCurrentVersion),
                           500});
    }
    for (int next = *current + 1; next <= std::min(target, kCurrentVersion); ++next) {
        auto transaction = Transaction::begin(database);
        if (!transaction) {
            return fail(transaction.error());
        }
        // Another desk starting at the same moment may have done this step while this one waited for
        // the writer lock: read the version again under it.
        auto now = version(database);
        if (!now) {
            return fail(now.error());
        }
        if (*now >= next) {
            if (auto committed = transaction->commit(); !committed) {
                return fail(committed.error());
            }
            continue;
        }
        if (auto upgraded = kUpgrades[next - 1](database); !upgraded) {
            return fail(Error {
                upgraded.error().code,
                tr("Upgrading the database to schema version %1 failed: %2").arg(next).arg(upgraded.error().message),
                500});
        }
        if (auto stamped = setMetaValue(database, u"schema_version"_s, QString::number(next)); !stamped) {
            return fail(stamped.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
    }
    return {};
}

} // namespace tfk
