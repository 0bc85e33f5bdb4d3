// Recovery codes: ten per set in FusionAuth's XXXXX-XXXXX shape, each works once and only for its
// user, a new set voids the old one, exactly one of many simultaneous uses of a code wins, and no
// code is ever stored in clear.

#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "auth/RecoveryCodes.h"
#include "store/UserStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestRecoveryCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void makesTenCodesInFusionAuthsShape();
    void eachCodeWorksOnce();
    void typingVariantsAreAccepted();
    void aNewSetVoidsTheOldOne();
    void anotherUsersCodeFails();
    void unknownUser();
    void clearForgetsTheCodes();
    void tellsRecoveryCodesFromTextedCodes_data();
    void tellsRecoveryCodesFromTextedCodes();
    void concurrentUsesOfOneCodeHaveOneWinner();
    void noCodeIsStoredInClear();

private:
    QString addUser(const QString& email)
    {
        UserStore users(*m_fixture->database, m_fixture->clock);
        auto user = users.create(NewUser {email, {}, u"Test User"_s, {}, "$argon2id$placeholder"_ba});
        return user ? user->id : QString();
    }
    qint64 now() const { return m_fixture->clock.currentMSecsSinceEpoch(); }

    std::unique_ptr<test::ServiceFixture> m_fixture;
    std::unique_ptr<RecoveryCodes> m_codes;
    QString m_user;
};

void TestRecoveryCodes::init()
{
    m_fixture = std::make_unique<test::ServiceFixture>();
    TFK_REQUIRE_FIXTURE(*m_fixture);
    m_codes = std::make_unique<RecoveryCodes>(*m_fixture->database, *m_fixture->cipher, m_fixture->clock);
    m_user = addUser(u"richard@example.com"_s);
    QVERIFY(!m_user.isEmpty());
}

void TestRecoveryCodes::cleanup()
{
    m_codes.reset();
    m_fixture.reset();
}

void TestRecoveryCodes::makesTenCodesInFusionAuthsShape()
{
    auto codes = m_codes->generate(m_user);
    TFK_VERIFY_OK(codes);
    QCOMPARE(codes->size(), 10);
    // Ten symbols without 0, O, 1 and I, shown in two groups of five.
    static const QRegularExpression shape(u"^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$"_s);
    for (const QString& code : std::as_const(*codes)) {
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
    }
    QCOMPARE(QSet<QString>(codes->cbegin(), codes->cend()).size(), 10);
    QCOMPARE(m_codes->remaining(m_user).value(), 10);
    // Another set is different (50 random bits per code).
    auto next = m_codes->generate(m_user);
    TFK_VERIFY_OK(next);
    QVERIFY(!QSet<QString>(next->cbegin(), next->cend()).intersects(QSet<QString>(codes->cbegin(), codes->cend())));
}

void TestRecoveryCodes::eachCodeWorksOnce()
{
    auto codes = m_codes->generate(m_user);
    TFK_VERIFY_OK(codes);
    for (int i = 0; i < 10; ++i) {
        auto left = m_codes->consume(m_user, codes->at(i), now());
        TFK_VERIFY_OK(left);
        QCOMPARE(*left, 9 - i);
        // The same code a second time fails and costs nothing.
        auto again = m_codes->consume(m_user, codes->at(i), now());
        TFK_VERIFY_ERROR(again, "[invalid]code");
        QCOMPARE(again.error().httpStatus, 421);
        QCOMPARE(m_codes->remaining(m_user).value(), 9 - i);
    }
    // The eleventh attempt, with any of the ten, fails.
    TFK_VERIFY_ERROR(m_codes->consume(m_user, codes->first(), now()), "[invalid]code");
    TFK_VERIFY_ERROR(m_codes->consume(m_user, codes->last(), now()), "[invalid]code");
    QCOMPARE(m_codes->remaining(m_user).value(), 0);
}

void TestRecoveryCodes::typingVariantsAreAccepted()
{
    auto codes = m_codes->generate(m_user);
    TFK_VERIFY_OK(codes);
    const QString plain = QString(codes->at(0)).remove(u'-');
    QCOMPARE(m_codes->consume(m_user, plain.toLower(), now()).value(), 9);
    const QString spaced = u" "_s + codes->at(1).left(5).toLower() + u"  "_s + codes->at(1).mid(6) + u"\n"_s;
    QCOMPARE(m_codes->consume(m_user, spaced, now()).value(), 8);
    TFK_VERIFY_ERROR(m_codes->consume(m_user, codes->at(2).left(10), now()), "[invalid]code"); // one short
    TFK_VERIFY_ERROR(m_codes->consume(m_user, QString(), now()), "[invalid]code");
    QCOMPARE(m_codes->remaining(m_user).value(), 8);
}

void TestRecoveryCodes::aNewSetVoidsTheOldOne()
{
    auto old = m_codes->generate(m_user);
    TFK_VERIFY_OK(old);
    TFK_VERIFY_OK(m_codes->consume(m_user, old->at(0), now()));
    auto fresh = m_codes->generate(m_user);
    TFK_VERIFY_OK(fresh);
    QCOMPARE(m_codes->remaining(m_user).value(), 10);
    for (const QString& code : std::as_const(*old)) {
        TFK_VERIFY_ERROR(m_codes->consume(m_user, code, now()), "[invalid]code");
    }
    QCOMPARE(m_codes->consume(m_user, fresh->at(5), now()).value(), 9);
}

