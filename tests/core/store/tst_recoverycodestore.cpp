// The SQL under RecoveryCodes: replacing a set, the conditional single-use update, counting, and the
// codes going with their user.

#include "ResultAssertions.h"
#include "store/RecoveryCodeStore.h"
#include "store/Schema.h"

#include "TestDatabases.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestRecoveryCodeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replaceVoidsTheOldSet();
    void aCodeIsMarkedUsedOnce();
    void codesBelongToOneUser();
    void codesGoWithTheirUser();

private:
    void addUser(const QString& id)
    {
        TFK_VERIFY_OK(m_database->exec(u"INSERT INTO users (id, email, email_key, password_hash, created_at, "
                                       "updated_at) VALUES (:id, :email, :email, 'x', 1, 1)"_s,
                                       {{u"id"_s, id}, {u"email"_s, QString(id + u"@example.com"_s)}}));
    }

    tfk::test::TestDatabases m_databases;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RecoveryCodeStore> m_store;
};

void TestRecoveryCodeStore::init()
{
    m_database
        = std::make_unique<Database>(m_databases.create(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".db"_s));
    QVERIFY2(m_databases.problem().isEmpty(), m_databases.problem().constData());
    TFK_VERIFY_OK(Schema::migrate(*m_database));
    m_store = std::make_unique<RecoveryCodeStore>(*m_database);
    addUser(u"u1"_s);
    addUser(u"u2"_s);
}

void TestRecoveryCodeStore::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestRecoveryCodeStore::replaceVoidsTheOldSet()
{
    QVERIFY(m_store->userExists(u"u1"_s).value());
    QVERIFY(!m_store->userExists(u"nobody"_s).value());
    TFK_VERIFY_OK(m_store->replace(u"u1"_s, {u"h1"_s, u"h2"_s, u"h3"_s}, 10));
    QCOMPARE(m_store->remaining(u"u1"_s).value(), 3);
    TFK_VERIFY_OK(m_store->replace(u"u1"_s, {u"h4"_s, u"h5"_s}, 20));
    QCOMPARE(m_store->remaining(u"u1"_s).value(), 2);
    QVERIFY(!m_store->markUsed(u"u1"_s, u"h1"_s, 30).value());
    QVERIFY(m_store->markUsed(u"u1"_s, u"h4"_s, 30).value());
}

void TestRecoveryCodeStore::aCodeIsMarkedUsedOnce()
{
    TFK_VERIFY_OK(m_store->replace(u"u1"_s, {u"h1"_s, u"h2"_s}, 10));
    QVERIFY(m_store->markUsed(u"u1"_s, u"h1"_s, 30).value());
    QVERIFY(!m_store->markUsed(u"u1"_s, u"h1"_s, 31).value());
    QCOMPARE(m_store->remaining(u"u1"_s).value(), 1);
    auto usedAt = m_database->exec(u"SELECT used_at FROM recovery_codes WHERE code_hash = 'h1'"_s);
    TFK_VERIFY_OK(usedAt);
    QVERIFY(usedAt->next());
    QCOMPARE(usedAt->value(0).toLongLong(), 30); // the first use stays recorded
}

void TestRecoveryCodeStore::codesBelongToOneUser()
{
    TFK_VERIFY_OK(m_store->replace(u"u1"_s, {u"h1"_s}, 10));
    TFK_VERIFY_OK(m_store->replace(u"u2"_s, {u"h9"_s}, 10));
    QVERIFY(!m_store->markUsed(u"u2"_s, u"h1"_s, 30).value());
    TFK_VERIFY_OK(m_store->clear(u"u1"_s));
    QCOMPARE(m_store->remaining(u"u1"_s).value(), 0);
    QCOMPARE(m_store->remaining(u"u2"_s).value(), 1);
    // The schema refuses the same hash twice for one user, and codes for nobody.
    TFK_VERIFY_ERROR(m_store->replace(u"u2"_s, {u"h7"_s, u"h7"_s}, 10), "[DatabaseConstraint]");
    TFK_VERIFY_ERROR(m_store->replace(u"nobody"_s, {u"h8"_s}, 10), "[DatabaseConstraint]");
}

void TestRecoveryCodeStore::codesGoWithTheirUser()
{
    TFK_VERIFY_OK(m_store->replace(u"u1"_s, {u"h1"_s, u"h2"_s}, 10));
    TFK_VERIFY_OK(m_database->exec(u"DELETE FROM users WHERE id = 'u1'"_s));
    auto rows = m_database->exec(u"SELECT COUNT(*) FROM recovery_codes"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRecoveryCodeStore)
#include "tst_recoverycodestore.moc"
