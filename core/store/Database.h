#pragma once

// Owns the database configuration and hands each thread its own named connection (opened with WAL,
// foreign keys and a busy timeout); runs queries with bound values and turns driver failures into
// plain sentences (busy, full disk, read-only, corrupt).

#include "SqlDialect.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace tfk {

struct DatabaseConfig
{
    SqlDriver driver = SqlDriver::Sqlite;
    QString path; // SQLite: the file
    QString host; // PostgreSQL
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password;
    int busyTimeoutMs = 5000;
    // Connections are named "<prefix>-<thread>"; tests give each database its own prefix.
    QString connectionPrefix = QStringLiteral("tfk");
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(tfk::Database)

public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseConfig& config() const { return m_config; }
    const SqlDialect& dialect() const { return m_dialect; }
    // Where the data is, for the status bar and messages ("/home/x/.local/share/.../kiosk.db").
    QString location() const;

    // The calling thread's connection, opened on first use. Never keep it: fetch it each time.
    Result<QSqlDatabase> connection();
    // Closes the calling thread's connection (call before a worker thread ends).
    void closeThreadConnection();

    // Prepares, binds (":name" -> value) and executes; the query is positioned before the first row.
    Result<QSqlQuery> exec(const QString& sql, const QVariantMap& bindings = {});
    // For statements that must change exactly one row: "[notFound]" when none changed.
    Result<void> execOne(const QString& sql, const QVariantMap& bindings, const QString& what);

    // The sentence and code for a failed statement (busy, full, read-only, corrupt, ...).
    Error errorFrom(const class QSqlError& error) const;

private:
    QString connectionName() const;
    Result<void> configure(QSqlDatabase& db);

    DatabaseConfig m_config;
    SqlDialect m_dialect;
};

// A write transaction on the calling thread's connection; rolled back unless committed.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(tfk::Transaction)

public:
    static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();

private:
    explicit Transaction(Database* database)
        : m_database(database)
    {
    }

    Database* m_database;
    bool m_active = true;
};

} // namespace tfk
