#pragma once

#include <functional>
#include <memory>

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
class StatementCache;

// A statement that ran, positioned before its first row. Its prepared query is borrowed from the
// calling thread's statement cache and handed back, finished and ready to run again, when the
// Statement goes out of scope: each distinct SQL text is parsed once per connection, not per call.
class Statement
{
public:
    Statement(Statement&& other) noexcept = default;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    const QSqlQuery& query() const { return m_query; }
    operator const QSqlQuery&() const { return m_query; }

private:
    friend class Database;
    Statement(QSqlQuery query, QString sql, std::weak_ptr<StatementCache> cache)
        : m_query(std::move(query))
        , m_sql(std::move(sql))
        , m_cache(std::move(cache))
    {
    }
    void giveBack();

    QSqlQuery m_query;
    QString m_sql;
    // Empty for a statement that is not cached (PostgreSQL's simple queries); expired once the
    // connection it was prepared on is closed.
    std::weak_ptr<StatementCache> m_cache;
};

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
    // How many statements the calling thread's connection has prepared since it opened: one per distinct
    // SQL text while the statement cache holds them (a diagnostic, and what the tests check).
    qint64 preparedStatements();
    // Whether the calling thread is inside a Transaction.
    bool inTransaction();
    // The server's clock minus `localMs`, in milliseconds (SQLite: the same computer, so about 0).
    Result<qint64> clockOffsetMs(qint64 localMs);

    // Prepares (once per connection and SQL text), binds (":name" -> value) and executes.
    Result<Statement> exec(const QString& sql, const QVariantMap& bindings = {});
    // The same with "?" placeholders bound in order.
    Result<Statement> execPositional(const QString& sql, const QVariantList& values);
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
    const QString& connectionName() const;
    Result<void> configure(QSqlDatabase& db);
    // `run` binds and executes a prepared query (false: it failed, see lastError()).
    using Run = std::function<bool(QSqlQuery&)>;
    Result<Statement> execOn(const QString& sql, bool hasValues, const Run& run, bool* lost);
    Result<Statement> execRetrying(const QString& sql, bool hasValues, const Run& run);
    // A lost PostgreSQL connection: removed, so the next operation opens a new one.
    void dropLostConnection();
    ThreadState& threadState();
    Error connectionLost(const QString& detail) const;

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    quint64 m_serial; // tells this database's connections from those of one made later at the same address
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

// `work` (returning a Result) inside the calling thread's transaction, or else inside one of its own that
// is committed when `work` succeeded.
template <typename Work> auto withinTransaction(Database& database, Work&& work) -> decltype(work())
{
    if (database.inTransaction()) {
        return work();
    }
    auto transaction = Transaction::begin(database);
    if (!transaction) {
        return fail(transaction.error());
    }
    auto result = work();
    if (!result) {
        return result;
    }
    if (auto committed = transaction->commit(); !committed) {
        return fail(committed.error());
    }
    return result;
}

} // namespace tfk
