#include "crypto/PasswordHasher.h"

#include "ResultAssertions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tfk::PasswordHasher;
using tfk::PasswordHashingLimits;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsArgon2id();
    void hashesOfTheSamePasswordDiffer();
    void verifiesOnlyTheRightPassword_data();
    void verifiesOnlyTheRightPassword();
    void garbageHashesNeverVerifyAndNeedRehash_data();
    void garbageHashesNeverVerifyAndNeedRehash();
    void needsRehashFollowsTheLimits();
    void limitsAreLibsodiums();
    void interactiveLimitsAreInTheHash();
    void verifyDummyRuns();

private:
    const PasswordHasher m_hasher {PasswordHashingLimits::fastForTests()};
};

void TestPasswordHasher::hashIsArgon2id()
{
    const auto hash = m_hasher.hash(u"correct horse battery staple"_s);
    TFK_VERIFY_OK(hash);
    QVERIFY2(hash->startsWith("$argon2id$v=19$"), hash->constData());
    // libsodium's minimum: 8 KiB, one pass, one lane.
    QVERIFY2(hash->contains("$m=8,t=1,p=1$"), hash->constData());
    QVERIFY(!hash->contains("correct horse"));
}

void TestPasswordHasher::hashesOfTheSamePasswordDiffer()
{
    const auto first = m_hasher.hash(u"secret"_s);
    const auto second = m_hasher.hash(u"secret"_s);
    TFK_VERIFY_OK(first);
    TFK_VERIFY_OK(second);
    QVERIFY2(*first != *second, "each hash must have its own salt");
}

void TestPasswordHasher::verifiesOnlyTheRightPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("wrong");
    QTest::newRow("ascii") << u"correct horse battery staple"_s << u"correct horse battery stapl"_s;
    QTest::newRow("empty") << QString() << u" "_s;
    QTest::newRow("unicode") << u"pässwörd🙂"_s << u"passwörd🙂"_s;
    // Same letters, other Unicode form: UTF-8 bytes differ, so the passwords differ.
    QTest::newRow("composed vs decomposed") << u"\u00e4"_s << u"a\u0308"_s;
    QTest::newRow("case") << u"Secret"_s << u"secret"_s;
}

void TestPasswordHasher::verifiesOnlyTheRightPassword()
{
    QFETCH(QString, password);
    QFETCH(QString, wrong);
    const auto hash = m_hasher.hash(password);
    TFK_VERIFY_OK(hash);
    QVERIFY(m_hasher.verify(*hash, password));
    QVERIFY(!m_hasher.verify(*hash, wrong));
    QVERIFY(!m_hasher.verify(*hash, password + u"x"_s));
    // The hash carries its own limits: a hasher with others still verifies it.
    QVERIFY(PasswordHasher(PasswordHashingLimits::moderate()).verify(*hash, password));
}

void TestPasswordHasher::garbageHashesNeverVerifyAndNeedRehash_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain password") << "secret"_ba;
    QTest::newRow("prefix only") << "$argon2id$"_ba;
    QTest::newRow("bcrypt") << "$2y$10$abcdefghijklmnopqrstuu5VHlJ1zZsBbJbJfxHkGuYL5yVBzsj4a"_ba;
    QTest::newRow("truncated") << "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA"_ba;
    QTest::newRow("embedded nul") << "$argon2id$v=19$m=8,t=1,p=1$\0garbage"_ba;
    QTest::newRow("very long") << "$argon2id$"_ba + QByteArray(4096, 'A');
}

void TestPasswordHasher::garbageHashesNeverVerifyAndNeedRehash()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!m_hasher.verify(stored, u"secret"_s));
    QVERIFY(!m_hasher.verify(stored, QString()));
    QVERIFY(m_hasher.needsRehash(stored));
}

void TestPasswordHasher::needsRehashFollowsTheLimits()
{
    const auto hash = m_hasher.hash(u"secret"_s);
    TFK_VERIFY_OK(hash);
    QVERIFY(!m_hasher.needsRehash(*hash));
    QVERIFY(!PasswordHasher(PasswordHashingLimits::fastForTests()).needsRehash(*hash));
    // needsRehash() only reads the parameters, so asking with expensive limits costs nothing.
    QVERIFY(PasswordHasher(PasswordHashingLimits::interactive()).needsRehash(*hash));
    QVERIFY(PasswordHasher(PasswordHashingLimits::moderate()).needsRehash(*hash));
    QVERIFY(PasswordHasher({2, 8192}).needsRehash(*hash));
}

void TestPasswordHasher::limitsAreLibsodiums()
{
    // libsodium's documented Argon2id constants, written out.
    QCOMPARE(PasswordHashingLimits::interactive(), (PasswordHashingLimits {2, 64ull * 1024 * 1024}));
    QCOMPARE(PasswordHashingLimits::moderate(), (PasswordHashingLimits {3, 256ull * 1024 * 1024}));
    QCOMPARE(PasswordHashingLimits::fastForTests(), (PasswordHashingLimits {1, 8192}));
    QCOMPARE(PasswordHasher().limits(), PasswordHashingLimits::interactive());
    QCOMPARE(m_hasher.limits(), PasswordHashingLimits::fastForTests());
}

void TestPasswordHasher::interactiveLimitsAreInTheHash()
{
    // One hash only: 64 MiB and two passes are slow on purpose.
    const PasswordHasher hasher;
    const auto hash = hasher.hash(u"pässwörd🙂"_s);
    TFK_VERIFY_OK(hash);
    QVERIFY2(hash->startsWith("$argon2id$v=19$m=65536,t=2,p=1$"), hash->constData());
    QVERIFY(!hasher.needsRehash(*hash));
    QVERIFY(m_hasher.needsRehash(*hash));
}

void TestPasswordHasher::verifyDummyRuns()
{
    // Loosely: the dummy hash is made on the first call and reused; no timing is measured here.
    m_hasher.verifyDummy(u"secret"_s);
    m_hasher.verifyDummy(QString());
    const PasswordHasher copy = m_hasher;
    copy.verifyDummy(u"pässwörd🙂"_s);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