void TestRecoveryCodes::anotherUsersCodeFails()
{
    const QString monica = addUser(u"monica@example.com"_s);
    QVERIFY(!monica.isEmpty());
    auto richards = m_codes->generate(m_user);
    auto monicas = m_codes->generate(monica);
    TFK_VERIFY_OK(richards);
    TFK_VERIFY_OK(monicas);
    TFK_VERIFY_ERROR(m_codes->consume(monica, richards->at(0), now()), "[invalid]code");
    TFK_VERIFY_ERROR(m_codes->consume(m_user, monicas->at(0), now()), "[invalid]code");
    QCOMPARE(m_codes->remaining(m_user).value(), 10);
    QCOMPARE(m_codes->remaining(monica).value(), 10);
    QCOMPARE(m_codes->consume(m_user, richards->at(0), now()).value(), 9);
}

void TestRecoveryCodes::unknownUser()
{
    auto codes = m_codes->generate(u"no-such-user"_s);
    TFK_VERIFY_ERROR(codes, "[notFound]user");
    QCOMPARE(codes.error().httpStatus, 404);
    TFK_VERIFY_ERROR(m_codes->consume(u"no-such-user"_s, u"ABCDE-FGHJK"_s, now()), "[invalid]code");
    QCOMPARE(m_codes->remaining(u"no-such-user"_s).value(), 0);
}

void TestRecoveryCodes::clearForgetsTheCodes()
{
    auto codes = m_codes->generate(m_user);
    TFK_VERIFY_OK(codes);
    TFK_VERIFY_OK(m_codes->clear(m_user));
    QCOMPARE(m_codes->remaining(m_user).value(), 0);
    TFK_VERIFY_ERROR(m_codes->consume(m_user, codes->at(0), now()), "[invalid]code");
}

void TestRecoveryCodes::tellsRecoveryCodesFromTextedCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("recoveryCode");
    QTest::newRow("shown form") << u"ABCDE-FGHJK"_s << true;
    QTest::newRow("typed lower case, no dash") << u"abcdefghjk"_s << true;
    QTest::newRow("spaces") << u" 23456 789AB "_s << true;
    QTest::newRow("texted code") << u"830023"_s << false;
    QTest::newRow("texted code with a space") << u"830 023"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("nine symbols") << u"ABCDE-FGHJ"_s << false;
    QTest::newRow("eleven symbols") << u"ABCDE-FGHJKL"_s << false;
    QTest::newRow("O is not in the alphabet") << u"ABCDE-FGHJO"_s << false;
    QTest::newRow("1 is not in the alphabet") << u"ABCDE-FGHJ1"_s << false;
    QTest::newRow("not ASCII") << u"ÄBCDE-FGHJK"_s << false;
}

void TestRecoveryCodes::tellsRecoveryCodesFromTextedCodes()
{
    QFETCH(QString, text);
    QFETCH(bool, recoveryCode);
    QCOMPARE(RecoveryCodes::looksLikeRecoveryCode(text), recoveryCode);
}

void TestRecoveryCodes::concurrentUsesOfOneCodeHaveOneWinner()
{
    constexpr int kThreads = 8;
    auto codes = m_codes->generate(m_user);
    TFK_VERIFY_OK(codes);
    // Several rounds, one code each: a race that loses rarely still shows.
    for (int round = 0; round < 5; ++round) {
        const QString code = codes->at(round);
        std::atomic<int> won = 0;
        std::atomic<int> refused = 0;
        std::atomic<int> leftSeen = -1;
        std::latch start(kThreads);
        QList<QThread*> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads << QThread::create([&] {
                start.arrive_and_wait();
                auto answer = m_codes->consume(m_user, code, now());
                if (answer) {
                    ++won;
                    leftSeen = *answer;
                } else if (answer.error().code == u"[invalid]code"_s) {
                    ++refused;
                }
                m_fixture->database->closeThreadConnection();
            });
            threads.last()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(won.load(), 1);
        QCOMPARE(refused.load(), kThreads - 1);
        QCOMPARE(leftSeen.load(), 9 - round);
        QCOMPARE(m_codes->remaining(m_user).value(), 9 - round);
    }
}

void TestRecoveryCodes::noCodeIsStoredInClear()
{
    auto codes = m_codes->generate(m_user);
    TFK_VERIFY_OK(codes);
    TFK_VERIFY_OK(m_codes->consume(m_user, codes->at(0), now()));
    // Every byte the database wrote: the main file and the write-ahead log.
    const QByteArray bytes = tfk::test::TestDatabases::storedBytes(*m_fixture->database);
    QVERIFY(bytes.size() > 1000);
    for (const QString& code : std::as_const(*codes)) {
        for (const QString& form : {code, QString(code).remove(u'-'), code.toLower()}) {
            QVERIFY2(!bytes.contains(form.toLatin1()), qPrintable(form));
            QVERIFY2(!bytes.contains(form.toUtf8().toHex()), qPrintable(form));
        }
    }
}

QTEST_GUILESS_MAIN(TestRecoveryCodes)
#include "tst_recoverycodes.moc"
