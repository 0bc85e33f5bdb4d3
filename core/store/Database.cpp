#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// SQLite primary result codes (the low byte of an extended code).
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

// Names of the connections opened on this thread. Worker threads come and go (a thread pool may
// retire them), and QtSql ties a connection to the thread that opened it, so each thread gets a
// serial of its own (thread ids are reused) and its connections are removed when it ends.
class ThreadConnections
{
public:
    ~ThreadConnections()
    {
        // The main thread's end comes after QCoreApplication's, when drivers may be gone: its
        // connections are closed by ~Database.
        if (mainThread) {
            return;
        }
        for (const QString& name : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
    quint64 serial = nextSerial();
    bool mainThread = QThread::isMainThread();
    QStringList names;

private:
    static quint64 nextSerial()
    {
        static std::atomic<quint64> counter {0};
        return ++counter;
    }
};

ThreadConnections& threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_dialect(m_config.driver)
{
}

Database::~Database()
{
    closeThreadConnection();
}

QString Database::location() const
{
    if (m_config.driver == SqlDriver::Sqlite) {
        return QDir::toNativeSeparators(m_config.path);
    }
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_config.userName, m_config.host)
        .arg(m_config.port)
        .arg(m_config.databaseName);
}

QString Database::connectionName() const
{
    return m_config.connectionPrefix % u"-t"_s % QString::number(threadConnections().serial);
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            return db;
        }
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect.qtDriverName())) {
        return fail(
            Error {u"[DatabaseDriverMissing]"_s,
                   tr("Qt's %1 database driver is not installed (Debian: libqt6sql6-%2).")
                       .arg(m_dialect.qtDriverName(), m_config.driver == SqlDriver::Sqlite ? u"sqlite"_s : u"psql"_s),
                   500});
    }
    if (!QSqlDatabase::contains(name)) {
        threadConnections().names.append(name);
    }
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(m_dialect.qtDriverName(), name);
    if (m_config.driver == SqlDriver::Sqlite) {
        if (m_config.path.isEmpty()) {
            return fail(Error {u"[DatabaseError]"_s, tr("No database file is configured."), 500});
        }
        const QFileInfo file(m_config.path);
        if (!QDir().mkpath(file.absolutePath())) {
            return fail(Error {
                u"[DatabaseError]"_s,
                tr("Cannot create the folder %1 for the database.").arg(QDir::toNativeSeparators(file.absolutePath())),
                500});
        }
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_config.busyTimeoutMs));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.userName);
        db.setPassword(m_config.password);
        db.setConnectOptions(u"connect_timeout=10"_s);
    }
    if (!db.open()) {
        const Error error = errorFrom(db.lastError());
        return fail(Error {error.code, tr("Cannot open the database %1: %2").arg(location(), error.message), 500});
    }
    if (auto configured = configure(db); !configured) {
        db.close();
        return fail(configured.error());
    }
    return db;
}

Result<void> Database::configure(QSqlDatabase& db)
{
    if (m_config.driver != SqlDriver::Sqlite) {
        return {};
    }
    // WAL lets readers work while one writer writes; foreign keys are off by default in SQLite.
    const QString pragmas[]
        = {u"PRAGMA busy_timeout = %1"_s.arg(m_config.busyTimeoutMs), u"PRAGMA journal_mode = WAL"_s,
           u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s};
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            return fail(errorFrom(query.lastError()));
        }
    }
    // A file that is not a database only fails on the first real read.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        return fail(errorFrom(probe.lastError()));
    }
    return {};
}

void Database::closeThreadConnection()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    threadConnections().names.removeAll(name);
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantMap& bindings)
{
    auto db = connection();
    if (!db) {
        return fail(db.error());
    }
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return fail(errorFrom(query.lastError()));
    }
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        query.bindValue(u':' % it.key(), it.value());
    }
    if (!query.exec()) {
        return fail(errorFrom(query.lastError()));
    }
    return query;
}

Result<void> Database::execOne(const QString& sql, const QVariantMap& bindings, const QString& what)
{
    auto query = exec(sql, bindings);
    if (!query) {
        return fail(query.error());
    }
    if (query->numRowsAffected() != 1) {
        return fail(Error {u"[notFound]"_s, tr("%1 was not found.").arg(what), 404});
    }
    return {};
}

Error Database::errorFrom(const QSqlError& error) const
{
    const QString native = error.nativeErrorCode();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (m_config.driver == SqlDriver::Sqlite) {
        bool numeric = false;
        const int code = native.toInt(&numeric) & 0xff;
        if (numeric) {
            switch (code) {
            case SqliteBusy:
            case SqliteLocked:
                return Error {u"[DatabaseBusy]"_s,
                              tr("The database is busy: another program or kiosk holds it locked. Try again in a "
                                 "moment; nothing was changed."),
                              503, QString(), 1};
            case SqliteFull:
                return Error {u"[DatabaseFull]"_s,
                              tr("The disk holding the database is full. Free some space and try again; nothing was "
                                 "changed."),
                              507};
            case SqliteReadOnly:
                return Error {u"[DatabaseReadOnly]"_s,
                              tr("The database is read-only: check the permissions of %1.").arg(location()), 500};
            case SqliteCorrupt:
            case SqliteNotADb:
                return Error {
                    u"[DatabaseCorrupt]"_s,
                    tr("%1 is damaged or is not a TwoFactorKiosk database. Restore it from a backup.").arg(location()),
                    500};
            case SqliteCantOpen:
                return Error {u"[DatabaseError]"_s, tr("Cannot open the database file %1.").arg(location()), 500};
            case SqliteIoErr:
                return Error {u"[DatabaseError]"_s,
                              tr("The disk reported an error while reading or writing the database (%1).").arg(detail),
                              500};
            case SqliteConstraint:
                return Error {u"[DatabaseConstraint]"_s, tr("The database refused the change: %1.").arg(detail), 409};
            default:
                break;
            }
        }
    } else {
        if (native == u"53100"_s) {
            return Error {u"[DatabaseFull]"_s, tr("The database server's disk is full; nothing was changed."), 507};
        }
        if (native.startsWith(u"23"_s)) {
            return Error {u"[DatabaseConstraint]"_s, tr("The database refused the change: %1.").arg(detail), 409};
        }
        if (native == u"40001"_s || native == u"40P01"_s || native == u"55P03"_s) {
            return Error {u"[DatabaseBusy]"_s,
                          tr("The database is busy with a conflicting change. Try again; nothing was changed."), 503,
                          QString(), 1};
        }
        if (error.type() == QSqlError::ConnectionError) {
            return Error {u"[DatabaseUnavailable]"_s,
                          tr("Cannot reach the database server %1: %2").arg(location(), detail), 503};
        }
    }
    return Error {u"[DatabaseError]"_s, tr("The database reported an error: %1").arg(detail), 500};
}

Result<Transaction> Transaction::begin(Database& database)
{
    auto begun = database.exec(database.dialect().beginWrite());
    if (!begun) {
        return fail(begun.error());
    }
    return Transaction(&database);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(other.m_database)
    , m_active(other.m_active)
{
    other.m_active = false;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active) {
        return fail(Error {u"[DatabaseError]"_s, tr("The transaction had already ended."), 500});
    }
    auto committed = m_database->exec(u"COMMIT"_s);
    if (!committed) {
        rollback();
        return fail(committed.error());
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        (void)m_database->exec(u"ROLLBACK"_s);
    }
}

} // namespace tfk
