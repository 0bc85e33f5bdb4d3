// Bulk import through the service: all or nothing, field errors naming each bad user's index,
// duplicates within the request and against the database, Argon2id hashes taken as they are and
// plaintext passwords hashed, phones normalised; imported users sign in.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "auth/UserImport.h"
#include "store/UserStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

ImportedUser user(int i, const QString& password = u"password number %1"_s)
{
    return ImportedUser {u"user%1@example.com"_s.arg(i),
                         {},
                         u"User %1"_s.arg(i),
                         u"+1 201 555 %1"_s.arg(1000 + i),
                         password.contains(u"%1"_s) ? password.arg(i) : password,
                         {}};
}

QStringList fields(const ImportOutcome& outcome)
{
    QStringList list;
    for (const Error& error : outcome.errors) {
        list << error.field;
    }
    return list;
}

int userCount(ServiceFixture& f)
{
    auto page = waitFor(f.service->searchUsers({}, 0, 1));
    return page ? page->total : -1;
}

} // namespace

class TestUserImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndTheUsersSignIn();
    void argon2idHashesAreTakenAsTheyAre();
    void everyBadUserIsNamedAndNothingIsImported();
    void duplicatesWithinTheRequestAndAgainstTheDatabase();
    void skipExistingMakesReRunsHarmless();
    void thousandsInOneRequest();
    void aLateChunksErrorUndoesTheChunksWrittenBefore();
    void newIdsAreTimeOrderedVersion7Uuids();
    void theSearchIndexKeepsStepAcrossImports();
};

void TestUserImport::importsAndTheUsersSignIn()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ImportRequest request;
    for (int i = 0; i < 20; ++i) {
        request.users << user(i);
    }
    request.users[3].mobilePhone = u"(201) 555-0199"_s; // national format, default region US
    auto outcome = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(outcome);
    QVERIFY(outcome->errors.isEmpty());
    QCOMPARE(outcome->imported, 20);
    QCOMPARE(userCount(f), 20);
    auto found = waitFor(f.service->findUserByLoginId(u"USER3@example.com"_s));
    TFK_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->mobilePhone, u"+12015550199"_s);
    QCOMPARE((*found)->fullName, u"User 3"_s);
    // The plaintext password was hashed on import: it signs in.
    auto login = waitFor(f.service->login({u"user7@example.com"_s, u"password number 7"_s, {}, {}}));
    TFK_VERIFY_OK(login);
    QCOMPARE(login->status, LoginResult::Status::Authenticated);
    auto audit = waitFor(f.service->recentAudit(u"user.import"_s, 5));
    TFK_VERIFY_OK(audit);
    QCOMPARE(audit->size(), 1);
    QVERIFY(audit->first().detail.contains(u"20 users imported"_s));
}

void TestUserImport::argon2idHashesAreTakenAsTheyAre()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    // A hash made elsewhere (here by the fixture's own libsodium, other limits than the kiosk's).
    PasswordHasher other(PasswordHashingLimits::fastForTests());
    const QByteArray hash = *other.hash(u"imported secret"_s);
    QVERIFY(UserImport::isArgon2idHash(QString::fromLatin1(hash)));
    ImportRequest request;
    request.encryptionScheme = u"argon2id"_s;
    request.users << ImportedUser {u"hashed@example.com"_s, {}, u"Hashed"_s, {}, QString::fromLatin1(hash), {}};
    // A per-user scheme wins over the request's: this one is plaintext... no: a scheme we refuse.
    request.users << ImportedUser {
        u"bcrypt@example.com"_s, {}, {}, {}, u"$2a$10$abcdefghijklmnopqrstuv"_s, u"bcrypt"_s};
    auto refused = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(refused);
    QCOMPARE(fields(*refused), QStringList {u"users[1].encryptionScheme"_s});
    QCOMPARE(userCount(f), 0);

    request.users.removeLast();
    auto outcome = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(outcome);
    QCOMPARE(outcome->imported, 1);
    TFK_VERIFY_OK(waitFor(f.service->login({u"hashed@example.com"_s, u"imported secret"_s, {}, {}})));
    TFK_VERIFY_ERROR(waitFor(f.service->login({u"hashed@example.com"_s, u"wrong secret"_s, {}, {}})), "[InvalidLogin]");
    // Not a hash although the scheme says so.
    ImportRequest bad;
    bad.encryptionScheme = u"argon2id"_s;
    bad.users << ImportedUser {u"plain@example.com"_s, {}, {}, {}, u"not a hash at all"_s, {}};
    auto notHash = waitFor(f.service->importUsers(bad));
    TFK_VERIFY_OK(notHash);
    QCOMPARE(fields(*notHash), QStringList {u"users[0].password"_s});
}

