#include "ResultAssertions.h"
#include "TestDatabases.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QProcess>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace tfk;

using tfk::test::TestDatabases;

#define TFK_SQLITE_ONLY()                                                                                              \
    if (TestDatabases::postgres())                                                                                     \
    QSKIP("SQLite only: a file's pragmas and errors")
#define TFK_POSTGRES_ONLY()                                                                                            \
    if (!TestDatabases::postgres())                                                                                    \
    QSKIP("PostgreSQL only: runs in the _postgres variant of this test")

namespace {

int countOf(Database& db, const QString& sql, const QVariantMap& bindings = {})
{
    auto rows = db.exec(sql, bindings);
    return rows && rows->next() ? rows->value(0).toInt() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithWalAndForeignKeys();
    void createsTheFolder();
    void lockedDatabaseGivesAPlainSentence();
    void aWriterWaitsForTheWriterOfTheMoment();
    void fullDiskGivesAPlainSentence();
    void notADatabaseGivesAPlainSentence();
    void transactionRollsBackUnlessCommitted();
    void eachThreadHasItsOwnConnection();
    void writersOfOneProcessTakeTurns();
    void boundValuesAreNeverSql();
    void aStatementIsPreparedOncePerConnection();
    void theSameStatementRunsTwiceAtOnce();
    void aStatementOutlivingItsConnectionIsHarmless();
    void aFailedStatementIsPreparedAgain();
    void parsesPostgresUrls_data();
    void parsesPostgresUrls();
    void refusesUnusableUrls();
    void writeTransactionsTakeTheWriterLock();
    void lostConnectionIsReopenedOnTheNextOperation();
    void lostConnectionFailsTheWholeTransaction();
    void statementsForgottenByTheServerArePreparedAgain();
    void unreachableServerFailsWithinSeconds();

private:
    TestDatabases m_databases;
};

void TestDatabase::opensWithWalAndForeignKeys()
{
    TFK_SQLITE_ONLY();
    Database db(m_databases.create(u"a.db"_s));
    auto mode = db.exec(u"PRAGMA journal_mode"_s);
    TFK_VERIFY_OK(mode);
    QVERIFY(mode->next());
    QCOMPARE(mode->value(0).toString(), u"wal"_s);
    auto keys = db.exec(u"PRAGMA foreign_keys"_s);
    TFK_VERIFY_OK(keys);
    QVERIFY(keys->next());
    QCOMPARE(keys->value(0).toInt(), 1);
    // SQLite's own busy handler (which sleeps whole milliseconds) is replaced: setting another handler
    // clears its timeout. That handler keeps the same timeout (lockedDatabaseGivesAPlainSentence).
    auto timeout = db.exec(u"PRAGMA busy_timeout"_s);
    TFK_VERIFY_OK(timeout);
    QVERIFY(timeout->next());
    QCOMPARE(timeout->value(0).toInt(), 0);
}

void TestDatabase::createsTheFolder()
{
    TFK_SQLITE_ONLY();
    Database db(m_databases.create(u"nested/deeper/b.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    QVERIFY(QFile::exists(m_databases.filePath(u"nested/deeper/b.db"_s)));
}

void TestDatabase::lockedDatabaseGivesAPlainSentence()
{
    TFK_SQLITE_ONLY(); // PostgreSQL: writeTransactionsTakeTheWriterLock
    const QString path = m_databases.filePath(u"locked.db"_s);
    DatabaseConfig config = m_databases.create(u"locked.db"_s);
    Database holder(config);
    TFK_VERIFY_OK(holder.exec(u"CREATE TABLE t (x INTEGER)"_s));
    config = TestDatabases::another(config);
    config.busyTimeoutMs = 200;
    Database waiter(config);
    TFK_VERIFY_OK(waiter.exec(u"SELECT count(*) FROM t"_s));

    // Another kiosk (here: another connection) holds the write lock.
    auto held = Transaction::begin(holder);
    TFK_VERIFY_OK(held);
    TFK_VERIFY_OK(holder.exec(u"INSERT INTO t VALUES (1)"_s));

    auto blocked = waiter.exec(u"INSERT INTO t VALUES (2)"_s);
    TFK_VERIFY_ERROR(blocked, "[DatabaseBusy]");
    QCOMPARE(blocked.error().httpStatus, 503);
    QVERIFY2(blocked.error().message.contains(u"busy"_s), qPrintable(blocked.error().message));
    auto transaction = Transaction::begin(waiter);
    TFK_VERIFY_ERROR(transaction, "[DatabaseBusy]");

    TFK_VERIFY_OK(held->commit());
    TFK_VERIFY_OK(waiter.exec(u"INSERT INTO t VALUES (2)"_s));
}

void TestDatabase::aWriterWaitsForTheWriterOfTheMoment()
{
    TFK_SQLITE_ONLY(); // PostgreSQL: writeTransactionsTakeTheWriterLock
    DatabaseConfig config = m_databases.create(u"wait.db"_s);
    Database waiter(config);
    TFK_VERIFY_OK(waiter.exec(u"CREATE TABLE t (x INTEGER)"_s));
    Database holder(TestDatabases::another(config));

    // Another connection holds the write lock for 150 ms; a write meanwhile waits for it, then works.
    QElapsedTimer held;
    std::atomic<bool> started {false};
    std::atomic<qint64> releasedAtMs {-1};
    QThread* thread = QThread::create([&] {
        auto transaction = Transaction::begin(holder);
        if (transaction && holder.exec(u"INSERT INTO t VALUES (1)"_s)) {
            held.start();
            started = true;
            QThread::msleep(150);
            releasedAtMs = held.elapsed();
            (void)transaction->commit();
        }
        started = true;
        holder.closeThreadConnection();
    });
    thread->start();
    while (!started) {
        QThread::msleep(1);
    }
    const auto written = waiter.exec(u"INSERT INTO t VALUES (2)"_s);
    const qint64 doneAtMs = held.isValid() ? held.elapsed() : -1;
    thread->wait();
    delete thread;
    QVERIFY2(releasedAtMs >= 0, "the holder did not get the write lock");
    TFK_VERIFY_OK(written);
    QVERIFY2(doneAtMs >= releasedAtMs,
             qPrintable(u"written at %1 ms, the lock released at %2 ms"_s.arg(doneAtMs).arg(releasedAtMs.load())));
    auto rows = waiter.exec(u"SELECT count(*) FROM t"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toInt(), 2);
}

void TestDatabase::fullDiskGivesAPlainSentence()
{
    TFK_SQLITE_ONLY();
    Database db(m_databases.create(u"full.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x BLOB)"_s));
    // SQLite reports a page limit exactly like a full disk (SQLITE_FULL).
    auto pages = db.exec(u"PRAGMA page_count"_s);
    TFK_VERIFY_OK(pages);
    QVERIFY(pages->next());
    TFK_VERIFY_OK(db.exec(u"PRAGMA max_page_count = %1"_s.arg(pages->value(0).toInt())));
    auto full = db.exec(u"INSERT INTO t VALUES (:blob)"_s, {{u"blob"_s, QByteArray(100000, 'x')}});
    TFK_VERIFY_ERROR(full, "[DatabaseFull]");
    QVERIFY2(full.error().message.contains(u"disk"_s), qPrintable(full.error().message));
    QVERIFY(full.error().message.contains(u"nothing was changed"_s));
}

void TestDatabase::notADatabaseGivesAPlainSentence()
{
    TFK_SQLITE_ONLY();
    const QString path = m_databases.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'n'));
    file.close();
    DatabaseConfig config = m_databases.create(u"notes.txt"_s);
    Database db(config);
    auto opened = db.connection();
    TFK_VERIFY_ERROR(opened, "[DatabaseCorrupt]");
    QVERIFY2(opened.error().message.contains(u"notes.txt"_s), qPrintable(opened.error().message));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database db(m_databases.create(u"tx.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    {
        auto transaction = Transaction::begin(db);
        TFK_VERIFY_OK(transaction);
        TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (1)"_s));
    } // destroyed without commit
    {
        auto transaction = Transaction::begin(db);
        TFK_VERIFY_OK(transaction);
        TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (2)"_s));
        TFK_VERIFY_OK(transaction->commit());
    }
    auto rows = db.exec(u"SELECT count(*), max(x) FROM t"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toInt(), 1);
    QCOMPARE(rows->value(1).toInt(), 2);
}

void TestDatabase::eachThreadHasItsOwnConnection()
{
    Database db(m_databases.create(u"threads.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    QString mainName = db.connection()->connectionName();
    QString workerName;
    bool workerInserted = false;
    QThread* worker = QThread::create([&] {
        auto connection = db.connection();
        if (connection) {
            workerName = connection->connectionName();
            workerInserted = db.exec(u"INSERT INTO t VALUES (7)"_s).has_value();
        }
        db.closeThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(workerInserted);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    auto rows = db.exec(u"SELECT count(*) FROM t WHERE x = 7"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toInt(), 1);
}

// Threads of one process writing one database (SQLite: its file lock and busy timeout; PostgreSQL: the writer
// lock): read-then-write transactions and single statements, through two Database objects on the same data, all
// at once. Every write lands exactly once, no update is lost, and nobody is told "busy".
void TestDatabase::writersOfOneProcessTakeTurns()
{
    DatabaseConfig config = m_databases.create(u"turns.db"_s);
    config.busyTimeoutMs = 20000;
    Database first(config);
    TFK_VERIFY_OK(first.exec(u"CREATE TABLE counter (n INTEGER NOT NULL)"_s));
    TFK_VERIFY_OK(first.exec(u"INSERT INTO counter VALUES (0)"_s));
    TFK_VERIFY_OK(first.exec(u"CREATE TABLE entries (writer INTEGER NOT NULL, step INTEGER NOT NULL)"_s));
    DatabaseConfig other = TestDatabases::another(config);
    other.busyTimeoutMs = config.busyTimeoutMs;
    Database second(other);

    constexpr int kWriters = 4;
    constexpr int kSteps = 150;
    QList<QStringList> errors(kWriters);
    QList<QThread*> writers;
    for (int w = 0; w < kWriters; ++w) {
        Database& db = w % 2 == 0 ? first : second;
        writers << QThread::create([&db, &errors, w] {
            const auto note = [&](const Error& error) {
                errors[w] << error.code + u' ' + error.message;
            };
            for (int step = 0; step < kSteps; ++step) {
                if (step % 3 == 2) {
                    // A statement on its own.
                    if (auto done = db.exec(u"UPDATE counter SET n = n + 1"_s); !done) {
                        note(done.error());
                    }
                    continue;
                }
                auto transaction = Transaction::begin(db);
                if (!transaction) {
                    note(transaction.error());
                    continue;
                }
                int n = -1;
                {
                    auto read = db.exec(u"SELECT n FROM counter"_s);
                    if (!read || !read->next()) {
                        note(read ? Error {u"[noRow]"_s, u"the counter has no row"_s} : read.error());
                        continue;
                    }
                    n = read->value(0).toInt();
                }
                if (auto done = db.exec(u"UPDATE counter SET n = :n"_s, {{u"n"_s, n + 1}}); !done) {
                    note(done.error());
                }
                if (auto done = db.execPositional(u"INSERT INTO entries VALUES (?, ?)"_s, {w, step}); !done) {
                    note(done.error());
                }
                if (auto done = transaction->commit(); !done) {
                    note(done.error());
                }
            }
            db.closeThreadConnection();
        });
    }
    for (QThread* writer : writers) {
        writer->start();
    }
    for (QThread* writer : writers) {
        QVERIFY(writer->wait(120000));
        delete writer;
    }
    for (const QStringList& said : errors) {
        QVERIFY2(said.isEmpty(), qPrintable(said.join(u'\n')));
    }
    // A read-then-write that lost an update would leave the counter short.
    QCOMPARE(countOf(first, u"SELECT n FROM counter"_s), kWriters * kSteps);
    QCOMPARE(countOf(second, u"SELECT count(*) FROM entries"_s), kWriters * (kSteps - kSteps / 3));
    QCOMPARE(countOf(first, u"SELECT count(DISTINCT writer * 1000 + step) FROM entries"_s),
             kWriters * (kSteps - kSteps / 3));
}

void TestDatabase::boundValuesAreNeverSql()
{
    Database db(m_databases.create(u"bind.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x TEXT)"_s));
    const QString hostile = u"x'); DROP TABLE t; --"_s;
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, hostile}}));
    auto rows = db.exec(u"SELECT x FROM t"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), hostile);
}

void TestDatabase::aStatementIsPreparedOncePerConnection()
{
    Database db(m_databases.create(u"cache.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    const QString insert = u"INSERT INTO t VALUES (:x)"_s;
    const QString sum = u"SELECT sum(x) FROM t WHERE x >= :from"_s;
    const qint64 before = db.preparedStatements();
    for (int i = 1; i <= 50; ++i) {
        TFK_VERIFY_OK(db.exec(insert, {{u"x"_s, i}}));
        auto total = db.exec(sum, {{u"from"_s, 0}});
        TFK_VERIFY_OK(total);
        QVERIFY(total->next());
        // Each run bound its own value and read the rows as they are now.
        QCOMPARE(total->value(0).toInt(), i * (i + 1) / 2);
    }
    QCOMPARE(db.preparedStatements() - before, 2);
    // Another thread has its own connection, so its own statements.
    qint64 workerPrepared = -1;
    QThread* worker = QThread::create([&] {
        const bool first = db.exec(insert, {{u"x"_s, 100}}).has_value();
        const bool second = db.exec(insert, {{u"x"_s, 101}}).has_value();
        if (first && second) {
            workerPrepared = db.preparedStatements();
        }
        db.closeThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(workerPrepared, 1);
}

void TestDatabase::theSameStatementRunsTwiceAtOnce()
{
    Database db(m_databases.create(u"nested.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    for (int i = 1; i <= 3; ++i) {
        TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, i}}));
    }
    const QString select = u"SELECT x FROM t WHERE x >= :from ORDER BY x"_s;
    const auto rowsOf = [](Statement& statement) {
        QList<int> rows;
        while (statement.next()) {
            rows << statement.value(0).toInt();
        }
        return rows;
    };
    const qint64 before = db.preparedStatements();
    auto outer = db.exec(select, {{u"from"_s, 1}});
    TFK_VERIFY_OK(outer);
    QCOMPARE(rowsOf(*outer), (QList<int> {1, 2, 3}));
    // While the first is still held (lent out), the same SQL runs again: prepared a second time, with
    // its own values and rows. (PostgreSQL's driver reads one statement's rows at a time, so the first
    // is read to its end before.)
    {
        auto inner = db.exec(select, {{u"from"_s, 2}});
        TFK_VERIFY_OK(inner);
        QCOMPARE(rowsOf(*inner), (QList<int> {2, 3}));
    }
    QCOMPARE(db.preparedStatements() - before, 2);
    // Once both are back, the cache keeps one and lends it again.
    outer = fail(Error {});
    auto again = db.exec(select, {{u"from"_s, 3}});
    TFK_VERIFY_OK(again);
    QCOMPARE(rowsOf(*again), (QList<int> {3}));
    QCOMPARE(db.preparedStatements() - before, 2);
}

void TestDatabase::aStatementOutlivingItsConnectionIsHarmless()
{
    Database db(m_databases.create(u"outlive.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (1)"_s));
    {
        auto held = db.exec(u"SELECT x FROM t WHERE x = :x"_s, {{u"x"_s, 1}});
        TFK_VERIFY_OK(held);
        // The connection goes (a worker thread ending, a lost server) while a statement is still held;
        // the statement is dropped, not given back to a cache that no longer exists.
        db.closeThreadConnection();
    }
    QCOMPARE(countOf(db, u"SELECT x FROM t WHERE x = :x"_s, {{u"x"_s, 1}}), 1);
}

void TestDatabase::aFailedStatementIsPreparedAgain()
{
    Database db(m_databases.create(u"failed.db"_s));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER UNIQUE)"_s));
    const QString insert = u"INSERT INTO t VALUES (:x)"_s;
    TFK_VERIFY_OK(db.exec(insert, {{u"x"_s, 1}}));
    TFK_VERIFY_ERROR(db.exec(insert, {{u"x"_s, 1}}), "[DatabaseConstraint]");
    TFK_VERIFY_OK(db.exec(insert, {{u"x"_s, 2}}));
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t"_s), 2);
}

void TestDatabase::parsesPostgresUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    QTest::newRow("full") << u"postgresql://kiosk:s%40cret@db.example.com:6543/helpdesk?sslmode=verify-full"_s
                          << u"db.example.com"_s << 6543 << u"helpdesk"_s << u"kiosk"_s << u"s@cret"_s
                          << u"sslmode=verify-full"_s;
    QTest::newRow("no password, default port") << u"postgres://kiosk@10.0.0.5/helpdesk"_s << u"10.0.0.5"_s << 5432
                                               << u"helpdesk"_s << u"kiosk"_s << QString() << QString();
    QTest::newRow("ipv6") << u"postgresql://k@[::1]:5433/d"_s << u"::1"_s << 5433 << u"d"_s << u"k"_s << QString()
                          << QString();
    QTest::newRow("socket folder") << u"postgresql:///helpdesk?host=/var/run/postgresql"_s << u"/var/run/postgresql"_s
                                   << 5432 << u"helpdesk"_s << QString() << QString() << QString();
}

