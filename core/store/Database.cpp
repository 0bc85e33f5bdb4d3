#include "Database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

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

// SQLite's own busy handler sleeps 1, 2, 5, 10, 15 ... ms between tries. A write transaction here lasts tens of
// microseconds, so two storage threads meeting at the writer lock lost a millisecond or more each time (some 600
// sleeps in a 1,000-user bench_flows run, with the cores half idle). This one tries again after 20 us, doubling
// up to 1 ms, until the busy timeout (milliseconds, carried in `timeoutMs`) has passed since the first try.
// A connection is used by one thread only, so the start of the wait is the thread's.
int retryShortly(void* timeoutMs, int tries)
{
    using Clock = std::chrono::steady_clock;
    thread_local Clock::time_point firstTry;
    const Clock::time_point now = Clock::now();
    if (tries == 0) {
        firstTry = now;
    }
    const auto timeout = std::chrono::milliseconds(reinterpret_cast<qintptr>(timeoutMs));
    if (now - firstTry >= timeout) {
        return 0; // SQLITE_BUSY: "[DatabaseBusy]"
    }
    const auto pause = std::chrono::microseconds(20 << std::min(tries, 6));
    std::this_thread::sleep_for(
        std::min<Clock::duration>(std::min(pause, std::chrono::microseconds(1000)), firstTry + timeout - now));
    return 1;
}

// A statement that writes, run outside a transaction. SQLite's file lock makes it wait for the writer of the
// moment; PostgreSQL's writer lock is an advisory lock that only transactions take, so there such a write could
// land between another desk's read and write and be overwritten by it (tst_database's
// writersOfOneProcessTakeTurns lost 40 of 600 increments that way): it runs in a transaction of its own.
bool writesAlone(QStringView sql)
{
    sql = sql.trimmed();
    return sql.startsWith(u"INSERT", Qt::CaseInsensitive) || sql.startsWith(u"UPDATE", Qt::CaseInsensitive)
        || sql.startsWith(u"DELETE", Qt::CaseInsensitive) || sql.startsWith(u"MERGE", Qt::CaseInsensitive);
}

} // namespace

// What a thread's connection is in the middle of: a lost connection inside a transaction is not
// silently replaced (the rest of the transaction would run outside it).
struct ThreadState
{
    bool inTransaction = false;
    bool lost = false;
    // The connection's prepared statements; dropped before the connection closes.
    std::shared_ptr<StatementCache> statements;
    qint64 prepared = 0;

    void endTransaction()
    {
        inTransaction = false;
        lost = false;
    }
};

// Prepared queries of one connection, by SQL text, each either here or lent to a Statement. Used only
// on the thread that owns the connection.
class StatementCache
{
public:
    // SQL put together from varying parts (search filters) must not grow it without end.
    static constexpr std::size_t kMaxStatements = 256;

    std::optional<QSqlQuery> take(const QString& sql)
    {
        const auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            return std::nullopt;
        }
        QSqlQuery query = std::move(it->second);
        m_queries.erase(it);
        return query;
    }
    // A second query of the same text (lent out while the first was) is not kept.
    void put(const QString& sql, QSqlQuery query)
    {
        if (m_queries.size() >= kMaxStatements) {
            if (m_queries.contains(sql)) {
                return;
            }
            m_queries.erase(m_queries.begin());
        }
        // Does nothing (and leaves `query` alone) when the text is already there.
        m_queries.try_emplace(sql, std::move(query));
    }
    QThread* owner() const { return m_owner; }

private:
    // SQL texts run to hundreds of characters and differ in their length or near an end: mixing the
    // length and 32 characters at each end, 4 at a time, spreads them well for a fraction of qHash's
    // cost (equal hashes are told apart by comparing the texts).
    struct SqlTextHash
    {
        std::size_t operator()(const QString& sql) const noexcept
        {
            const auto* bytes = reinterpret_cast<const char*>(sql.constData());
            const qsizetype size = sql.size();
            const qsizetype ends = std::min<qsizetype>(size, 32) & ~qsizetype(3);
            quint64 hash = quint64(size) * 0x9E3779B97F4A7C15ull;
            const auto mix = [&](qsizetype from, qsizetype to) {
                for (qsizetype i = from; i < to; i += 4) {
                    quint64 word;
                    std::memcpy(&word, bytes + i * 2, sizeof word);
                    hash = (hash ^ word) * 0x100000001B3ull;
                    hash ^= hash >> 29;
                }
            };
            mix(0, ends);
            mix(size - ends, size);
            return std::size_t(hash);
        }
    };

    QThread* m_owner = QThread::currentThread();
    std::unordered_map<QString, QSqlQuery, SqlTextHash> m_queries;
};

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_query = std::move(other.m_query);
        m_sql = std::move(other.m_sql);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Statement::~Statement()
{
    giveBack();
}

