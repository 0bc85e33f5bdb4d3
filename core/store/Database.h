#pragma once

#include <functional>

// Owns the database configuration and hands each thread its own named connection (SQLite: WAL,
// foreign keys and a busy timeout; PostgreSQL: a connect timeout and a lock timeout); runs queries
// with bound values and turns driver failures into plain sentences (busy, full disk, read-only,
// corrupt, server unreachable). A PostgreSQL connection that is lost is dropped and reopened by the
// next operation; a transaction it was in fails as a whole.

#include "SqlDialect.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace tfk {

struct ThreadState;

struct DatabaseConfig
{
    SqlDriver driver = SqlDriver::Sqlite;
    QString path; // SQLite: the file
    QString host; // PostgreSQL
    int port = 5432;
    QString databaseName;
    QString userName;
    // Only ever in memory: from the URL given on the command line. Empty: libpq reads PGPASSWORD or
    // the pgpass file itself.
    QString password;
    // Further libpq connection keywords from the URL's query (sslmode, sslrootcert, ...).
    QList<std::pair<QString, QString>> options;
    int connectTimeoutSeconds = 5;
    int busyTimeoutMs = 5000;
    // Connections are named "<prefix>-<thread>"; tests give each database its own prefix.
    QString connectionPrefix = QStringLiteral("tfk");

    // A SQLite file path, or "postgresql://user:password@host:port/dbname?sslmode=..." (also
    // "postgres://"); fails with a sentence for a URL it cannot use.
    static Result<DatabaseConfig> fromLocation(const QString& location);
    static bool isPostgresUrl(const QString& location);
    // The URL without its password (for the settings file, which never holds one).
    static QString withoutPassword(const QString& location);
    static bool hasPassword(const QString& location) { return withoutPassword(location) != location; }
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
    // The server's clock minus `localMs`, in milliseconds (SQLite: the same computer, so about 0).
    Result<qint64> clockOffsetMs(qint64 localMs);

    // Prepares, binds (":name" -> value) and executes; the query is positioned before the first row.
    Result<QSqlQuery> exec(const QString& sql, const QVariantMap& bindings = {});
    // The same with "?" placeholders bound in order.
    Result<QSqlQuery> execPositional(const QString& sql, const QVariantList& values);
    // Prepares once, then executes once per value set ("?" placeholders): bulk writes. The driver turns
    // every placeholder into a name that SQLite resolves by a linear search, so a statement with
    // thousands of values costs O(n^2) to prepare: many small executions of one statement instead.
    Result<void> execEach(const QString& sql, const QList<QVariantList>& valueSets);
    // For statements that must change exactly one row: "[notFound]" when none changed.
    Result<void> execOne(const QString& sql, const QVariantMap& bindings, const QString& what);

    // The sentence and code for a failed statement (busy, full, read-only, corrupt, ...).
    Error errorFrom(const class QSqlError& error) const;

private:
    friend class Transaction;
    QString connectionName() const;
    Result<void> configure(QSqlDatabase& db);
    // `run` binds and executes a prepared query (false: it failed, see lastError()).
    using Run = std::function<bool(QSqlQuery&)>;
    Result<QSqlQuery> execOn(const QString& sql, bool hasValues, const Run& run, bool* lost);
    Result<QSqlQuery> execRetrying(const QString& sql, bool hasValues, const Run& run);
    // A lost PostgreSQL connection: removed, so the next operation opens a new one.
    void dropLostConnection();
    ThreadState& threadState();
    Error connectionLost(const QString& detail) const;

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