void TestDatabase::parsesPostgresUrls()
{
    QFETCH(QString, url);
    auto config = DatabaseConfig::fromLocation(url);
    TFK_VERIFY_OK(config);
    QCOMPARE(config->driver, SqlDriver::Postgres);
    QTEST(config->host, "host");
    QTEST(config->port, "port");
    QTEST(config->databaseName, "database");
    QTEST(config->userName, "user");
    QTEST(config->password, "password");
    QStringList options;
    for (const auto& [key, value] : config->options) {
        options << key % u'=' % value;
    }
    QTEST(options.join(u' '), "options");
    // What is shown and saved never holds the password.
    QVERIFY(!DatabaseConfig::withoutPassword(url).contains(u"cret"_s));
    QVERIFY(!Database(*config).location().contains(u"cret"_s));
}

void TestDatabase::refusesUnusableUrls()
{
    TFK_VERIFY_ERROR(DatabaseConfig::fromLocation(u"postgresql://k@host/"_s), "[DatabaseUrl]");
    auto typo = DatabaseConfig::fromLocation(u"postgresql://k:pw@host/d?sslmod=require"_s);
    TFK_VERIFY_ERROR(typo, "[DatabaseUrl]");
    QVERIFY2(typo.error().message.contains(u"sslmod"_s), qPrintable(typo.error().message));
    QVERIFY2(!typo.error().message.contains(u"pw"_s), qPrintable(typo.error().message));
    // A path stays a SQLite file.
    auto file = DatabaseConfig::fromLocation(u"/srv/kiosk.db"_s);
    TFK_VERIFY_OK(file);
    QCOMPARE(file->driver, SqlDriver::Sqlite);
    QVERIFY(DatabaseConfig::hasPassword(u"postgresql://k:pw@host/d"_s));
    QVERIFY(!DatabaseConfig::hasPassword(u"postgresql://k@host/d?sslmode=require"_s));
    QVERIFY(DatabaseConfig::hasPassword(u"postgresql://k@host/d?password=x"_s));
}