void Statement::giveBack()
{
    const std::shared_ptr<StatementCache> cache = m_cache.lock();
    m_cache.reset();
    if (cache && cache->owner() == QThread::currentThread()) {
        // Resets the statement (SQLite: sqlite3_reset), so it holds no read lock while it waits.
        m_query.finish();
        cache->put(m_sql, std::move(m_query));
    }
}

namespace {

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
        // No prepared query may outlive its connection.
        for (auto& [name, state] : states) {
            state.statements.reset();
        }
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
    // Node-based: a state keeps its address until it is removed (the cache below points at one).
    std::unordered_map<QString, ThreadState> states;
    // The name and state of the database this thread used last: most threads use one, and building
    // the name and finding its state on every statement cost more than a cached statement's bindings.
    quint64 lastDatabase = 0;
    QString lastName;
    ThreadState* lastState = nullptr;

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

bool DatabaseConfig::isPostgresUrl(const QString& location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString DatabaseConfig::withoutPassword(const QString& location)
{
    if (!isPostgresUrl(location)) {
        return location;
    }
    QUrl url(location, QUrl::StrictMode);
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"password"_s);
    url.setQuery(query);
    return url.toString();
}

Result<DatabaseConfig> DatabaseConfig::fromLocation(const QString& location)
{
    DatabaseConfig config;
    if (!isPostgresUrl(location)) {
        config.path = location;
        return config;
    }
    const auto invalid = [&](const QString& why) {
        return fail(Error {u"[DatabaseUrl]"_s,
                           QCoreApplication::translate("tfk::Database", "The database URL %1 cannot be used: %2")
                               .arg(withoutPassword(location), why),
                           500});
    };
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        return invalid(QCoreApplication::translate(
                           "tfk::Database", "write it as postgresql://user@host:port/dbname?sslmode=require (%1).")
                           .arg(url.errorString()));
    }
    config.driver = SqlDriver::Postgres;
    config.host = url.host(QUrl::FullyDecoded);
    config.port = url.port(5432);
    config.userName = url.userName(QUrl::FullyDecoded);
    config.password = url.password(QUrl::FullyDecoded);
    config.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (config.databaseName.isEmpty() || config.databaseName.contains(u'/')) {
        return invalid(
            QCoreApplication::translate("tfk::Database", "it names no database (postgresql://user@host:port/dbname)."));
    }
    // libpq's own keywords; anything else is most likely a typo, and refusing it says so.
    static const QStringList allowed
        = {u"sslmode"_s,     u"sslrootcert"_s,          u"sslcert"_s,    u"sslkey"_s,         u"sslcrl"_s,
           u"sslpassword"_s, u"application_name"_s,     u"host"_s,       u"hostaddr"_s,       u"connect_timeout"_s,
           u"password"_s,    u"target_session_attrs"_s, u"gssencmode"_s, u"channel_binding"_s};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key)) {
            return invalid(QCoreApplication::translate("tfk::Database",
                                                       "\"%1\" is not a connection setting it knows "
                                                       "(known: %2).")
                               .arg(key, allowed.join(u", "_s)));
        }
        if (value.contains(u';')) {
            return invalid(
                QCoreApplication::translate("tfk::Database", "the value of %1 contains a semicolon.").arg(key));
        }
        if (key == u"password"_s) {
            config.password = value;
        } else if (key == u"host"_s) {
            config.host = value;
        } else if (key == u"connect_timeout"_s) {
            bool ok = false;
            config.connectTimeoutSeconds = value.toInt(&ok);
            if (!ok || config.connectTimeoutSeconds < 1) {
                return invalid(QCoreApplication::translate("tfk::Database", "connect_timeout must be whole seconds."));
            }
        } else {
            config.options.append({key, value});
        }
    }
    return config;
}

