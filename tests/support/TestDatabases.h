#pragma once

// Where a test's databases live. By default SQLite files in a temporary folder; when the
// environment names a PostgreSQL server (TFK_TEST_DATABASE=postgresql://..., or
// TFK_TEST_DATABASE_FILE=a file holding that URL, which the CTest fixture writes), a fresh
// database on that server for each create(), dropped again at the end. So one test executable
// runs against both engines.

#include "store/Database.h"

#include <QTemporaryDir>

namespace tfk::test {

class TestDatabases
{
public:
    TestDatabases();
    ~TestDatabases();
    TestDatabases(const TestDatabases&) = delete;
    TestDatabases& operator=(const TestDatabases&) = delete;

    // True when the tests run against PostgreSQL.
    static bool postgres();
    // The server's URL (its maintenance database), empty for SQLite; fails when the environment names
    // a server that did not start (never a silent fall-back to SQLite).
    static Result<QString> serverUrl();

    enum class Content
    {
        Empty,
        // At the current schema version: on PostgreSQL a copy of a template migrated once per server,
        // which spares every service fixture the migrations (about half a second each).
        Migrated,
    };
    // A new database ("name" is the SQLite file name; on PostgreSQL a fresh database). SQLite
    // databases always start empty (migrating a file is fast). A failure is recorded (problem()) and
    // answers a configuration that cannot open.
    DatabaseConfig create(const QString& name, int busyTimeoutMs = 5000, Content content = Content::Empty);
    // What --database takes for it: the SQLite file, or the PostgreSQL URL (no password: the test
    // cluster trusts loopback).
    static QString location(const DatabaseConfig& config);
    // The same database again, with its own connection names (a second desk).
    static DatabaseConfig another(const DatabaseConfig& config);

    // Every byte the database holds, for "nothing secret is stored" checks: SQLite the file with its
    // WAL and journal; PostgreSQL the text of every row of every table.
    static QByteArray storedBytes(Database& database);

    QByteArray problem() const { return m_problem; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    Result<QString> migratedTemplate(const DatabaseConfig& server);

    QTemporaryDir m_dir;
    QByteArray m_problem;
    std::unique_ptr<Database> m_admin;
    QStringList m_created;
};

} // namespace tfk::test