void TestDatabase::writeTransactionsTakeTheWriterLock()
{
    TFK_POSTGRES_ONLY();
    DatabaseConfig config = m_databases.create(u"lock"_s);
    Database holder(config);
    TFK_VERIFY_OK(holder.exec(u"CREATE TABLE t (x INTEGER)"_s));
    config = TestDatabases::another(config);
    config.busyTimeoutMs = 200;
    Database waiter(config);

    auto held = Transaction::begin(holder);
    TFK_VERIFY_OK(held);
    // Reads are never blocked; a second writer waits for the lock, then gets the busy sentence.
    QCOMPARE(countOf(waiter, u"SELECT count(*) FROM t"_s), 0);
    QElapsedTimer timer;
    timer.start();
    auto blocked = Transaction::begin(waiter);
    TFK_VERIFY_ERROR(blocked, "[DatabaseBusy]");
    QCOMPARE(blocked.error().httpStatus, 503);
    QVERIFY(blocked.error().retryAfterSeconds > 0);
    QVERIFY2(timer.elapsed() >= 150, QByteArray::number(timer.elapsed()).constData());
    TFK_VERIFY_OK(held->commit());
    auto after = Transaction::begin(waiter);
    TFK_VERIFY_OK(after);
    TFK_VERIFY_OK(waiter.exec(u"INSERT INTO t VALUES (1)"_s));
    TFK_VERIFY_OK(after->commit());
    QCOMPARE(countOf(holder, u"SELECT count(*) FROM t"_s), 1);
}