namespace {

quint64 nextDatabaseSerial()
{
    static std::atomic<quint64> counter {0};
    return ++counter;
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_dialect(m_config.driver)
    , m_serial(nextDatabaseSerial())
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

ThreadState& Database::threadState()
{
    ThreadConnections& connections = threadConnections();
    const QString& name = connectionName();
    if (!connections.lastState) {
        connections.lastState = &connections.states[name];
    }
    return *connections.lastState;
}

Error Database::connectionLost(const QString& detail) const
{
    return Error {u"[DatabaseUnavailable]"_s,
                  tr("The connection to the database server %1 was lost (%2). The step was not completed; the kiosk "
                     "reconnects when you try again.")
                      .arg(location(), detail.trimmed()),
                  503, QString(), 5};
}

const QString& Database::connectionName() const
{
    ThreadConnections& connections = threadConnections();
    if (connections.lastDatabase != m_serial) {
        connections.lastDatabase = m_serial;
        connections.lastName = m_config.connectionPrefix % u"-t"_s % QString::number(connections.serial);
        connections.lastState = nullptr;
    }
    return connections.lastName;
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = connectionName();
    if (const ThreadState& state = threadState(); state.lost && state.inTransaction) {
        return fail(connectionLost(tr("in the middle of a transaction")));
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            return db;
        }
        // Closed under this thread (libpq found the server gone while the thread was idle): it is opened
        // again below, on a new session that knows none of the statements prepared on the old one.
        threadState().statements.reset();
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
        // libpq keywords, quoted; QPSQL joins them with spaces (a ';' would split a value).
        const auto quoted = [](QString value) {
            return u'\'' % value.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s) % u'\'';
        };
        QStringList options = {u"connect_timeout="_s % QString::number(m_config.connectTimeoutSeconds)};
        bool named = false;
        for (const auto& [key, value] : m_config.options) {
            options << key % u'=' % quoted(value);
            named = named || key == u"application_name"_s;
        }
        if (!named) {
            options << u"application_name=twofactor-kiosk"_s;
        }
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        if (m_config.driver == SqlDriver::Postgres) {
            return fail(Error {
                u"[DatabaseUnavailable]"_s,
                tr("Cannot connect to the PostgreSQL server for %1: %2 Check that the server runs and accepts "
                   "connections from this computer, and the URL, user and password (PGPASSWORD or ~/.pgpass).")
                    .arg(location(),
                         error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed()),
                503, QString(), 5});
        }
        const Error mapped = errorFrom(error);
        return fail(Error {mapped.code, tr("Cannot open the database %1: %2").arg(location(), mapped.message), 500});
    }
    if (auto configured = configure(db); !configured) {
        db.close();
        return fail(configured.error());
    }
    return db;
}

Result<void> Database::configure(QSqlDatabase& db)
{
    if (m_config.driver == SqlDriver::Postgres) {
        // The writer lock waits as long as SQLite's busy timeout, then answers [DatabaseBusy].
        QSqlQuery query(db);
        if (!query.exec(u"SET lock_timeout = %1"_s.arg(m_config.busyTimeoutMs))) {
            return fail(errorFrom(query.lastError()));
        }
        return {};
    }
    // WAL lets readers work while one writer writes; foreign keys are off by default in SQLite.
    const QString pragmas[]
        = {u"PRAGMA busy_timeout = %1"_s.arg(m_config.busyTimeoutMs), u"PRAGMA journal_mode = WAL"_s,
           u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA wal_autocheckpoint = 4000"_s};
    // Switching a new file to WAL takes an exclusive lock, and SQLite answers "busy" at once (no busy handler)
    // while another connection holds any lock on it: two desks opening a new database at the same moment.
    // Once either has switched, the file stays in WAL and the other's switch needs no lock.
    const QDeadlineTimer deadline(m_config.busyTimeoutMs);
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        while (!query.exec(pragma)) {
            const bool busy = (query.lastError().nativeErrorCode().toInt() & 0xff) == SqliteBusy;
            if (!busy || deadline.hasExpired()) {
                return fail(errorFrom(query.lastError()));
            }
            QThread::msleep(1);
        }
    }
    // Qt's SQLite driver is linked to the system's libsqlite3 (Debian's is), the library called here.
    if (const QVariant handle = db.driver()->handle(); qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData())) {
            sqlite3_busy_handler(connection, &retryShortly, reinterpret_cast<void*>(qintptr(m_config.busyTimeoutMs)));
        }
    }
    // A file that is not a database only fails on the first real read.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        return fail(errorFrom(probe.lastError()));
    }
    return {};
}

bool Database::inTransaction()
{
    return threadState().inTransaction;
}

qint64 Database::preparedStatements()
{
    return threadState().prepared;
}

void Database::closeThreadConnection()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name)) {
        return;
    }
    // No prepared query may outlive its connection.
    if (const auto state = threadConnections().states.find(name); state != threadConnections().states.end()) {
        state->second.statements.reset();
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    threadConnections().names.removeAll(name);
    threadConnections().states.erase(name);
    threadConnections().lastState = nullptr;
}

