#pragma once

// The thin seam between SQLite and PostgreSQL: the few type names and statements that differ.
// Every query elsewhere is portable SQL with named placeholders.

#include <QString>
#include <QStringList>

namespace tfk {

enum class SqlDriver
{
    Sqlite,
    Postgres
};

class SqlDialect
{
public:
    // The key of the one advisory lock every PostgreSQL write transaction takes (ASCII "TFKWRITE").
    static constexpr qint64 kWriteLockKey = 0x54464b5752495445LL;

    explicit SqlDialect(SqlDriver driver)
        : m_driver(driver)
    {
    }

    SqlDriver driver() const { return m_driver; }
    bool isPostgres() const { return m_driver == SqlDriver::Postgres; }
    // Qt's driver name: "QSQLITE" or "QPSQL".
    QString qtDriverName() const;
    // Replaces {AUTO_ID}, {BIGINT} and {BLOB} in a DDL statement with this dialect's types.
    QString ddl(QString statement) const;
    // The statements that open a write transaction holding the single writer lock. SQLite: BEGIN
    // IMMEDIATE. PostgreSQL: BEGIN plus one transaction-scoped advisory lock, because READ COMMITTED
    // alone would let two read-check-write steps interleave; released at COMMIT or ROLLBACK.
    QStringList beginWrite() const;
    // One row when the table exists in the connection's schema (":table" bound).
    QString tableExists() const;
    // The server's clock, in milliseconds since the epoch (one row, one column).
    QString currentTimeMs() const;

private:
    SqlDriver m_driver;
};

} // namespace tfk