void TestUserImport::everyBadUserIsNamedAndNothingIsImported()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ImportRequest request;
    for (int i = 0; i < 10; ++i) {
        request.users << user(i);
    }
    request.users[2].email = u"not-an-email"_s;
    request.users[5].mobilePhone = u"555-555-5555"_s;
    request.users[7].password = u"short"_s;
    request.users[8].email.clear();
    auto outcome = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(outcome);
    QCOMPARE(outcome->imported, 0);
    QCOMPARE(
        fields(*outcome),
        (QStringList {u"users[2].email"_s, u"users[5].mobilePhone"_s, u"users[7].password"_s, u"users[8].email"_s}));
    QCOMPARE(outcome->errors.at(0).code, u"[invalid]users[2].email"_s);
    QCOMPARE(outcome->errors.at(3).code, u"[blank]users[8].email"_s);
    QVERIFY(outcome->errors.at(1).message.contains(u"not a valid phone number"_s));
    QCOMPARE(userCount(f), 0);
    // Empty request.
    auto empty = waitFor(f.service->importUsers(ImportRequest {}));
    TFK_VERIFY_OK(empty);
    QCOMPARE(fields(*empty), QStringList {u"users"_s});
}

void TestUserImport::duplicatesWithinTheRequestAndAgainstTheDatabase()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TFK_VERIFY_OK(
        waitFor(f.service->createUser({u"taken@example.com"_s, u"takenname"_s, u"T"_s, {}, u"password123"_s})));
    ImportRequest request;
    request.users << user(0) << user(1) << user(2) << user(3);
    request.users[2].email = u"USER0@example.com"_s; // the same as user 0, another case
    auto within = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(within);
    QCOMPARE(fields(*within), QStringList {u"users[2].email"_s});
    QCOMPARE(within->errors.first().code, u"[duplicate]users[2].email"_s);

    request.users[2] = user(2);
    request.users[1].email = u"Taken@Example.com"_s;
    request.users[3].email.clear();
    request.users[3].username = u"TakenName"_s;
    auto against = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(against);
    QCOMPARE(fields(*against), (QStringList {u"users[1].email"_s, u"users[3].username"_s}));
    QCOMPARE(userCount(f), 1);
}

void TestUserImport::skipExistingMakesReRunsHarmless()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ImportRequest request;
    request.skipExisting = true;
    for (int i = 0; i < 5; ++i) {
        request.users << user(i);
    }
    auto first = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(first);
    QCOMPARE(first->imported, 5);
    request.users << user(5) << user(6);
    auto again = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(again);
    QCOMPARE(again->imported, 2);
    QCOMPARE(again->skipped, 5);
    QCOMPARE(userCount(f), 7);
}

void TestUserImport::thousandsInOneRequest()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    // Pre-hashed, so the figure is the store's, not Argon2id's.
    const QString hash = QString::fromLatin1(*f.hasher->hash(u"shared password"_s));
    ImportRequest request;
    request.encryptionScheme = u"argon2id"_s;
    for (int i = 0; i < 5000; ++i) {
        request.users << ImportedUser {u"bulk%1@example.com"_s.arg(i),
                                       {},
                                       u"Bulk %1"_s.arg(i),
                                       u"+1 415 555 %1"_s.arg(i % 10000, 4, 10, QChar(u'0')),
                                       hash,
                                       {}};
    }
    auto outcome = waitFor(f.service->importUsers(request), 60000);
    TFK_VERIFY_OK(outcome);
    QVERIFY(outcome->errors.isEmpty());
    QCOMPARE(outcome->imported, 5000);
    // Counting stops at a thousand: "more than 1,000".
    auto all = waitFor(f.service->searchUsers({}, 0, 1));
    TFK_VERIFY_OK(all);
    QCOMPARE(all->total, 1000);
    QVERIFY(all->totalIsLowerBound);
    auto imported = f.database->exec(u"SELECT count(*) FROM users"_s);
    QVERIFY(imported && imported->next());
    QCOMPARE(imported->value(0).toInt(), 5000);
    auto page = waitFor(f.service->searchUsers(u"bulk 4999"_s, 0, 10));
    TFK_VERIFY_OK(page);
    QCOMPARE(page->total, 1);
}