void Database::dropLostConnection()
{
    const bool inTransaction = threadState().inTransaction;
    closeThreadConnection();
    threadState() = ThreadState {inTransaction, inTransaction, {}, 0};
}

Result<Statement> Database::exec(const QString& sql, const QVariantMap& bindings)
{
    return execRetrying(sql, !bindings.isEmpty(), [&bindings](QSqlQuery& query) {
        for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
            query.bindValue(u':' % it.key(), it.value());
        }
        return query.exec();
    });
}

namespace {

bool bindInOrder(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    return query.exec();
}

} // namespace

Result<Statement> Database::execPositional(const QString& sql, const QVariantList& values)
{
    return execRetrying(sql, !values.isEmpty(), [&values](QSqlQuery& query) { return bindInOrder(query, values); });
}

Result<void> Database::execEach(const QString& sql, const QList<QVariantList>& valueSets)
{
    if (valueSets.isEmpty()) {
        return {};
    }
    if (m_config.driver == SqlDriver::Postgres && writesAlone(sql) && !threadState().inTransaction) {
        return withinTransaction(*this, [&] { return execEach(sql, valueSets); });
    }
    // Never retried: a write may have happened before a lost connection was noticed.
    bool lost = false;
    auto result = execOn(
        sql, true,
        [&valueSets](QSqlQuery& query) {
            return std::ranges::all_of(valueSets,
                                       [&query](const QVariantList& values) { return bindInOrder(query, values); });
        },
        &lost);
    if (lost) {
        dropLostConnection();
    }
    if (!result) {
        return fail(result.error());
    }
    return {};
}

Result<Statement> Database::execRetrying(const QString& sql, bool hasValues, const Run& run)
{
    if (m_config.driver == SqlDriver::Postgres && writesAlone(sql) && !threadState().inTransaction) {
        return withinTransaction(*this, [&] { return execRetrying(sql, hasValues, run); });
    }
    bool lost = false;
    auto result = execOn(sql, hasValues, run, &lost);
    if (lost) {
        // Outside execOn: no query or handle on the connection is left when it is removed.
        dropLostConnection();
        // A connection found dead (the server restarted since this thread last used it) is retried once
        // on a new one where that cannot do anything twice: the start of a transaction, or a read
        // outside one. A write outside a transaction may have happened: its caller hears of the loss.
        const QString verb = sql.trimmed().section(u' ', 0, 0).toUpper();
        if (!threadState().inTransaction && (verb == u"BEGIN"_s || verb == u"SELECT"_s)) {
            lost = false;
            result = execOn(sql, hasValues, run, &lost);
            if (lost) {
                dropLostConnection();
            }
        }
    }
    return result;
}

Result<Statement> Database::execOn(const QString& sql, bool hasValues, const Run& run, bool* lost)
{
    // A statement in the cache was prepared on this thread's open connection (closing it empties the
    // cache): it runs without looking the connection up.
    // (SQLite: PostgreSQL's errors are checked for a lost connection below.)
    if (m_config.driver == SqlDriver::Sqlite) {
        ThreadState& state = threadState();
        if (state.statements && !(state.lost && state.inTransaction)) {
            if (std::optional<QSqlQuery> cached = state.statements->take(sql)) {
                QSqlQuery query = std::move(*cached);
                if (!run(query)) {
                    return fail(errorFrom(query.lastError()));
                }
                return Statement(std::move(query), sql, state.statements);
            }
        }
    }
    auto db = connection();
    if (!db) {
        return fail(db.error());
    }
    const auto failed = [&](const QSqlError& error) {
        Error mapped = errorFrom(error);
        // No SQLSTATE at all: libpq lost the server (the socket closed, the server restarted). 26000
        // ("prepared statement ... does not exist"): the session this thread prepared its statements on is
        // gone and a new one answers (seen once in 20 runs of tst_multidesk_postgres' server restart); the
        // statement did not run, and every statement in this thread's cache is as stale as this one.
        if (m_config.driver == SqlDriver::Postgres
            && (mapped.code == u"[DatabaseUnavailable]"_s || error.nativeErrorCode().isEmpty()
                || error.nativeErrorCode() == u"26000"_s || !db->isOpen())) {
            *lost = true;
            mapped = connectionLost(error.databaseText().isEmpty() ? error.text() : error.databaseText());
        }
        return fail(mapped);
    };
    // PostgreSQL cannot PREPARE DDL or transaction control, and a statement without values gains
    // nothing from it: those go as a simple query.
    if (!hasValues && m_config.driver == SqlDriver::Postgres) {
        QSqlQuery query(*db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            return failed(query.lastError());
        }
        return Statement(std::move(query), sql, {});
    }
    ThreadState& state = threadState();
    if (!state.statements) {
        state.statements = std::make_shared<StatementCache>();
    }
    std::optional<QSqlQuery> cached = state.statements->take(sql);
    QSqlQuery query = cached ? std::move(*cached) : QSqlQuery(*db);
    if (!cached) {
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return failed(query.lastError());
        }
        ++state.prepared;
    }
    // A query that failed is not given back: the next use prepares it anew (PostgreSQL: a statement
    // prepared before another desk changed the schema fails once, then works).
    if (!run(query)) {
        return failed(query.lastError());
    }
    return Statement(std::move(query), sql, state.statements);
}

