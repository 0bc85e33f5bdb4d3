#include "ResultAssertions.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

DatabaseConfig configFor(const QString& path, int busyTimeoutMs = 5000)
{
    DatabaseConfig config;
    config.path = path;
    config.busyTimeoutMs = busyTimeoutMs;
    config.connectionPrefix = u"test-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
    return config;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithWalAndForeignKeys();
    void createsTheFolder();
    void lockedDatabaseGivesAPlainSentence();
    void fullDiskGivesAPlainSentence();
    void notADatabaseGivesAPlainSentence();
    void transactionRollsBackUnlessCommitted();
    void eachThreadHasItsOwnConnection();
    void boundValuesAreNeverSql();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::opensWithWalAndForeignKeys()
{
    Database db(configFor(m_dir.filePath(u"a.db"_s)));
    auto mode = db.exec(u"PRAGMA journal_mode"_s);
    TFK_VERIFY_OK(mode);
    QVERIFY(mode->next());
    QCOMPARE(mode->value(0).toString(), u"wal"_s);
    auto keys = db.exec(u"PRAGMA foreign_keys"_s);
    TFK_VERIFY_OK(keys);
    QVERIFY(keys->next());
    QCOMPARE(keys->value(0).toInt(), 1);
    auto timeout = db.exec(u"PRAGMA busy_timeout"_s);
    TFK_VERIFY_OK(timeout);
    QVERIFY(timeout->next());
    QCOMPARE(timeout->value(0).toInt(), 5000);
}

void TestDatabase::createsTheFolder()
{
    Database db(configFor(m_dir.filePath(u"nested/deeper/b.db"_s)));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x INTEGER)"_s));
    QVERIFY(QFile::exists(m_dir.filePath(u"nested/deeper/b.db"_s)));
}

void TestDatabase::lockedDatabaseGivesAPlainSentence()
{
    const QString path = m_dir.filePath(u"locked.db"_s);
    Database holder(configFor(path));
    TFK_VERIFY_OK(holder.exec(u"CREATE TABLE t (x INTEGER)"_s));
    Database waiter(configFor(path, 200));
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

void TestDatabase::fullDiskGivesAPlainSentence()
{
    Database db(configFor(m_dir.filePath(u"full.db"_s)));
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
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'n'));
    file.close();
    Database db(configFor(path));
    auto opened = db.connection();
    TFK_VERIFY_ERROR(opened, "[DatabaseCorrupt]");
    QVERIFY2(opened.error().message.contains(u"notes.txt"_s), qPrintable(opened.error().message));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database db(configFor(m_dir.filePath(u"tx.db"_s)));
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
    auto rows = db.exec(u"SELECT group_concat(x) FROM t"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), u"2"_s);
}

void TestDatabase::eachThreadHasItsOwnConnection()
{
    Database db(configFor(m_dir.filePath(u"threads.db"_s)));
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

void TestDatabase::boundValuesAreNeverSql()
{
    Database db(configFor(m_dir.filePath(u"bind.db"_s)));
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE t (x TEXT)"_s));
    const QString hostile = u"x'); DROP TABLE t; --"_s;
    TFK_VERIFY_OK(db.exec(u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, hostile}}));
    auto rows = db.exec(u"SELECT x FROM t"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), hostile);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