void TestDatabase::lostConnectionIsReopenedOnTheNextOperation()
{
    TFK_POSTGRES_ONLY();
    DatabaseConfig config = m_databases.create(u"loss"_s);
    Database db(config);
    Database admin(TestDatabases::another(config));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    auto pid = db.exec(u"SELECT pg_backend_pid()"_s);
    TFK_VERIFY_OK(pid);
    QVERIFY(pid->next());
    const int backend = pid->value(0).toInt();
    pid = fail(Error {});
    // The server ends this connection (as a restart or a network cut would).
    TFK_VERIFY_OK(admin.exec(u"SELECT pg_terminate_backend(:pid)"_s, {{u"pid"_s, backend}}));
    // A write on its own runs in a transaction of its own (it takes the writer lock): the loss shows at its
    // BEGIN, which did nothing, so it goes again on a new connection and the write happens once.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, 1}}));
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t WHERE x = 1"_s), 1);
    // (A loss in the middle of a transaction fails it: lostConnectionFailsTheWholeTransaction.)
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, 2}}));
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t"_s), 2);
}

void TestDatabase::statementsForgottenByTheServerArePreparedAgain()
{
    // The connection's session no longer knows the statements this thread prepared (a new session after a
    // restart; here DEALLOCATE ALL does the same): a read outside a transaction is prepared again and
    // answers, and the statements after it too.
    TFK_POSTGRES_ONLY();
    DatabaseConfig config = m_databases.create(u"deallocated"_s);
    Database db(config);
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, 1}}));
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t WHERE x = :x"_s, {{u"x"_s, 1}}), 1);
    TFK_VERIFY_OK(db.exec(u"DEALLOCATE ALL"_s));
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t WHERE x = :x"_s, {{u"x"_s, 1}}), 1);
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, 2}}));
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t"_s), 2);
}