Result<qint64> Database::clockOffsetMs(qint64 localMs)
{
    auto query = exec(m_dialect.currentTimeMs());
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return fail(Error {u"[DatabaseError]"_s, tr("The database did not tell its time."), 500});
    }
    return query->value(0).toLongLong() - localMs;
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
    // SQLite: why this program cannot write the database file or its folder (a read-only disk, missing
    // permissions), or nothing when it can.
    const auto unwritableSqlite = [this]() -> std::optional<Error> {
        const QFileInfo file(m_config.path);
        const QString folder = file.absolutePath();
        // The file, then its folder (where SQLite creates the -wal and -shm files beside it).
        for (const QString& path : {file.absoluteFilePath(), folder}) {
            if (!QFileInfo::exists(path) || ::access(QFile::encodeName(path).constData(), W_OK) == 0) {
                continue;
            }
            if (errno == EROFS) {
                return Error {u"[DatabaseReadOnly]"_s,
                              tr("The disk holding the database %1 is read-only (mounted read-only), so nothing can "
                                 "be saved. Make it writable again or move the database to a writable disk; nothing "
                                 "was changed.")
                                  .arg(location()),
                              500};
            }
            return Error {u"[DatabaseReadOnly]"_s,
                          tr("This user may not write %1, so nothing can be saved (SQLite needs to write the database "
                             "and to create files beside it in %2). Give this user write permission on both; "
                             "nothing was changed.")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder)),
                          500};
        }
        return std::nullopt;
    };
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
                if (auto unwritable = unwritableSqlite()) {
                    return *unwritable;
                }
                return Error {u"[DatabaseReadOnly]"_s,
                              tr("The database is read-only: check the permissions of %1.").arg(location()), 500};
            case SqliteCorrupt:
            case SqliteNotADb:
                return Error {
                    u"[DatabaseCorrupt]"_s,
                    tr("%1 is damaged or is not a TwoFactorKiosk database. Restore it from a backup.").arg(location()),
                    500};
            case SqliteCantOpen:
                // On a read-only disk or in a folder this user may not write, SQLite cannot make its -wal and
                // -shm files and says only "unable to open".
                if (auto unwritable = unwritableSqlite()) {
                    return *unwritable;
                }
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
        // Class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting.
        if (error.type() == QSqlError::ConnectionError || native.startsWith(u"08"_s) || native == u"57P01"_s
            || native == u"57P02"_s || native == u"57P03"_s) {
            return Error {u"[DatabaseUnavailable]"_s,
                          tr("Cannot reach the database server %1: %2").arg(location(), detail), 503, QString(), 5};
        }
    }
    return Error {u"[DatabaseError]"_s, tr("The database reported an error: %1").arg(detail), 500};
}

Result<Transaction> Transaction::begin(Database& database)
{
    if (database.threadState().inTransaction) {
        return fail(Error {u"[DatabaseError]"_s, tr("A transaction is already open on this thread."), 500});
    }
    const QStringList statements = database.dialect().beginWrite();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        auto done = database.exec(statements.at(i));
        if (!done) {
            if (i > 0) {
                (void)database.exec(u"ROLLBACK"_s);
            }
            database.threadState().endTransaction();
            return fail(done.error());
        }
        database.threadState().inTransaction = true;
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
    m_database->threadState().endTransaction();
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        // A lost connection took its transaction with it: nothing to roll back.
        if (!m_database->threadState().lost) {
            (void)m_database->exec(u"ROLLBACK"_s);
        }
        m_database->threadState().endTransaction();
    }
}

} // namespace tfk
