// API keys: random, stored only as a keyed hash, listed, revoked, checked, and their last use kept.

#include "ManualClock.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "api/ApiKeyStore.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;

class TestApiKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdKeysAreRandomAndStoredHashed();
    void authenticate();
    void revokedKeysStopWorking();
    void lastUseIsRecordedSparingly();
    void names();
};

void TestApiKeyStore::createdKeysAreRandomAndStoredHashed()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ApiKeyStore store(*f.database, *f.cipher, f.clock);
    auto first = store.create(u"ops"_s);
    f.clock.advanceSecs(1);
    auto second = store.create(u"ci"_s);
    TFK_VERIFY_OK(first);
    TFK_VERIFY_OK(second);
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(first->key).hasMatch(), qPrintable(first->key));
    QVERIFY(first->key != second->key);
    QCOMPARE(second->info.createdAt, f.clock.currentMSecsSinceEpoch());
    // Nothing in the table is the key, or contains it.
    auto rows = f.database->exec(u"SELECT id, name, key_hash FROM api_keys"_s);
    TFK_VERIFY_OK(rows);
    int count = 0;
    while (rows->next()) {
        ++count;
        for (int column = 0; column < 3; ++column) {
            QVERIFY(!rows->value(column).toString().contains(first->key));
            QVERIFY(!rows->value(column).toString().contains(second->key));
        }
        QCOMPARE(rows->value(2).toString().size(), 64); // hex of 32 bytes
    }
    QCOMPARE(count, 2);
    auto keys = store.list();
    TFK_VERIFY_OK(keys);
    QCOMPARE(keys->size(), 2);
    QCOMPARE(keys->at(0).name, u"ops"_s); // oldest first
    QCOMPARE(keys->at(1).name, u"ci"_s);
    QVERIFY(!keys->at(0).revoked);
    QCOMPARE(keys->at(0).lastUsedAt, 0);
}

void TestApiKeyStore::authenticate()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ApiKeyStore store(*f.database, *f.cipher, f.clock);
    auto created = store.create(u"ci"_s);
    TFK_VERIFY_OK(created);
    auto ok = store.authenticate(created->key);
    TFK_VERIFY_OK(ok);
    QVERIFY(ok->has_value());
    QCOMPARE((*ok)->id, created->info.id);
    const QString& key = created->key;
    const QStringList wrongKeys = {QString(),
                                   QString(u"Bearer "_s + key),
                                   key.left(42),
                                   QString(key.left(42) + (key.endsWith(u'A') ? u'B' : u'A')),
                                   QString(key + u"x"_s),
                                   u"' OR 1=1 --"_s};
    for (const QString& wrong : wrongKeys) {
        auto refused = store.authenticate(wrong);
        TFK_VERIFY_OK(refused);
        QVERIFY2(!refused->has_value(), qPrintable(wrong));
    }
    // Another data key: the same key string is somebody else's hash.
    const SecretCipher other(DataKey::fromBytes(QByteArray(32, 'z')));
    ApiKeyStore foreign(*f.database, other, f.clock);
    QVERIFY(!foreign.authenticate(created->key)->has_value());
}

void TestApiKeyStore::revokedKeysStopWorking()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ApiKeyStore store(*f.database, *f.cipher, f.clock);
    auto created = store.create(u"ci"_s);
    TFK_VERIFY_OK(created);
    f.clock.advanceSecs(5);
    auto revoked = store.revoke(created->info.id);
    TFK_VERIFY_OK(revoked);
    QVERIFY(revoked->revoked);
    QCOMPARE(revoked->revokedAt, f.clock.currentMSecsSinceEpoch());
    QVERIFY(!store.authenticate(created->key)->has_value());
    // Twice is fine and keeps the first time.
    f.clock.advanceSecs(5);
    QCOMPARE(store.revoke(created->info.id)->revokedAt, revoked->revokedAt);
    auto unknown = store.revoke(u"00000000-0000-0000-0000-000000000000"_s);
    TFK_VERIFY_ERROR(unknown, "[notFound]apiKey");
    QCOMPARE(unknown.error().httpStatus, 404);
    QVERIFY(store.list()->first().revoked);
}

void TestApiKeyStore::lastUseIsRecordedSparingly()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ApiKeyStore store(*f.database, *f.cipher, f.clock);
    auto created = store.create(u"ci"_s);
    TFK_VERIFY_OK(created);
    const qint64 first = f.clock.currentMSecsSinceEpoch() + 1000;
    f.clock.advanceSecs(1);
    TFK_VERIFY_OK(store.authenticate(created->key));
    QCOMPARE(store.list()->first().lastUsedAt, first);
    // Within a minute: no new write.
    f.clock.advanceSecs(30);
    TFK_VERIFY_OK(store.authenticate(created->key));
    QCOMPARE(store.list()->first().lastUsedAt, first);
    f.clock.advanceSecs(31);
    TFK_VERIFY_OK(store.authenticate(created->key));
    QCOMPARE(store.list()->first().lastUsedAt, f.clock.currentMSecsSinceEpoch());
}

void TestApiKeyStore::names()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ApiKeyStore store(*f.database, *f.cipher, f.clock);
    TFK_VERIFY_ERROR(store.create(u"   "_s), "[blank]name");
    TFK_VERIFY_ERROR(store.create(QString(101, u'n')), "[tooLong]name");
    QCOMPARE(store.create(u"  Zoë's script  "_s)->info.name, u"Zoë's script"_s);
}

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