void TestDatabase::lostConnectionFailsTheWholeTransaction()
{
    TFK_POSTGRES_ONLY();
    DatabaseConfig config = m_databases.create(u"losstx"_s);
    Database db(config);
    Database admin(TestDatabases::another(config));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    {
        auto transaction = Transaction::begin(db);
        TFK_VERIFY_OK(transaction);
        TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (1)"_s));
        TFK_VERIFY_OK(admin.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                 "current_database() AND pid <> pg_backend_pid()"_s));
        TFK_VERIFY_ERROR(db.exec(u"INSERT INTO t VALUES (2)"_s), "[DatabaseUnavailable]");
        // Not silently continued on a new connection outside the transaction:
        TFK_VERIFY_ERROR(db.exec(u"INSERT INTO t VALUES (3)"_s), "[DatabaseUnavailable]");
        TFK_VERIFY_ERROR(transaction->commit(), "[DatabaseUnavailable]");
    }
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t"_s), 0);
    auto transaction = Transaction::begin(db);
    TFK_VERIFY_OK(transaction);
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (4)"_s));
    TFK_VERIFY_OK(transaction->commit());
    QCOMPARE(countOf(db, u"SELECT count(*) FROM t"_s), 1);
}

void TestDatabase::unreachableServerFailsWithinSeconds()
{
    // Nothing listens on port 1 of this computer; the connect timeout bounds a silent host.
    auto config = DatabaseConfig::fromLocation(u"postgresql://kiosk@127.0.0.1:1/helpdesk?connect_timeout=3"_s);
    TFK_VERIFY_OK(config);
    Database db(*config);
    QElapsedTimer timer;
    timer.start();
    auto opened = db.exec(u"SELECT 1"_s);
    TFK_VERIFY_ERROR(opened, "[DatabaseUnavailable]");
    QVERIFY2(timer.elapsed() < 4000, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(opened.error().httpStatus, 503);
    QVERIFY2(opened.error().message.contains(u"127.0.0.1:1"_s), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(u"Check that the server runs"_s), qPrintable(opened.error().message));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
