#include "SqlDialect.h"

using namespace Qt::StringLiterals;

namespace tfk {

QString SqlDialect::qtDriverName() const
{
    return isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s;
}

QString SqlDialect::ddl(QString statement) const
{
    const bool pg = isPostgres();
    statement.replace(u"{AUTO_ID}"_s, pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    statement.replace(u"{BIGINT}"_s, pg ? u"BIGINT"_s : u"INTEGER"_s);
    statement.replace(u"{BLOB}"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    return statement;
}

QStringList SqlDialect::beginWrite() const
{
    if (isPostgres()) {
        return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriteLockKey)};
    }
    return {u"BEGIN IMMEDIATE"_s};
}

QString SqlDialect::tableExists() const
{
    // A scan of pg_class with this statement's snapshot, not to_regclass(): that answers from the
    // catalog cache, which inside a transaction that waited for the writer lock may not yet know a
    // table another desk's migration just committed.
    return isPostgres()
        ? u"SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
          "WHERE c.relname = :table AND n.nspname = current_schema()"_s
        : u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :table"_s;
}

QString SqlDialect::currentTimeMs() const
{
    // clock_timestamp(), not now(): now() is the start of the transaction.
    return isPostgres() ? u"SELECT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS BIGINT)"_s
                        : u"SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"_s;
}

} // namespace tfk