QTEST_GUILESS_MAIN(TestUserImport)
void TestUserImport::aLateChunksErrorUndoesTheChunksWrittenBefore()
{
    // A large pre-hashed request is checked and written chunk by chunk (the next chunk's phones parsed
    // meanwhile): an error in the last chunk must undo the chunks already written, and errors from
    // every chunk are reported.
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TFK_VERIFY_OK(waitFor(f.service->createUser({u"late@example.com"_s, {}, u"Late"_s, {}, u"password123"_s})));
    const QString hash = QString::fromLatin1(*f.hasher->hash(u"shared password"_s));
    constexpr int kUsers = 3 * int(UserImport::kMinChunk) + 10; // four chunks
    ImportRequest request;
    request.encryptionScheme = u"argon2id"_s;
    for (int i = 0; i < kUsers; ++i) {
        request.users << ImportedUser {u"chunk%1@example.com"_s.arg(i),
                                       {},
                                       u"Chunk %1"_s.arg(i),
                                       u"+1 415 555 %1"_s.arg(i % 10000, 4, 10, QChar(u'0')),
                                       hash,
                                       {}};
    }
    const int lastChunk = kUsers - 5;
    request.users[lastChunk].email = u"LATE@example.com"_s; // already in the database
    auto late = waitFor(f.service->importUsers(request), 60000);
    TFK_VERIFY_OK(late);
    QCOMPARE(fields(*late), QStringList {u"users[%1].email"_s.arg(lastChunk)});
    QCOMPARE(late->imported, 0);
    QCOMPARE(userCount(f), 1);

    // Errors in the first and the third chunk: both named, nothing written.
    request.users[lastChunk].email = u"chunk%1@example.com"_s.arg(lastChunk);
    request.users[3].mobilePhone = u"+1 555"_s;
    request.users[2 * int(UserImport::kMinChunk) + 7].password = u"not a hash"_s;
    auto both = waitFor(f.service->importUsers(request), 60000);
    TFK_VERIFY_OK(both);
    QCOMPARE(
        fields(*both),
        (QStringList {u"users[3].mobilePhone"_s, u"users[%1].password"_s.arg(2 * int(UserImport::kMinChunk) + 7)}));
    QCOMPARE(userCount(f), 1);

    // Put right, all of them go in, each chunk once.
    request.users[3].mobilePhone = u"+1 415 555 0003"_s;
    request.users[2 * int(UserImport::kMinChunk) + 7].password = hash;
    auto fixed = waitFor(f.service->importUsers(request), 60000);
    TFK_VERIFY_OK(fixed);
    QVERIFY(fixed->errors.isEmpty());
    QCOMPARE(fixed->imported, kUsers);
    auto counted = f.database->exec(u"SELECT count(*) FROM users"_s);
    QVERIFY(counted && counted->next());
    QCOMPARE(counted->value(0).toInt(), kUsers + 1);
    auto found = waitFor(f.service->searchUsers(u"chunk %1"_s.arg(kUsers - 1), 0, 10));
    TFK_VERIFY_OK(found);
    QCOMPARE(found->total, 1);
}

void TestUserImport::newIdsAreTimeOrderedVersion7Uuids()
{
    // RFC 9562: 48 bits of milliseconds (0x0123456789ab here), version 7, variant 10xx.
    const QString id = UserStore::newId(0x0123456789abLL);
    QCOMPARE(id.size(), 36);
    QCOMPARE(id.left(15), u"01234567-89ab-7"_s);
    QVERIFY2(QStringView(u"89ab").contains(id.at(19)), qPrintable(id));
    QVERIFY(UserStore::newId(0x0123456789abLL) != id); // 74 random bits
    // A later millisecond sorts after, whatever the random bits: the primary key grows at its end.
    QVERIFY(UserStore::newId(0x0123456789acLL) > id);
}

void TestUserImport::theSearchIndexKeepsStepAcrossImports()
{
    // On SQLite an import indexes its rows in one statement with the index's trigger dropped inside its
    // transaction: imported users are found, and users created afterwards (also after an import that
    // rolled back) are indexed by the trigger again.
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const auto found = [&f](const QString& text) {
        auto page = waitFor(f.service->searchUsers(text, 0, 10));
        return page ? page->total : -1;
    };
    TFK_VERIFY_OK(
        waitFor(f.service->createUser({u"before@example.com"_s, {}, u"Firstborn Quill"_s, {}, u"password123"_s})));
    ImportRequest request;
    for (int i = 0; i < 45; ++i) { // two 20-row statements and a rest of 5
        request.users << user(i);
    }
    auto imported = waitFor(f.service->importUsers(request));
    TFK_VERIFY_OK(imported);
    QCOMPARE(imported->imported, 45);
    QCOMPARE(found(u"user0@example.com"_s), 1);
    QCOMPARE(found(u"user44@example.com"_s), 1);
    QCOMPARE(found(u"User 3"_s), 11); // 3, 30-39
    QCOMPARE(found(u"Firstborn"_s), 1);

    ImportRequest clashing;
    clashing.users << user(100) << user(0); // user 0 exists: nothing is imported
    auto refused = waitFor(f.service->importUsers(clashing));
    TFK_VERIFY_OK(refused);
    QCOMPARE(fields(*refused), QStringList {u"users[1].email"_s});
    QCOMPARE(found(u"user100@example.com"_s), 0);

    TFK_VERIFY_OK(
        waitFor(f.service->createUser({u"after@example.com"_s, {}, u"Latecomer Quill"_s, {}, u"password123"_s})));
    QCOMPARE(found(u"Latecomer"_s), 1);
    QCOMPARE(found(u"quill"_s), 2);
    if (f.database->dialect().isPostgres()) {
        return; // its trigram indexes need no trigger
    }
    auto trigger = f.database->exec(
        u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'users_search_insert'"_s);
    QVERIFY(trigger && trigger->next());
    QCOMPARE(trigger->value(0).toInt(), 1);
    // FTS5 compares every index entry with the users table.
    TFK_VERIFY_OK(f.database->exec(u"INSERT INTO users_search (users_search, rank) VALUES ('integrity-check', 1)"_s));
}

#include "tst_userimport.moc"
