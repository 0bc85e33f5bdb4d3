#pragma once

// The thin seam between SQLite and PostgreSQL: the few type names and statements that differ.
// Every query elsewhere is portable SQL with named placeholders.

#include <QString>

namespace tfk {

enum class SqlDriver
{
    Sqlite,
    Postgres
};

class SqlDialect
{
public:
    explicit SqlDialect(SqlDriver driver)
        : m_driver(driver)
    {
    }

    SqlDriver driver() const { return m_driver; }
    // Qt's driver name: "QSQLITE" or "QPSQL".
    QString qtDriverName() const;
    // Replaces {AUTO_ID}, {BIGINT} and {BLOB} in a DDL statement with this dialect's types.
    QString ddl(QString statement) const;
    // Opens a transaction that takes the write lock at once (SQLite's BEGIN IMMEDIATE), so two
    // writers queue on the busy timeout instead of deadlocking on a lock upgrade.
    QString beginWrite() const;

private:
    SqlDriver m_driver;
};

} // namespace tfk
